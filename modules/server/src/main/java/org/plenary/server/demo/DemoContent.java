package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.accreditation.Accreditation;
import org.plenary.capacity.Capacity;
import org.plenary.contacts.Contacts;
import org.plenary.devidp.DevIdentityProvider;
import org.plenary.documents.Documents;
import org.plenary.drafts.Drafts;
import org.plenary.forum.Forum;
import org.plenary.implementation.Implementation;
import org.plenary.platform.identity.ParticipantDirectory;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.radar.Radar;
import org.plenary.sessions.Sessions;
import org.plenary.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Seeds the demo dialogue of {@code demo/dialogue.yaml} and the busy weeks of {@code demo/week/} ({@link DemoWeek})
 * into an empty database in dev mode, so that a newcomer who starts the server sees a living dialogue. Does nothing once any thread exists.
 */
public final class DemoContent {

  private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);

  private DemoContent() {
  }

  /** The bounded contexts the demo writes through. */
  public record Contexts(Forum forum, Summaries summaries, Accreditation accreditation, Drafts drafts,
                         Capacity capacity, Sessions sessions, Implementation implementation,
                         Documents documents, Radar radar, Contacts contacts) {
  }

  public static Future<Void> seedIfEmpty(Vertx vertx, Pool pool, DevIdentityProvider issuer,
                                         ParticipantDirectory participants, Contexts contexts) {
    return pool.query("SELECT EXISTS (SELECT 1 FROM thread) AS seeded").execute()
        .compose(rows -> rows.iterator().next().getBoolean("seeded") ? Future.succeededFuture()
            : vertx.executeBlocking(DemoContent::readScript)
                .compose(script -> play(script, issuer, participants, contexts, pool)));
  }

  @SuppressWarnings("unchecked")
  private static Future<Void> play(JsonObject script, DevIdentityProvider issuer, ParticipantDirectory participants,
                                   Contexts contexts, Pool pool) {
    Instant seededAt = Instant.now();
    JsonObject week = script.getJsonObject("week");
    List<Map<String, Object>> people = new ArrayList<>((List<Map<String, Object>>) script.getJsonArray("cast").getList());
    people.addAll((List<Map<String, Object>>) week.getJsonArray("cast").getList());
    DemoCast cast = new DemoCast(issuer, participants, people);
    DemoTimes times = new DemoTimes(seededAt, DemoWeek.zones(week));
    DemoDating dating = new DemoDating(pool, times, seededAt);
    ForumDemo threads = new ForumDemo(contexts.forum(), cast);
    DemoPosts weekPosts = new DemoPosts(pool, contexts.forum(), new PostgresSearchIndex(), cast, times, threads);
    DraftsDemo drafts = new DraftsDemo(contexts.drafts(), cast, threads.threads());
    CapacityDemo board = new CapacityDemo(contexts.capacity(), cast);
    SpeakersDemo speakers = new SpeakersDemo(pool, contexts.sessions(), cast);
    JsonArray parts = week.getJsonArray("parts");
    return threads.play(script.getJsonArray("threads"))
        .compose(v -> DemoWeek.play(threads, weekPosts, parts))
        .compose(v -> dating.date(week.getJsonObject("dialogueTimes"), threads.threads()))
        .onSuccess(v -> LOG.info("Seeded and dated the dialogue's {} threads in {} ms", threads.threads().size(),
            Duration.between(seededAt, Instant.now()).toMillis()))
        .compose(v -> new SummaryDemo(contexts.summaries().service(), cast, threads.threads())
            .play(script.getJsonArray("summaries")))
        .compose(v -> new AccreditationDemo(contexts.accreditation(), cast).play(script.getJsonArray("accreditations")))
        .compose(v -> drafts.playDrafts(script.getJsonArray("drafts")))
        .compose(v -> drafts.playDrafts(DemoWeek.drafts(parts)))
        .compose(v -> drafts.playProposals(script.getJsonArray("proposals")))
        .compose(v -> board.play(script.getJsonObject("capacity")))
        .compose(v -> new SessionsDemo(contexts.sessions(), cast, speakers::statements).play())
        .compose(v -> speakers.play())
        .compose(v -> new DocumentsDemo(contexts.documents(), contexts.sessions().access(), pool, cast).play())
        .compose(v -> new ImplementationDemo(contexts.implementation(), cast).play())
        .compose(v -> new CitationsDemo(contexts.forum(), contexts.summaries().service(),
            contexts.implementation().practices(), cast, threads.threads()).play())
        .compose(v -> new RadarDemo(contexts.radar(), contexts.summaries().service(), cast, threads.threads()).play())
        .compose(v -> new LanguagesDemo(pool, cast).play())
        .compose(v -> new ContactsDemo(contexts.contacts(), pool, cast).play())
        .compose(v -> dating.dateLatecomers())
        .onSuccess(v -> LOG.info("Seeded the demo dialogue: {} threads, {} keyed posts, {} needs and offers in {} ms",
            threads.threads().size(), threads.posts().size(), board.listings(),
            Duration.between(seededAt, Instant.now()).toMillis()));
  }

  private static JsonObject readScript() {
    long started = System.nanoTime();
    try (InputStream in = DemoContent.class.getResourceAsStream("/demo/dialogue.yaml")) {
      Map<String, Object> yaml = new Yaml().load(in);
      JsonObject script = new JsonObject(yaml).put("week", DemoWeek.read());
      LOG.info("Read the demo's script in {} ms", (System.nanoTime() - started) / 1_000_000);
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

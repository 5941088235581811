package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.contributions.ProposeAmendment;
import org.plenary.drafts.proposals.TableProposal;
import org.plenary.drafts.stances.Dissociate;
import org.plenary.drafts.stances.RecordStance;
import org.plenary.drafts.versions.PublishVersion;
import org.plenary.platform.identity.Participant;

/**
 * Plays the {@code drafts} and {@code proposals} of the demo script through the drafts services: versions
 * whose paragraphs and the amendments they incorporate (or do not retain) are named by key, then the stances,
 * comments, amendments and dissociations on each version.
 */
final class DraftsDemo {

  private final Drafts drafts;
  private final DemoCast cast;
  private final Map<String, UUID> threads;
  private final Map<String, UUID> paragraphs = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Long> amendments = new HashMap<>();

  DraftsDemo(Drafts drafts, DemoCast cast, Map<String, UUID> threads) {
    this.drafts = drafts;
    this.cast = cast;
    this.threads = threads;
  }

  Future<Void> playDrafts(JsonArray script) {
    return each(script, draft -> {
      UUID thread = threads.get(draft.getString("thread"));
      return each(draft.getJsonArray("versions"), version -> publish(thread, version)
          .compose(v -> each(version.getJsonArray("stances", new JsonArray()), stance -> as(stance, (p, json) ->
              drafts.stances().record(p, new RecordStance(thread, paragraphs.get(stance.getString("paragraph")),
                  stance.getString("stance"), Optional.ofNullable(stance.getString("explanation")), List.of())))))
          .compose(v -> each(version.getJsonArray("comments", new JsonArray()), comment -> as(comment, (p, json) ->
              drafts.contributions().comment(p, thread, paragraphs.get(comment.getString("paragraph")),
                  comment.getString("body")))))
          .compose(v -> each(version.getJsonArray("amendments", new JsonArray()), amendment -> as(amendment, (p, json) ->
              drafts.contributions().proposeAmendment(p, new ProposeAmendment(thread,
                  paragraphs.get(amendment.getString("paragraph")), amendment.getString("text").strip(),
                  Optional.ofNullable(amendment.getString("explanation")))))
              .onSuccess(id -> amendments.put(amendment.getString("key", "amendment-" + id), id))))
          .compose(v -> each(version.getJsonArray("dissociations", new JsonArray()), dissociation -> as(dissociation,
              (p, json) -> drafts.dissociations().dissociate(p, new Dissociate(thread,
                  dissociation.getJsonArray("paragraphs").stream().map(key -> paragraphs.get((String) key)).distinct()
                      .toList(), Optional.ofNullable(dissociation.getString("explanation"))))))));
    });
  }

  /** Each proposal is circulated when States join before it is tabled, then tabled, then joined by the others. */
  Future<Void> playProposals(JsonArray script) {
    return each(script, proposal -> {
      JsonArray early = stringsAsEntries(proposal.getJsonArray("joinBeforeTabling", new JsonArray()));
      return as(proposal, (delegate, json) -> drafts.proposals().table(delegate, new TableProposal(
              threads.get(proposal.getString("thread")), proposal.getString("title"), proposal.getString("text").strip(),
              !early.isEmpty())))
          .compose(id -> each(early, sponsor -> as(sponsor, (delegate, json) -> drafts.proposals().cosponsor(delegate, id)))
              .compose(v -> early.isEmpty() ? Future.succeededFuture()
                  : as(proposal, (delegate, json) -> drafts.proposals().tableCirculated(delegate, id)))
              .compose(v -> each(stringsAsEntries(proposal.getJsonArray("cosponsors", new JsonArray())),
                  sponsor -> as(sponsor, (delegate, json) -> drafts.proposals().cosponsor(delegate, id)))));
    });
  }

  private Future<Void> publish(UUID thread, JsonObject version) {
    List<PublishVersion.Paragraph> listed = new ArrayList<>();
    for (Object entry : version.getJsonArray("paragraphs")) {
      JsonObject paragraph = (JsonObject) entry;
      String key = paragraph.getString("key");
      String text = paragraph.containsKey("text") ? paragraph.getString("text").strip() : texts.get(key);
      texts.put(key, text);
      listed.add(new PublishVersion.Paragraph(Optional.ofNullable(paragraphs.get(key)).map(UUID::toString),
          paragraph.getString("heading"), text,
          amendmentIds(paragraph.getJsonArray("incorporates", new JsonArray()))));
    }
    PublishVersion request = new PublishVersion(thread, version.getString("note", ""), listed,
        amendmentIds(version.getJsonArray("notRetained", new JsonArray())));
    return as(version, (p, json) -> drafts.versions().publish(p, request)).map(published -> {
      for (int i = 0; i < listed.size(); i++) {
        paragraphs.put(version.getJsonArray("paragraphs").getJsonObject(i).getString("key"), published.paragraphs().get(i));
      }
      return null;
    });
  }

  /** The ids of the amendments the keys name. */
  private List<Long> amendmentIds(JsonArray keys) {
    return keys.stream().map(key -> amendments.get((String) key)).toList();
  }

  /** Runs {@code step} as the participant the entry's {@code by} names, with a fresh request object. */
  private <T> Future<T> as(JsonObject entry, BiFunction<Participant, JsonObject, Future<T>> step) {
    return cast.participant(entry.getString("by")).compose(participant -> step.apply(participant, new JsonObject()));
  }

  private static JsonArray stringsAsEntries(JsonArray usernames) {
    JsonArray entries = new JsonArray();
    usernames.forEach(username -> entries.add(new JsonObject().put("by", username)));
    return entries;
  }

  private static <T> Future<Void> each(JsonArray entries, Function<JsonObject, Future<T>> step) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : entries) {
      chain = chain.compose(v -> step.apply((JsonObject) entry).mapEmpty());
    }
    return chain;
  }
}

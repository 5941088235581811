package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.Sessions;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.speakers.FloorAction;
import org.plenary.sessions.speakers.SpeakersPlace;
import org.plenary.sessions.speakers.SpeakersService;
import org.plenary.sessions.statements.NewStatement;
import org.plenary.sessions.statements.StatementLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speakers lists and statements on the demo's sessions, written through the speakers services: a live list under item
 * 5 of the substantive session in progress (Brazil for the Group of 77 and China, France, Estonia, Indonesia, and a
 * stakeholder where the session has a stakeholder segment), the floor on the second speaker; and statements of the
 * organizational session, which the sessions demo has recorded before it concludes the session (a concluded session
 * takes no statement).
 */
final class SpeakersDemo {

  private static final Logger LOG = LoggerFactory.getLogger(SpeakersDemo.class);
  private static final String SESSION = "SELECT id, audience FROM sessions WHERE kind = $1 AND status = 'in-progress'"
      + " ORDER BY opens_on LIMIT 1";

  private final Pool pool;
  private final Sessions sessions;
  private final DemoCast cast;
  /** Each write a few seconds after the last, so that inscriptions and statements keep the order they were made in. */
  private Instant now = Instant.now().minusSeconds(3600);

  SpeakersDemo(Pool pool, Sessions sessions, DemoCast cast) {
    this.pool = pool;
    this.sessions = sessions;
    this.cast = cast;
  }

  /** The live list of the substantive session in progress. */
  Future<Void> play() {
    return running("substantive").compose(found -> found.map(this::liveList).orElseGet(() -> skipped("substantive")));
  }

  private Future<Optional<Row>> running(String kind) {
    return pool.preparedQuery(SESSION).execute(Tuple.of(kind))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  private Future<Void> liveList(Row session) {
    UUID sessionId = session.getUUID("id");
    boolean segment = "states-and-stakeholders".equals(session.getString("audience"));
    return item(sessionId, "5").compose(item -> {
      SpeakersPlace place = new SpeakersPlace(sessionId, item.id(), Optional.empty());
      Future<Void> chain = inscribe(place, "delegate-bra", Optional.of("g77-china"))
          .compose(v -> inscribe(place, "delegate-fra", Optional.empty()))
          .compose(v -> inscribe(place, "delegate-est", Optional.empty()))
          .compose(v -> inscribe(place, "delegate-idn", Optional.empty()));
      if (segment) {
        chain = chain.compose(v -> inscribe(place, "ps-contoso", Optional.empty()));
      }
      return chain.compose(v -> floorTo(place, 0)).compose(v -> floorTo(place, 1))
          .onSuccess(v -> LOG.info("Seeded the live speakers list of item {} of the substantive session", item.number()));
    });
  }

  /** Statements under item 4 (the organization of work) of the organizational session, while it still runs. */
  Future<Void> statements(UUID sessionId) {
    return item(sessionId, "4").compose(item -> {
      SpeakersPlace place = new SpeakersPlace(sessionId, item.id(), Optional.empty());
      return speak(place, "delegate-mwi", Optional.of("african-group"), StatementLanguage.EN,
              "Mr. Chair, the African Group welcomes the establishment of the Global Mechanism and stresses that"
                  + " capacity-building must be demand-driven.")
          .compose(v -> speak(place, "delegate-fra", Optional.empty(), StatementLanguage.FR,
              "Monsieur le Président, la France se félicite de l'adoption de l'ordre du jour et soutient le"
                  + " programme de travail proposé."))
          .compose(v -> speak(place, "delegate-eu", Optional.of("eu-and-member-states"), StatementLanguage.EN,
              "I have the honour to speak on behalf of the European Union and its member States."))
          .compose(v -> cast.participant("chair")).compose(chair -> lists().read(place, Optional.of(chair))
              .compose(list -> lists().floor(chair, list.floor().orElseThrow().id(), FloorAction.DONE, next())))
          .<Void>mapEmpty()
          .onSuccess(v -> LOG.info("Seeded the statements of the organizational session"));
    });
  }

  /** The item of that number, else the last item. */
  private Future<AgendaItemRef> item(UUID sessionId, String number) {
    return sessions.access().agendaItems(sessionId).map(items -> items.stream()
        .filter(item -> item.number().equals(number)).findFirst().orElse(items.get(items.size() - 1)));
  }

  private Future<Void> inscribe(SpeakersPlace place, String persona, Optional<String> group) {
    return cast.participant(persona).compose(p -> lists().inscribe(p, place, p.organization().id(), group, next()))
        .mapEmpty();
  }

  /** Gives the floor to the {@code index}th statement, as the Chair does; whoever had it is done. */
  private Future<Void> floorTo(SpeakersPlace place, int index) {
    return cast.participant("chair").compose(chair -> lists().read(place, Optional.of(chair))
        .compose(list -> lists().floor(chair, list.statements().get(index).id(), FloorAction.FLOOR, next())))
        .mapEmpty();
  }

  private Future<Void> speak(SpeakersPlace place, String persona, Optional<String> group, StatementLanguage language,
                             String text) {
    return cast.participant(persona).compose(p -> lists().inscribe(p, place, p.organization().id(), group, next())
        .compose(inscribed -> sessions.speakers().statements().post(p,
            new NewStatement(inscribed.entryId(), text, language, false), next()))
        .compose(posted -> cast.participant("chair"))
        .compose((Participant chair) -> lists().read(place, Optional.of(chair))
            .compose(list -> lists().floor(chair, list.statements().stream()
                .filter(e -> e.speaker().id().equals(p.organization().id())).findFirst().orElseThrow().id(),
                FloorAction.FLOOR, next()))))
        .mapEmpty();
  }

  private Instant next() {
    now = now.plusSeconds(7);
    return now;
  }

  private SpeakersService lists() {
    return sessions.speakers().lists();
  }

  private Future<Void> skipped(String kind) {
    LOG.info("No {} session running in the demo: its speakers lists are not seeded", kind);
    return Future.succeededFuture();
  }
}

package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.contacts.Contacts;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.contacts.domain.Contact;
import org.plenary.contacts.domain.ContactKind;
import org.plenary.contacts.domain.SaveEntry;
import org.plenary.contacts.domain.StartExercise;

/**
 * The Points of Contact directory of the demo: eight States of the five regional groups nominated their contacts,
 * and two past ping exercises. In the first (three weeks ago) Estonia answers late, Brazil's message bounces and
 * Egypt does not answer; in the second (last week) Egypt again does not, so the directory offers Egypt a "points of
 * contact training" need.
 */
final class ContactsDemo {

  private record Nominee(String state, String diplomat, String cert, String languages) {
  }

  private static final List<Nominee> NOMINEES = List.of(
      new Nominee("FRA", "Claire Dubois", "CERT-FR (ANSSI)", "fr en"),
      new Nominee("EST", "Mari Kask", "CERT-EE (RIA)", "et en ru"),
      new Nominee("MWI", "Grace Phiri", "MWCERT", "en"),
      new Nominee("BRA", "Rafael Costa", "CTIR Gov", "pt es en"),
      new Nominee("IDN", "Siti Rahma", "BSSN Gov-CSIRT", "id en"),
      new Nominee("KEN", "Achieng Otieno", "KE-CIRT/CC", "en sw"),
      new Nominee("JPN", "Haruto Sato", "NISC", "ja en"),
      new Nominee("EGY", "Omar Hassan", "EG-CERT", "ar en"));

  private final Contacts contacts;
  private final Pool pool;
  private final DemoCast cast;

  ContactsDemo(Contacts contacts, Pool pool, DemoCast cast) {
    this.contacts = contacts;
    this.pool = pool;
    this.cast = cast;
  }

  Future<Void> play() {
    Instant now = Instant.now();
    Future<Void> done = Future.succeededFuture();
    for (Nominee n : NOMINEES) {
      done = done.compose(v -> cast.participant("delegate-" + n.state().toLowerCase()))
          .compose(delegate -> contacts.directory().save(delegate, entry(n), now.minus(Duration.ofDays(40))))
          .mapEmpty();
    }
    List<String> states = NOMINEES.stream().map(Nominee::state).toList();
    Instant first = now.minus(Duration.ofDays(21));
    Instant second = now.minus(Duration.ofDays(7));
    return done.compose(v -> cast.participant("secretariat")).compose(secretariat -> contacts.exercises()
        .start(secretariat, new StartExercise(Optional.of(states), 48), first)
        .compose(x -> answer(x.id().toString(), first, Map.of("FRA", 2, "MWI", 5, "IDN", 20, "KEN", 1, "JPN", 30,
            "EST", 60))
            .compose(v -> contacts.exercises().bounced(secretariat, x.id(), "cert@bra.example", first.plusSeconds(600)))
            .compose(v -> contacts.exercises().bounced(secretariat, x.id(), "cyber.diplomacy@mfa.bra.example",
                first.plusSeconds(900))))
        .compose(v -> contacts.exercises().start(secretariat, new StartExercise(Optional.of(states), 48), second))
        .compose(x -> answer(x.id().toString(), second, Map.of("FRA", 1, "EST", 4, "MWI", 3, "BRA", 6, "IDN", 9,
            "KEN", 2, "JPN", 12))))
        .mapEmpty();
  }

  /** Each State named acknowledges its first ping {@code hours} after the start (past 48 is late). */
  private Future<Void> answer(String exerciseId, Instant started, Map<String, Integer> hours) {
    return pool.preparedQuery("SELECT payload->>'stateId' AS state, payload->>'acknowledgeUrl' AS url FROM"
            + " outbox_event WHERE type = $1 AND payload->>'exerciseId' = $2 ORDER BY id")
        .execute(Tuple.of(ContactsEvents.PING_SENT.name(), exerciseId)).compose(rows -> {
          List<String> answered = new ArrayList<>();
          Future<Void> done = Future.succeededFuture();
          for (var row : rows) {
            String state = row.getString("state");
            Integer after = hours.get(state);
            if (after == null || answered.contains(state)) {
              continue;
            }
            answered.add(state);
            String url = row.getString("url");
            String token = url.substring(url.lastIndexOf('/') + 1);
            done = done.compose(v -> contacts.exercises().acknowledge(token, started.plus(Duration.ofHours(after))))
                .mapEmpty();
          }
          return done;
        });
  }

  private static SaveEntry entry(Nominee n) {
    String domain = n.state().toLowerCase() + ".example";
    List<String> languages = List.of(n.languages().split(" "));
    return new SaveEntry(n.state(), 0, List.of(
        new Contact(ContactKind.DIPLOMATIC, n.diplomat(), "Cyber diplomacy coordinator, Ministry of Foreign Affairs",
            "cyber.diplomacy@mfa." + domain, "+000 100 200 300", "Mon-Fri 09:00-17:00 local time", languages),
        new Contact(ContactKind.TECHNICAL, n.cert() + " duty officer", "Incident response duty officer",
            "cert@" + domain, "+000 100 200 911", "24/7", languages)), false);
  }
}

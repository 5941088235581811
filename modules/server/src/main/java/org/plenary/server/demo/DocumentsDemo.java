package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.Documents;
import org.plenary.documents.inputs.SubmitInput;
import org.plenary.documents.registry.Distribution;
import org.plenary.documents.registry.IssueDocument;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.text.DocumentSymbol;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionsAccess;

/**
 * The documents of the demo, issued by the Secretariat through the registry's services: those of the concluded
 * organizational session (its provisional agenda, the agenda as adopted, a conference room paper and its revision,
 * the report), and two written inputs to the first substantive session, one published and one awaiting review.
 */
final class DocumentsDemo {

  /** The sessions of the sessions demo, found by kind, as DemoContent finds out whether it has seeded. */
  private static final String SESSIONS = "select id, kind, opens_on from sessions"
      + " where kind in ('organizational', 'substantive') order by opens_on";

  private final Documents documents;
  private final SessionsAccess sessions;
  private final Pool pool;
  private final DemoCast cast;
  private final Map<String, UUID> issued = new HashMap<>();

  DocumentsDemo(Documents documents, SessionsAccess sessions, Pool pool, DemoCast cast) {
    this.documents = documents;
    this.sessions = sessions;
    this.pool = pool;
    this.cast = cast;
  }

  Future<Void> play() {
    return pool.query(SESSIONS).execute().compose(rows -> {
      Map<String, UUID> byKind = new HashMap<>();
      Map<String, LocalDate> opened = new HashMap<>();
      rows.forEach(row -> {
        byKind.putIfAbsent(row.getString("kind"), row.getUUID("id"));
        opened.putIfAbsent(row.getString("kind"), row.getLocalDate("opens_on"));
      });
      LocalDate opens = opened.getOrDefault("organizational", LocalDate.now().minusMonths(5));
      return cast.participant("secretariat").compose(secretariat -> organizational(secretariat,
              Optional.ofNullable(byKind.get("organizational")), opens)
          .compose(v -> languages(secretariat))
          .compose(v -> Optional.ofNullable(byKind.get("substantive")).map(id -> inputs(secretariat, id))
              .orElse(Future.succeededFuture())));
    });
  }

  /** Which documents were issued, by symbol: what the language versions are added to. */
  Map<String, UUID> issued() {
    return issued;
  }

  private Future<Void> organizational(Participant s, Optional<UUID> session, LocalDate opens) {
    return items(session).compose(items -> issue(s, "A/AC.292/2026/1", "Provisional agenda", opens.minusWeeks(6), session,
            item(items, 2))
        .compose(v -> issue(s, "A/AC.292/2026/2", "Agenda as adopted at the 1st meeting", opens, session, item(items, 2)))
        .compose(v -> issue(s, "A/AC.292/2026/CRP.1", "Modalities of the participation of stakeholders:"
            + " elements for discussion", opens.minusWeeks(2), session, item(items, 4)))
        .compose(v -> issue(s, "A/AC.292/2026/CRP.1/Rev.1", "Modalities of the participation of stakeholders:"
            + " elements for discussion", opens.plusDays(1), session, item(items, 4)))
        .compose(v -> issue(s, "A/AC.292/2026/3", "Report of the Global Mechanism on its organizational session",
            opens.plusDays(8), session, item(items, 5))));
  }

  private static final String MECHANISM = "Global Mechanism on developments in the field of ICTs in the context of"
      + " international security";

  /** The versions in the official languages, English the original but for what the Secretariat had translated. */
  private Future<Void> languages(Participant s) {
    DemoVersions versions = new DemoVersions(documents.languageVersions());
    return versions.add(s, issued.get("A/AC.292/2026/1"), "A/AC.292/2026/1", List.of(
            version("en", true, false, "A/AC.292/2026/1", MECHANISM, "Organizational session", "Provisional agenda"),
            version("fr", false, false, "A/AC.292/2026/1", "Mécanisme mondial sur les progrès de l'informatique et des"
                + " télécommunications", "Session d'organisation", "Ordre du jour provisoire"),
            version("es", false, false, "A/AC.292/2026/1", "Mecanismo Mundial sobre los avances en la esfera de las"
                + " tecnologías de la información", "Período de sesiones de organización",
                "Programa provisional"),
            version("ar", false, false, "A/AC.292/2026/1", "الآلية العالمية",
                "جدول الأعمال المؤقت"),
            version("zh", false, false, "A/AC.292/2026/1", "全球机制", "临时议程"),
            version("ru", false, false, "A/AC.292/2026/1", "Глобальный механизм",
                "Предварительная повестка дня")))
        .compose(v -> versions.add(s, issued.get("A/AC.292/2026/2"), "A/AC.292/2026/2", List.of(
            version("en", true, false, "A/AC.292/2026/2", MECHANISM, "Agenda as adopted at the 1st meeting"),
            version("fr", false, false, "A/AC.292/2026/2", "Ordre du jour adopté à la 1re séance"))))
        .compose(v -> versions.add(s, issued.get("A/AC.292/2026/CRP.1"), "A/AC.292/2026/CRP.1", List.of(
            version("en", true, false, "A/AC.292/2026/CRP.1", "Modalities of the participation of stakeholders"),
            version("fr", false, false, "A/AC.292/2026/CRP.1", "Modalités de la participation des parties prenantes"))))
        .compose(v -> versions.add(s, issued.get("A/AC.292/2026/CRP.1/Rev.1"), "A/AC.292/2026/CRP.1/Rev.1", List.of(
            version("en", true, false, "A/AC.292/2026/CRP.1/Rev.1", "Modalities of the participation of stakeholders",
                "Revised after the 2nd meeting"),
            version("fr", false, true, "A/AC.292/2026/CRP.1/Rev.1", "Modalités de la participation des parties"
                + " prenantes", "Version préliminaire non éditée"))))
        .compose(v -> versions.add(s, issued.get("A/AC.292/2026/3"), "A/AC.292/2026/3", List.of(
            version("en", true, true, "A/AC.292/2026/3", MECHANISM, "Report on the organizational session"),
            version("ar", false, false, "A/AC.292/2026/3", "تقرير الآلية العالمية"),
            version("ru", false, false, "A/AC.292/2026/3", "Доклад Глобального механизма"))));
  }

  private static DemoVersions.Version version(String language, boolean original, boolean unedited, String... lines) {
    return new DemoVersions.Version(language, original, unedited, List.of(lines));
  }

  private Future<Void> inputs(Participant secretariat, UUID session) {
    return items(Optional.of(session)).compose(items -> cast.participant("ps-contoso")
        .compose(contoso -> documents.inputs().submit(contoso, new SubmitInput(session,
            item(items, 3).stream().findFirst(), Optional.empty(), "Threat intelligence sharing with national CERTs",
            "Contoso Security observes a steady rise of ransomware against hospitals and municipal services. We propose"
                + " that the Global Mechanism encourage voluntary, anonymised sharing of indicators of compromise"
                + " between national CERTs and private-sector incident responders, building on the existing points of"
                + " contact directory.", "en")))
        .compose(id -> documents.inputs().publish(secretariat, id))
        .compose(v -> cast.participant("cs-opennet"))
        .compose(opennet -> documents.inputs().submit(opennet, new SubmitInput(session, Optional.empty(),
            Optional.empty(), "Human rights in capacity-building programmes",
            "Open Networks Alliance recommends that capacity-building programmes discussed by the Global Mechanism"
                + " include human-rights impact assessments and the participation of civil society in national"
                + " cybersecurity strategies.", "en")))
        .mapEmpty());
  }

  private Future<List<AgendaItemRef>> items(Optional<UUID> session) {
    return session.map(sessions::agendaItems).orElse(Future.succeededFuture(List.of()));
  }

  private static List<UUID> item(List<AgendaItemRef> items, int index) {
    return index < items.size() ? List.of(items.get(index).id()) : List.of();
  }

  private Future<Void> issue(Participant s, String symbol, String title, LocalDate on, Optional<UUID> session,
                             List<UUID> agendaItems) {
    return documents.documents().issue(s, new IssueDocument(DocumentSymbol.parse(symbol), title, on,
            Distribution.GENERAL, session, session.isPresent() ? agendaItems : List.of(), Optional.empty()))
        .onSuccess(id -> issued.put(symbol, id)).mapEmpty();
  }
}

package org.plenary.server.demo;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.SharePractice;
import org.plenary.implementation.service.GoodPracticeService;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * A dozen good practices of the demo, shared by States of the five regional groups and by the three accredited
 * stakeholders, in four languages; some endorsed and found useful by other States.
 */
final class GoodPracticesDemo {

  /** One practice: who shares it, on which norms (letters), the regions a stakeholder tags, who endorses it. */
  private record Entry(String persona, ReportLanguage language, String norms, List<RegionalGroup> regions,
                       String title, String what, String who, String lessons, List<String> links,
                       List<String> endorsers, List<String> findUseful) {
  }

  private static final List<String> NONE = List.of();

  private static final List<Entry> PRACTICES = List.of(
      new Entry("delegate-fra", ReportLanguage.FR, "j", List.of(), "Une politique nationale de divulgation coordonnée",
          "L'ANSSI reçoit les signalements de vulnérabilités et coordonne leur correction avec les éditeurs.",
          "ANSSI, éditeurs de logiciels, chercheurs", "Protéger juridiquement les chercheurs de bonne foi.",
          List.of("A/70/174", "https://cyber.gouv.fr"), List.of("delegate-est", "delegate-bra"),
          List.of("delegate-ken")),
      new Entry("delegate-est", ReportLanguage.EN, "gh", List.of(), "A volunteer cyber defence unit for critical services",
          "Volunteers from the private sector train with the State to support operators of critical services.",
          "The Cyber Defence Unit and operators of essential services", "Exercise every year, with real operators.",
          List.of("A/76/135"), List.of("delegate-fra", "delegate-jpn"), List.of("delegate-mwi")),
      new Entry("delegate-mwi", ReportLanguage.EN, "g", List.of(), "Mapping critical infrastructure with its operators",
          "Malawi's CERT listed the operators of critical infrastructure and their contacts in a national register.",
          "MWCERT, the regulator and 30 operators", "A register is only as good as the contacts kept up to date.",
          NONE, List.of("delegate-ken"), List.of("delegate-fra", "delegate-idn")),
      new Entry("delegate-ken", ReportLanguage.EN, "gk", List.of(), "A sector CERT for financial services",
          "The central bank and the national CERT run a sector CERT that shares alerts with every bank.",
          "National KE-CIRT/CC, the central bank", "Share alerts in the morning, not after the incident.",
          List.of("https://www.ke-cirt.go.ke"), List.of("delegate-mwi"), NONE),
      new Entry("delegate-egy", ReportLanguage.AR, "ad", List.of(), "التعاون الإقليمي في تبادل المعلومات",
          "تتبادل فرق الاستجابة للطوارئ الحاسوبية المعلومات عن الحوادث مع نظيراتها في المنطقة.",
          "فريق الاستجابة الوطني", "الثقة تبنى بالتمارين المشتركة.", List.of("A/RES/73/266"), NONE,
          List.of("delegate-idn")),
      new Entry("delegate-bra", ReportLanguage.ES, "ce", List.of(), "Consultas públicas sobre la estrategia nacional",
          "La estrategia nacional de ciberseguridad se sometió a consulta pública con la sociedad civil.",
          "Gabinete de Seguridad Institucional, sociedad civil", "Publicar todas las contribuciones recibidas.",
          NONE, List.of("delegate-mex"), NONE),
      new Entry("delegate-mex", ReportLanguage.ES, "j", List.of(), "Un programa de recompensas por vulnerabilidades",
          "El gobierno invita a investigadores a informar vulnerabilidades de sus sistemas a cambio de un"
              + " reconocimiento.", "CERT-MX", "Responder a cada informe en una semana.", NONE, NONE,
          List.of("delegate-bra")),
      new Entry("delegate-idn", ReportLanguage.EN, "i", List.of(), "Supply chain security requirements in public"
          + " procurement", "Public buyers require suppliers of ICT products to state their security practices.",
          "BSSN and the procurement agency", "Start with the largest contracts.", NONE,
          List.of("delegate-jpn"), List.of("delegate-mwi")),
      new Entry("delegate-jpn", ReportLanguage.EN, "bh", List.of(), "Points of contact for requests for assistance",
          "A 24/7 point of contact answers other States' requests for assistance within a set time.",
          "NISC", "Test the point of contact every quarter.", List.of("https://www.nisc.go.jp"),
          List.of("delegate-idn", "delegate-est"), NONE),
      new Entry("ps-contoso", ReportLanguage.EN, "ij",
          List.of(RegionalGroup.AFRICAN, RegionalGroup.ASIA_PACIFIC), "Coordinated disclosure for small vendors",
          "Contoso helps small software vendors set up a disclosure policy and a security contact.",
          "Contoso Security and 25 vendors", "A security.txt file is the cheapest first step.",
          List.of("https://example.com/disclosure"), NONE, List.of("delegate-ken", "delegate-idn")),
      new Entry("ac-institute", ReportLanguage.EN, "ae",
          List.of(RegionalGroup.LATIN_AMERICAN_CARIBBEAN), "A curriculum on the norms for diplomats",
          "A two-week course teaches young diplomats the framework of responsible State behaviour.",
          "The Institute and three foreign ministries", "Use real case studies.", List.of("A/75/816"),
          List.of("delegate-bra"), List.of("delegate-mex")),
      new Entry("cs-opennet", ReportLanguage.FR, "ek",
          List.of(RegionalGroup.AFRICAN, RegionalGroup.WESTERN_EUROPEAN_OTHERS),
          "Protéger les équipes de réponse et leurs données",
          "Un guide à l'usage des équipes de réponse sur la protection des données des victimes.",
          "Open Networks Alliance et des CERT nationaux", "Associer les victimes à la rédaction.", NONE, NONE,
          List.of("delegate-fra")));

  private final GoodPracticeService practices;
  private final DemoCast cast;

  GoodPracticesDemo(GoodPracticeService practices, DemoCast cast) {
    this.practices = practices;
    this.cast = cast;
  }

  Future<Void> play() {
    Future<Void> done = Future.succeededFuture();
    Instant start = Instant.now().minus(Duration.ofDays(PRACTICES.size()));
    for (int i = 0; i < PRACTICES.size(); i++) {
      Entry entry = PRACTICES.get(i);
      Instant at = start.plus(Duration.ofDays(i));
      done = done.compose(v -> share(entry, at));
    }
    return done;
  }

  private Future<Void> share(Entry entry, Instant at) {
    List<Norm> norms = Arrays.stream(entry.norms().split("")).map(l -> Norm.valueOf("NORM_" + l.toUpperCase()))
        .toList();
    SharePractice share = new SharePractice(entry.title(), entry.what(), entry.who(), entry.lessons(),
        entry.links(), entry.language(), norms, entry.regions());
    return cast.participant(entry.persona()).compose(by -> practices.share(by, share, at))
        .compose(practice -> marks(practice, entry.endorsers(), PracticeMark.ENDORSE, at)
            .compose(v -> marks(practice, entry.findUseful(), PracticeMark.USEFUL, at)));
  }

  private Future<Void> marks(GoodPractice practice, List<String> personas, PracticeMark mark, Instant at) {
    Future<Void> done = Future.succeededFuture();
    for (String persona : personas) {
      done = done.compose(v -> cast.participant(persona)
          .compose(state -> practices.mark(state, practice.id(), mark, at.plusSeconds(3600))).mapEmpty());
    }
    return done;
  }
}

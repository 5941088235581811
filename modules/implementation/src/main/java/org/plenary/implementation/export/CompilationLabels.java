package org.plenary.implementation.export;

import java.util.Map;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.Section;

/**
 * The English words of the compilation around the States' texts: the Secretary-General's document is compiled in
 * English, each report staying in the language it was written in.
 */
final class CompilationLabels {

  private static final Map<Norm, String> NORMS = Map.ofEntries(
      Map.entry(Norm.NORM_A, "Cooperation to increase stability and security"),
      Map.entry(Norm.NORM_B, "Considering all relevant information in the event of ICT incidents"),
      Map.entry(Norm.NORM_C, "Territory not used for internationally wrongful acts using ICTs"),
      Map.entry(Norm.NORM_D, "Cooperation against criminal and terrorist use of ICTs"),
      Map.entry(Norm.NORM_E, "Human rights, including the right to privacy"),
      Map.entry(Norm.NORM_F, "No activity that damages critical infrastructure"),
      Map.entry(Norm.NORM_G, "Protection of critical infrastructure"),
      Map.entry(Norm.NORM_H, "Responding to requests for assistance"),
      Map.entry(Norm.NORM_I, "Integrity of the supply chain"),
      Map.entry(Norm.NORM_J, "Reporting of ICT vulnerabilities"),
      Map.entry(Norm.NORM_K, "No harm to emergency response teams"));

  private static final Map<NormQuestion, String> QUESTIONS = Map.of(
      NormQuestion.UNDERSTANDING, "Understanding of the norm", NormQuestion.POLICY, "Policy",
      NormQuestion.LAW, "Law", NormQuestion.INSTITUTIONS, "Institutions", NormQuestion.PRACTICE, "Practice",
      NormQuestion.GOOD_PRACTICE, "Good practice", NormQuestion.CHALLENGES, "Challenges",
      NormQuestion.NEEDS, "Needs");

  private static final Map<Section, String> SECTIONS = Map.of(
      Section.INTERNATIONAL_LAW, "International law", Section.CONFIDENCE_BUILDING, "Confidence-building measures",
      Section.CAPACITY_BUILDING, "Capacity-building",
      Section.NATIONAL_EFFORTS, "Efforts taken at the national level (A/RES/73/266, para. 2 (a))",
      Section.CONCEPTS, "The content of the concepts in the reports of the Groups (A/RES/73/266, para. 2 (b))");

  private static final Map<ReportLanguage, String> LANGUAGES = Map.of(ReportLanguage.AR, "Arabic",
      ReportLanguage.ZH, "Chinese", ReportLanguage.EN, "English", ReportLanguage.FR, "French",
      ReportLanguage.RU, "Russian", ReportLanguage.ES, "Spanish");

  private CompilationLabels() {
  }

  static String norm(Norm norm) {
    return "Norm (" + norm.letter() + "): " + NORMS.get(norm);
  }

  static String question(NormQuestion question) {
    return QUESTIONS.get(question);
  }

  static String section(Section section) {
    return SECTIONS.get(section);
  }

  /** "Original language: French (fr)". */
  static String language(ReportLanguage language) {
    return "Original language: " + LANGUAGES.get(language) + " (" + language.wire() + ")";
  }

  static String title(String cycleTitle) {
    return "National reports on the implementation of the norms: compilation for the Secretary-General, "
        + cycleTitle;
  }

  static String cutOff(java.time.LocalDate cutOff) {
    return "Reports published by the cut-off date of " + cutOff + " (UTC); for each State, the version it published"
        + " last by then.";
  }

  static String published(int version, java.time.Instant at, String audience) {
    return "Version " + version + ", published " + at.toString().substring(0, 10) + " ("
        + ("states".equals(audience) ? "for States and the Secretariat only" : "public") + ")";
  }

  static boolean rightToLeft(ReportLanguage language) {
    return language == ReportLanguage.AR;
  }
}

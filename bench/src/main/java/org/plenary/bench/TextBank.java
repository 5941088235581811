package org.plenary.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible diplomatic sentences in the six UN languages, combined to a chosen length. */
final class TextBank {

  private static final Map<String, List<String>> SENTENCES = Map.of(
      "en", List.of(
          "Our delegation reaffirms that international law applies to the use of ICTs by States.",
          "We support the protection of critical infrastructure through international cooperation.",
          "Capacity-building must be demand-driven and respect national ownership.",
          "The regular institutional dialogue should be action-oriented and inclusive.",
          "We call on all States to implement the eleven norms of responsible State behaviour.",
          "Ransomware attacks against hospitals put lives at risk and must stop.",
          "Points of contact should be able to respond to urgent requests within hours.",
          "Stakeholders bring expertise that States need to protect their networks.",
          "We encourage the responsible reporting of ICT vulnerabilities.",
          "Developing countries need sustainable support to establish national CERTs."),
      "fr", List.of(
          "La France réaffirme que le droit international s'applique au cyberespace.",
          "Les infrastructures critiques doivent être protégées par la coopération internationale.",
          "Le renforcement des capacités doit répondre aux besoins exprimés par les États.",
          "Nous soutenons un dialogue institutionnel régulier, inclusif et orienté vers l'action.",
          "Les normes de comportement responsable des États doivent être mises en œuvre."),
      "es", List.of(
          "Reafirmamos que el derecho internacional se aplica al uso de las TIC.",
          "La protección de las infraestructuras críticas requiere cooperación internacional.",
          "La creación de capacidades debe responder a las necesidades de los países en desarrollo.",
          "Apoyamos un diálogo institucional regular, inclusivo y orientado a la acción."),
      "ru", List.of(
          "Мы подтверждаем, что международное право применимо к использованию ИКТ.",
          "Защита критической инфраструктуры требует международного сотрудничества.",
          "Наращивание потенциала должно отвечать потребностям государств.",
          "Мы выступаем за регулярный институциональный диалог под эгидой ООН."),
      "ar", List.of(
          "نؤكد أن القانون الدولي ينطبق على استخدام تكنولوجيا المعلومات والاتصالات.",
          "تتطلب حماية البنية التحتية الحيوية تعاونا دوليا.",
          "يجب أن يستجيب بناء القدرات لاحتياجات الدول النامية."),
      "zh", List.of(
          "我们重申国际法适用于各国使用信息通信技术。",
          "保护关键基础设施需要国际合作。",
          "能力建设应当以需求为导向，尊重国家自主权。",
          "我们支持一个包容、注重行动的定期机构对话。"));

  private TextBank() {
  }

  static String text(Random random, String language, int targetLength) {
    List<String> bank = SENTENCES.get(language);
    StringBuilder text = new StringBuilder();
    while (text.length() < targetLength) {
      if (text.length() > 0) {
        text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      text.append(bank.get(random.nextInt(bank.size())));
    }
    return text.toString();
  }

  /** A language of a post, in the proportions a UN body sees them. */
  static String language(Random random) {
    int r = random.nextInt(100);
    return r < 50 ? "en" : r < 65 ? "fr" : r < 77 ? "es" : r < 87 ? "ru" : r < 94 ? "ar" : "zh";
  }

  /** Roughly log-normal lengths around a median, as real statements are. */
  static int length(Random random, int median) {
    return (int) Math.max(60, median * Math.exp(random.nextGaussian() * 0.5));
  }
}

package org.plenary.server.demo;

import java.util.Map;
import org.plenary.implementation.domain.ReportLanguage;

/** The demo reports' answers, in the language each State writes in (a few sentences, as a survey's answers). */
final class ImplementationDemoTexts {

  private static final Map<Character, String> NORMS_EN = Map.ofEntries(
      Map.entry('a', "cooperation among States to increase stability and security in the use of ICTs"),
      Map.entry('b', "considering all relevant information before attributing an ICT incident"),
      Map.entry('c', "not knowingly allowing our territory to be used for internationally wrongful acts using ICTs"),
      Map.entry('d', "cooperating to exchange information and to prosecute terrorist and criminal use of ICTs"),
      Map.entry('e', "respecting human rights, including the right to privacy in the digital age"),
      Map.entry('f', "not conducting or supporting ICT activity that damages critical infrastructure"),
      Map.entry('g', "protecting our critical infrastructure from ICT threats"),
      Map.entry('h', "responding to appropriate requests for assistance by other States"),
      Map.entry('i', "ensuring the integrity of the supply chain"),
      Map.entry('j', "responsible reporting of ICT vulnerabilities"),
      Map.entry('k', "not harming the emergency response teams of other States"));

  private ImplementationDemoTexts() {
  }

  static String understanding(ReportLanguage language, char norm) {
    return switch (language) {
      case FR -> "La France comprend la norme (" + norm + ") comme un engagement politique volontaire et non"
          + " contraignant, qui complète le droit international applicable.";
      case RU -> "Мы понимаем норму (" + norm + ") как добровольную и необязательную норму ответственного"
          + " поведения государств.";
      case ES -> "Entendemos la norma (" + norm + ") como un compromiso voluntario de comportamiento responsable"
          + " de los Estados en el uso de las TIC.";
      case AR -> "نفهم القاعدة (" + norm + ") على أنها التزام طوعي وغير ملزم بالسلوك المسؤول للدول.";
      default -> "We understand norm (" + norm + ") as " + NORMS_EN.get(norm) + ", a voluntary and non-binding"
          + " commitment that complements international law.";
    };
  }

  static String policy(ReportLanguage language, char norm) {
    return switch (language) {
      case FR -> "Notre stratégie nationale de cybersécurité consacre un chapitre à la norme (" + norm + ").";
      case RU -> "Национальная стратегия информационной безопасности учитывает норму (" + norm + ").";
      case ES -> "Nuestra estrategia nacional de ciberseguridad dedica un capítulo a la norma (" + norm + ").";
      case AR -> "تتضمن استراتيجيتنا الوطنية للأمن السيبراني فصلاً عن القاعدة (" + norm + ").";
      default -> "Our national cybersecurity strategy has a chapter on norm (" + norm + ") and a plan to implement it.";
    };
  }

  static String institutions(ReportLanguage language) {
    return switch (language) {
      case FR -> "L'agence nationale de la sécurité des systèmes d'information coordonne la mise en œuvre.";
      case RU -> "Реализацию координирует национальный центр реагирования на компьютерные инциденты.";
      case ES -> "El equipo nacional de respuesta a incidentes coordina la aplicación.";
      case AR -> "يتولى الفريق الوطني للاستجابة للطوارئ الحاسوبية تنسيق التنفيذ.";
      default -> "The national cybersecurity agency and the national CERT coordinate the implementation.";
    };
  }

  static String challenges(ReportLanguage language) {
    return switch (language) {
      case FR -> "Le partage d'informations avec le secteur privé reste à améliorer.";
      case RU -> "Остаётся проблема обмена информацией с частным сектором.";
      case ES -> "Faltan especialistas y el intercambio de información con el sector privado es limitado.";
      case AR -> "لا يزال تبادل المعلومات مع القطاع الخاص محدوداً.";
      default -> "Skilled staff are scarce, and sharing information with operators is still limited.";
    };
  }

  static String needs(ReportLanguage language, char norm) {
    return switch (language) {
      case ES -> "Necesitamos formación para aplicar la norma (" + norm + ").";
      case AR -> "نحتاج إلى التدريب والمساعدة التقنية لتنفيذ القاعدة (" + norm + ").";
      default -> "We need training and technical assistance to implement norm (" + norm + "), in particular for"
          + " our national CERT.";
    };
  }

  static String internationalLaw(ReportLanguage language) {
    return switch (language) {
      case FR -> "Le droit international, et notamment la Charte des Nations Unies, s'applique au cyberespace.";
      case RU -> "Международное право применимо к использованию ИКТ.";
      case ES -> "El derecho internacional, en particular la Carta de las Naciones Unidas, se aplica a las TIC.";
      case AR -> "ينطبق القانون الدولي، ولا سيما ميثاق الأمم المتحدة، على استخدام تكنولوجيا المعلومات والاتصالات.";
      default -> "International law, and in particular the Charter of the United Nations, applies to the use of ICTs.";
    };
  }

  static String nationalEfforts(ReportLanguage language) {
    return switch (language) {
      case FR -> "Nous avons renforcé la protection des opérateurs d'importance vitale.";
      case RU -> "Мы укрепили защиту объектов критической информационной инфраструктуры.";
      case ES -> "Hemos reforzado la protección de las infraestructuras críticas.";
      case AR -> "عززنا حماية البنية التحتية الحيوية.";
      default -> "We strengthened the protection of critical infrastructure and set up a national incident register.";
    };
  }
}

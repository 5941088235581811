package org.plenary.summary.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a sentence of a position takes a stance for or against what it speaks of, from the words
 * delegations use to say so in the six UN languages ("supports", "opposes", "does not support", ...).
 * Opposition is looked for first, since it often contains the words of support ("cannot support").
 * Deliberately narrow: "should" or "must" say what a State wants done, not whether it is for or against, and
 * "against" or "contre" are as often what a measure protects against.
 */
enum Polarity {
  SUPPORT, OPPOSITION, NONE;

  private static final Map<String, List<String>> OPPOSING = Map.of(
      "en", List.of("do not support", "does not support", "cannot support", "can not support", "not support",
          "oppose", "opposes", "opposed to", "reject", "rejects", "cannot accept", "can not accept",
          "do not accept", "does not accept", "not in favour", "not in favor", "object to", "objects to",
          "disagree", "disagrees", "premature", "unnecessary", "no need for", "not convinced"),
      "fr", List.of("ne soutient pas", "ne soutenons pas", "ne peut pas soutenir", "ne pouvons pas soutenir",
          "s'oppose", "s’oppose", "nous opposons", "opposée à", "opposé à", "rejette", "rejetons", "défavorable",
          "prématuré", "prématurée"),
      "es", List.of("no apoya", "no apoyamos", "no puede apoyar", "se opone", "nos oponemos", "rechaza", "rechazamos",
          "en contra", "prematuro", "prematura"),
      "ru", List.of("не поддерживает", "не поддерживаем", "не может поддержать", "выступает против",
          "выступаем против", "возражает", "возражаем", "отвергает", "отвергаем", "преждевременно", "преждевременным"),
      "ar", List.of("لا تؤيد", "لا نؤيد", "لا تدعم", "لا ندعم", "تعارض", "نعارض", "ترفض", "نرفض"),
      "zh", List.of("不支持", "反对", "拒绝", "不赞成", "为时过早"));

  private static final Map<String, List<String>> SUPPORTING = Map.of(
      "en", List.of("we support", "we fully support", "we strongly support", "we also support", "we would support",
          "continue to support", "supports", "in favour of", "in favor of", "favours", "favors", "welcome", "welcomes",
          "endorse", "endorses", "advocate", "advocates", "call for", "calls for"),
      "fr", List.of("soutient", "soutenons", "appuie", "appuyons", "favorable", "en faveur", "préconise",
          "préconisons", "se félicite", "nous félicitons"),
      "es", List.of("apoya", "apoyamos", "a favor", "respalda", "respaldamos", "propugna", "acoge con beneplácito"),
      "ru", List.of("поддерживает", "поддерживаем", "выступает за", "выступаем за", "приветствует", "приветствуем"),
      "ar", List.of("تؤيد", "نؤيد", "تدعم", "ندعم", "ترحب", "نرحب"),
      "zh", List.of("支持", "赞成", "欢迎", "主张"));

  private static final Map<String, Pattern> OPPOSING_PATTERNS = patterns(OPPOSING);
  private static final Map<String, Pattern> SUPPORTING_PATTERNS = patterns(SUPPORTING);

  /** @param language one of the six UN languages' primary subtags (see {@link TextAnalysis#language}) */
  static Polarity of(String sentence, String language) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (OPPOSING_PATTERNS.get(language).matcher(lower).find()) {
      return OPPOSITION;
    }
    return SUPPORTING_PATTERNS.get(language).matcher(lower).find() ? SUPPORT : NONE;
  }

  /**
   * Whole words where words are separated by spaces; Arabic words carry prefixes (و, ف) and Chinese has no
   * spaces, so there a cue only needs to end where a word may end.
   */
  private static Map<String, Pattern> patterns(Map<String, List<String>> cues) {
    return cues.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
      boolean spaced = !List.of("ar", "zh").contains(entry.getKey());
      String words = entry.getValue().stream().map(Pattern::quote).collect(Collectors.joining("|"));
      return Pattern.compile(spaced ? "(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])" : "(?:" + words + ")");
    }));
  }
}

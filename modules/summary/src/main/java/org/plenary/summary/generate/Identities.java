package org.plenary.summary.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.forum.api.TranscriptPost;

/**
 * Who said something, as a summary may say it. Normally the organization's name; under the Chatham House
 * Rule only the constituency ("a civil society participant"), and then no sentence that names a State,
 * an organization or a person may be quoted. State names are matched in all six UN languages (the JDK's
 * CLDR names), with inflected Russian and Arabic forms caught by their stem.
 */
final class Identities {

  private static final Map<String, String> CONSTITUENCY_LABELS = Map.of(
      "state", "a State",
      "intergovernmental", "an intergovernmental organization",
      "private-sector", "a private sector participant",
      "academia", "an academic participant",
      "civil-society", "a civil society participant",
      "un-body", "a United Nations participant");
  private static final List<Locale> UN_LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
      Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"), Locale.CHINESE);

  private final boolean chathamHouse;
  private final Pattern identifying;

  private Identities(boolean chathamHouse, Pattern identifying) {
    this.chathamHouse = chathamHouse;
    this.identifying = identifying;
  }

  /**
   * @param organizations every registered organization, id to name
   * @param posts the thread's posts, whose authors' names also identify
   */
  static Identities of(boolean chathamHouse, Map<String, String> organizations, Collection<TranscriptPost> posts) {
    if (!chathamHouse) {
      return new Identities(false, null);
    }
    List<String> names = new ArrayList<>(organizations.values());
    posts.forEach(p -> {
      names.add(p.authorName());
      names.add(p.organizationName());
    });
    names.addAll(localisedStateNames(organizations.keySet()));
    String words = names.stream().filter(n -> n != null && n.length() > 2).distinct()
        .sorted((a, b) -> b.length() - a.length()).map(Identities::stemmedQuote).collect(Collectors.joining("|"));
    String codes = organizations.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return new Identities(true, Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:(?iu:" + words + ")|(?:" + codes + ")(?![\\p{L}\\p{N}]))"));
  }

  boolean chathamHouse() {
    return chathamHouse;
  }

  /** The label for who wrote {@code post}. */
  String by(TranscriptPost post) {
    return chathamHouse ? constituency(post.constituency()) : post.organizationName();
  }

  static String constituency(String kind) {
    return CONSTITUENCY_LABELS.getOrDefault(kind, "a participant");
  }

  /** Whether quoting {@code text} would reveal who is who (always false outside Chatham House). */
  boolean identifies(String text) {
    return chathamHouse && identifying.matcher(text).find();
  }

  /** A name as a pattern; long Cyrillic and Arabic names match any ending, for their inflections. */
  private static String stemmedQuote(String name) {
    boolean inflected = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    if (inflected && name.length() >= 5 && !name.contains(" ")) {
      return Pattern.quote(name.substring(0, name.length() - 1)) + "\\p{L}*";
    }
    return Pattern.quote(name) + "(?![\\p{L}])";
  }

  private static List<String> localisedStateNames(Collection<String> ids) {
    Map<String, String> alpha2ByAlpha3 = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      alpha2ByAlpha3.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      String alpha2 = alpha2ByAlpha3.get(id);
      if (alpha2 != null) {
        UN_LANGUAGES.forEach(language -> names.add(new Locale("", alpha2).getDisplayCountry(language)));
      }
    }
    return names;
  }
}

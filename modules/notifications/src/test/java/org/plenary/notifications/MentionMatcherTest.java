package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.organizations.OrganizationRegistry;

@DisplayName("Organization mentions: names in any case, ids as written, whole words, in one pass over the text")
class MentionMatcherTest {

  /** The registry Plenary starts with: every Member State and observer State, IGOs, the demo stakeholders. */
  private static final Map<String, String> REGISTRY = registry();
  private static final MentionMatcher MATCHER = new MentionMatcher(REGISTRY);

  private static Map<String, String> registry() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Tuple organization : OrganizationRegistry.readOrganizations()) {
      names.put(organization.getString(0), organization.getString(2));
    }
    return names;
  }

  @Test
  @DisplayName("A name in any case, an id only as written, each as a whole word")
  void namesAndIds() {
    assertEquals(Set.of("EST"), MATCHER.in("We welcome the proposal of estonia."));
    assertEquals(Set.of("FRA", "EST"), MATCHER.in("FRANCE and EST agree"));
    assertEquals(Set.of(), MATCHER.in("fra and est agree"), "ids are matched as written");
    assertEquals(Set.of(), MATCHER.in("Frances, non-France, France2, Estonian"), "whole words only");
    assertEquals(Set.of("FRA", "EST"), MATCHER.in("(France) — Estonia's view"));
    assertEquals(Set.of("contoso-security", "open-networks-alliance"),
        MATCHER.in("contoso-security thanks the Open Networks Alliance"));
    assertEquals(Set.of(), MATCHER.in("x-contoso-security, contoso-security2, Contoso-Security"));
  }

  @Test
  @DisplayName("Names that contain others mention both; a hyphen joins words into another name")
  void overlappingNames() {
    assertEquals(Set.of("COD", "COG"), MATCHER.in("the Democratic Republic of the Congo"));
    assertEquals(Set.of("PNG", "GIN"), MATCHER.in("Papua New Guinea"));
    assertEquals(Set.of("GNB"), MATCHER.in("Guinea-Bissau"));
    assertEquals(Set.of("NGA"), MATCHER.in("Nigeria"));
    assertEquals(Set.of("BOL"), MATCHER.in("BOLIVIA (PLURINATIONAL STATE OF)."));
    assertEquals(Set.of("SSD", "SDN"), MATCHER.in("South Sudan"));
  }

  @Test
  @DisplayName("Finds exactly what one regular expression per name and per id found, on texts made of the registry")
  void sameAsOnePatternPerOrganization() {
    Random random = new Random(20250923);
    List<String> words = List.of(" ", ", ", "-", "'s ", " (", ") ", "2", "é", "\n", " the ", ". ", "x", "—");
    List<String> ids = List.copyOf(REGISTRY.keySet());
    for (int text = 0; text < 300; text++) {
      StringBuilder builder = new StringBuilder();
      for (int part = 0; part < 12; part++) {
        String id = ids.get(random.nextInt(ids.size()));
        String piece = switch (random.nextInt(4)) {
          case 0 -> id;
          case 1 -> REGISTRY.get(id);
          case 2 -> REGISTRY.get(id).toUpperCase(Locale.ROOT);
          default -> id.toLowerCase(Locale.ROOT);
        };
        if (random.nextInt(5) == 0) {
          piece = piece.substring(0, random.nextInt(piece.length() + 1));
        }
        builder.append(piece).append(words.get(random.nextInt(words.size())));
      }
      String body = builder.toString();
      assertEquals(reference(body), MATCHER.in(body), body);
    }
  }

  @Test
  @DisplayName("A 50,000-character post is read in one pass, not once per organization")
  void onePass() {
    StringBuilder post = new StringBuilder();
    while (post.length() < 50_000) {
      post.append("Confidence-building measures need points of contact, and capacity-building must be")
          .append(" demand-driven, sustainable and gender-sensitive; the Republic of Korea and the")
          .append(" Russian Federation noted that the OEWG should continue. ");
    }
    CountingText text = new CountingText(post.toString());
    assertEquals(Set.of("KOR", "RUS"), MATCHER.in(text));
    int longestName = REGISTRY.values().stream().mapToInt(String::length).max().orElseThrow();
    assertTrue(text.reads <= (long) (longestName + 2) * text.length(),
        text.reads + " character reads for " + text.length() + " characters");
  }

  /** The rule as one pattern per name (any case) and per id (as written). */
  private static Set<String> reference(String text) {
    Set<String> mentioned = new LinkedHashSet<>();
    REGISTRY.forEach((id, name) -> {
      if (word(id, 0).matcher(text).find()
          || word(name, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
        mentioned.add(id);
      }
    });
    return mentioned;
  }

  private static Pattern word(String literal, int flags) {
    return Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}-])", flags);
  }

  /** A text that counts how often its characters are read. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      reads += text.length();
      return text;
    }
  }
}

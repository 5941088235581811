package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The generated summary as Markdown for the moderator to edit. Every citation is a link to the post,
 * {@code [#seq](/threads/<thread>#post-<id>)}, which the exports turn into footnotes or links.
 */
public final class SummaryMarkdown {

  private static final Map<String, String> GROUPS = Map.of(
      "african", "African States", "asia-pacific", "Asia-Pacific States", "eastern-european", "Eastern European States",
      "latin-american-caribbean", "Latin American and Caribbean States",
      "western-european-others", "Western European and other States");

  private SummaryMarkdown() {
  }

  public static String render(JsonObject summary) {
    StringBuilder md = new StringBuilder();
    md.append("# Summary: ").append(escape(summary.getString("threadTitle"))).append("\n\n");
    md.append("_Prepared from the thread as it stood on ").append(summary.getString("generatedAt"), 0, 10)
        .append(summary.getBoolean("chathamHouse") ? ". Held under the Chatham House Rule: contributions are attributed"
            + " to constituencies only._" : "._").append("\n\n");
    participation(md, summary);
    if (summary.containsKey("paragraphs")) {
      paragraphs(md, summary.getJsonArray("paragraphs"));
    }
    positions(md, summary);
    keyPoints(md, summary);
    convergence(md, summary);
    divergence(md, summary);
    return md.toString();
  }

  private static void participation(StringBuilder md, JsonObject summary) {
    JsonObject p = summary.getJsonObject("participation");
    md.append("## Participation\n\n");
    md.append("- ").append(p.getInteger("posts")).append(" contributions from ").append(p.getLong("organizations"))
        .append(" delegations and organizations.\n");
    md.append("- By constituency:\n");
    for (Object item : p.getJsonArray("byConstituency")) {
      JsonObject c = (JsonObject) item;
      String constituency = c.getString("constituency");
      md.append("  - ").append(capitalise(Identities.constituency(constituency).replaceFirst("^an? ", ""))).append(": ")
          .append(counted(c, "posts", "contribution")).append(" from ")
          .append(counted(c, "organizations", "state".equals(constituency) ? "State" : "organization"));
      if (c.containsKey("keyPoints")) {
        md.append("; ").append(plural(c.getInteger("keyPoints"), "key point"));
      }
      md.append(".\n");
    }
    if (!p.getJsonArray("byRegionalGroup").isEmpty()) {
      md.append("- By regional group:\n");
      for (Object item : p.getJsonArray("byRegionalGroup")) {
        JsonObject g = (JsonObject) item;
        md.append("  - ").append(GROUPS.getOrDefault(g.getString("regionalGroup"), g.getString("regionalGroup")))
            .append(": ").append(counted(g, "posts", "contribution")).append(" from ")
            .append(counted(g, "organizations", "State")).append(".\n");
      }
    }
    if (p.containsKey("statesThatSpoke")) {
      md.append("- States that spoke: ").append(escape(String.join(", ", strings(p.getJsonArray("statesThatSpoke")))))
          .append(".\n");
    }
    for (Object a : p.getJsonArray("alignments")) {
      JsonObject alignment = (JsonObject) a;
      JsonObject statement = alignment.getJsonObject("statement");
      md.append("- ").append(capitalise(escape(join(alignment.getJsonArray("alignedBy"), x -> x.getString("by")))))
          .append(" aligned with the statement of ").append(escape(statement.getString("by"))).append(' ')
          .append(cite(summary, statement.getLong("postId"))).append(sinceThen(summary, statement, "a statement"))
          .append(".\n");
    }
    for (Object j : p.getJsonArray("jointStatements")) {
      JsonObject joint = (JsonObject) j;
      md.append("- ").append(capitalise(escape(joint.getString("deliveredBy")))).append(" delivered a joint statement on behalf of ")
          .append(joint.containsKey("onBehalfOf") ? escape(joinNames(strings(joint.getJsonArray("onBehalfOf"))))
              : joint.getInteger("onBehalfOfCount") + " States")
          .append(' ').append(cite(summary, joint.getLong("postId"))).append(".\n");
    }
    md.append('\n');
  }

  /** "14 contributions", or under the Chatham House Rule "fewer than 3 contributions" for one or two. */
  private static String counted(JsonObject counts, String field, String noun) {
    if (counts.containsKey(field + "FewerThan")) {
      return "fewer than " + counts.getInteger(field + "FewerThan") + " " + noun + "s";
    }
    return plural(counts.getLong(field), noun);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * For a reference to a position that no longer stands: ", a statement since superseded by [#9]" or
   * ", a statement since withdrawn"; nothing for one that stands.
   */
  private static String sinceThen(JsonObject summary, JsonObject reference, String what) {
    if ("superseded".equals(reference.getString("status"))) {
      return ", " + what + " since superseded" + (reference.containsKey("supersededBy")
          ? " by " + cite(summary, reference.getLong("supersededBy")) : "");
    }
    return "withdrawn".equals(reference.getString("status")) ? ", " + what + " since withdrawn" : "";
  }

  private static void paragraphs(StringBuilder md, JsonArray paragraphs) {
    md.append("## Paragraphs of the draft\n\n");
    for (Object item : paragraphs) {
      JsonObject paragraph = (JsonObject) item;
      md.append("- Paragraph ").append(paragraph.getValue("number")).append(": **").append(paragraph.getString("status"))
          .append("**");
      JsonArray objecting = paragraph.getJsonArray("objectingStates", new JsonArray());
      if (!objecting.isEmpty()) {
        md.append(" (objection: ").append(escape(joinNames(strings(objecting)))).append(')');
      } else if (paragraph.getInteger("objectionCount", 0) > 0) {
        md.append(" (objections: ").append(paragraph.getInteger("objectionCount")).append(')');
      }
      md.append(", support from ").append(paragraph.getInteger("supportingGroupCount", 0)).append(" of the ")
          .append(paragraph.getInteger("requiredGroups", 0)).append(" regional groups required");
      md.append(".\n");
    }
    md.append('\n');
  }

  private static void positions(StringBuilder md, JsonObject summary) {
    md.append("## Positions\n\n");
    for (Object item : summary.getJsonArray("positions")) {
      JsonObject section = (JsonObject) item;
      md.append("### ").append(section.containsKey("question") ? "Question " + (section.getInteger("index") + 1) + ": "
          + escape(section.getString("question")) : "General statements").append("\n\n");
      JsonArray positions = section.getJsonArray("positions");
      if (positions.isEmpty()) {
        md.append("No official position addressed this question.\n\n");
        continue;
      }
      for (Object p : positions) {
        JsonObject position = (JsonObject) p;
        md.append("- **").append(capitalise(escape(position.getString("by")))).append("** ")
            .append(cite(summary, position.getLong("postId")));
        if (position.containsKey("excerpt")) {
          md.append(": “").append(escape(position.getString("excerpt"))).append('”');
        }
        md.append('\n');
      }
      md.append('\n');
    }
    positionChanges(md, summary);
  }

  /** Positions that no longer stand: named as such, each citing the position that replaced it, if any. */
  private static void positionChanges(StringBuilder md, JsonObject summary) {
    JsonArray changes = summary.getJsonArray("positionChanges", new JsonArray());
    if (changes.isEmpty()) {
      return;
    }
    md.append("### Positions that no longer stand\n\n");
    for (Object item : changes) {
      JsonObject change = (JsonObject) item;
      md.append("- ").append(capitalise(escape(change.getString("by")))).append("’s position ")
          .append(cite(summary, change.getLong("postId")));
      if ("withdrawn".equals(change.getString("status"))) {
        md.append(" was withdrawn.\n");
      } else if (change.containsKey("supersededBy")) {
        md.append(" was superseded by its position ").append(cite(summary, change.getLong("supersededBy"))).append(".\n");
      } else {
        md.append(" was superseded by a later one.\n");
      }
    }
    md.append("\nThis summary quotes only the positions that stand.\n\n");
  }

  private static void keyPoints(StringBuilder md, JsonObject summary) {
    md.append("## Key points\n\n");
    for (Object item : summary.getJsonArray("keyPoints")) {
      JsonObject group = (JsonObject) item;
      md.append("### ").append(group.getString("kind").equals("question")
          ? "Question " + (group.getInteger("index") + 1) + ": " + escape(group.getString("label"))
          : capitalise(escape(group.getString("label").replaceFirst("^an? ", ""))) + " contributions").append("\n\n");
      for (Object p : group.getJsonArray("points")) {
        JsonObject point = (JsonObject) p;
        md.append("- “").append(escape(point.getString("text"))).append("” — ").append(escape(point.getString("by")))
            .append(' ').append(cite(summary, point.getLong("postId"))).append('\n');
      }
      md.append('\n');
    }
  }

  private static void convergence(StringBuilder md, JsonObject summary) {
    md.append("## Convergence\n\n");
    JsonArray points = summary.getJsonArray("convergence");
    if (points.isEmpty()) {
      md.append("No statement was echoed across regional groups.\n\n");
    }
    for (Object p : points) {
      JsonObject point = (JsonObject) p;
      md.append("- “").append(escape(point.getString("text"))).append("” — ").append(escape(point.getString("by")))
          .append(' ').append(cite(summary, point.getLong("postId"))).append("; echoed by ")
          .append(escape(String.join(", ", strings(point.getJsonArray("supportedBy")))))
          .append(" (").append(point.getInteger("regionalGroupCount")).append(" regional groups).\n");
    }
    md.append('\n');
  }

  private static void divergence(StringBuilder md, JsonObject summary) {
    md.append("## Divergence\n\n");
    JsonArray items = summary.getJsonArray("divergence");
    if (items.isEmpty()) {
      md.append("No disagreement was recorded, in replies or between the positions.\n\n");
    }
    for (Object i : items) {
      JsonObject item = (JsonObject) i;
      switch (item.getString("kind")) {
        case "objection" -> objection(md, item);
        case "opposing-positions" -> opposingPositions(md, summary, item);
        default -> reply(md, summary, item);
      }
    }
    md.append('\n');
  }

  private static void objection(StringBuilder md, JsonObject item) {
    md.append("- Paragraph ").append(item.getValue("paragraph")).append(" is contested: ")
        .append(item.containsKey("objectingStates")
            ? escape(joinNames(strings(item.getJsonArray("objectingStates")))) + " objected"
            : plural(item.getInteger("objectionCount"), "State") + " objected");
    JsonArray supporting = item.getJsonArray("supportingStates", new JsonArray());
    if (!supporting.isEmpty()) {
      md.append(", while ").append(escape(joinNames(strings(supporting)))).append(supporting.size() == 1 ? " supports" : " support")
          .append(" it");
    } else if (item.getInteger("supportCount", 0) > 0) {
      int count = item.getInteger("supportCount");
      md.append(", while ").append(plural(count, "State")).append(count == 1 ? " supports" : " support").append(" it");
    }
    md.append(".\n");
  }

  /** "Opposite stances on question 2: in support, Brazil [#3]: “…”; in opposition, Russian Federation [#5]: “…”." */
  private static void opposingPositions(StringBuilder md, JsonObject summary, JsonObject item) {
    md.append("- Opposite stances");
    if (item.containsKey("question")) {
      md.append(" on question ").append(item.getInteger("index") + 1).append(" (").append(escape(item.getString("question")))
          .append(')');
    }
    md.append(": in support, ").append(quotes(summary, item.getJsonArray("supporting"))).append("; in opposition, ")
        .append(quotes(summary, item.getJsonArray("opposing"))).append(".\n");
  }

  private static String quotes(JsonObject summary, JsonArray quotes) {
    return joinNames(quotes.stream().map(JsonObject.class::cast).map(q -> escape(q.getString("by")) + ' '
        + cite(summary, q.getLong("postId")) + ": “" + escape(q.getString("text")) + '”').toList());
  }

  private static void reply(StringBuilder md, JsonObject summary, JsonObject item) {
    JsonObject answered = item.getJsonObject("repliesTo");
    md.append("- ").append(capitalise(escape(item.getString("by")))).append(' ').append(cite(summary, item.getLong("postId")))
        .append(item.getString("kind").equals("right-of-reply") ? " exercised its right of reply to " : " disagreed with ")
        .append(escape(answered.getString("by"))).append(' ').append(cite(summary, answered.getLong("postId")))
        .append(sinceThen(summary, answered, "a position"));
    if (item.containsKey("text")) {
      md.append(": “").append(escape(item.getString("text"))).append('”');
    }
    md.append('\n');
  }

  static String cite(JsonObject summary, long postId) {
    JsonObject citation = summary.getJsonObject("citations").getJsonObject(String.valueOf(postId));
    String label = citation == null ? String.valueOf(postId) : String.valueOf(citation.getInteger("seq"));
    return "[#" + label + "](/threads/" + summary.getString("threadId") + "#post-" + postId + ")";
  }

  private static String join(JsonArray items, java.util.function.Function<JsonObject, String> label) {
    return joinNames(items.stream().map(i -> label.apply((JsonObject) i)).toList());
  }

  private static String joinNames(List<String> labels) {
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(String::valueOf).toList();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Quoted text must stay text: Markdown's special characters are escaped. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}

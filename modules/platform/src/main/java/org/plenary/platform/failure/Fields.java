package org.plenary.platform.failure;

/** How a failure names the part of a request it is about, in the words of the schema validator's problems. */
public final class Fields {

  private Fields() {
  }

  /** "The request body", "The request body's field "guidingQuestions[2]"", "The query parameter "limit"". */
  public static String subject(String where, String instanceLocation) {
    String field = field(instanceLocation);
    if (where.startsWith("request body")) {
      return field.isEmpty() ? "The request body" : "The request body's field \"" + field + "\"";
    }
    String[] parts = where.split(" ", 3);
    String parameter = parts.length == 3 ? "The " + parts[0] + " " + parts[1] + " \"" + parts[2] + "\"" : "The " + where;
    return field.isEmpty() ? parameter : parameter + "'s part \"" + field + "\"";
  }

  /** JSON pointer "#/guidingQuestions/2/text" as the field "guidingQuestions[2].text". */
  public static String field(String instanceLocation) {
    if (instanceLocation == null || instanceLocation.equals("#") || instanceLocation.isEmpty()) {
      return "";
    }
    StringBuilder field = new StringBuilder();
    for (String part : instanceLocation.replaceFirst("^#?/", "").split("/")) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit) && !name.isEmpty() && field.length() > 0) {
        field.append('[').append(name).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(name);
      }
    }
    return field.toString();
  }
}

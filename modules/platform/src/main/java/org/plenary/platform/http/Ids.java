package org.plenary.platform.http;

import java.util.regex.Pattern;

/**
 * The one reading of whole numbers from a request (ids, page sizes, versions): exactly the number that
 * was sent, or a 400 that names the parameter. "1000.0", "1e3" and numbers beyond a Java long are not
 * ids; nothing is rounded or narrowed on the way.
 */
public final class Ids {

  /** What the contract allows for any whole number: JavaScript's safe integers, which every client reads exactly. */
  public static final long MAX = 9_007_199_254_740_991L;

  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

  private Ids() {
  }

  /** {@code what} is "path parameter" or "query parameter"; {@code value} as the validator left it. */
  public static long whole(String what, String name, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof String text && isWhole(text)) {
      return Long.parseLong(text);
    }
    throw ApiProblem.badRequest("The " + what + " \"" + name + "\" must be a whole number written in digits, from "
        + -MAX + " to " + MAX + ", not '" + shown(value) + "'.");
  }

  /** Digits only, optionally signed, no leading zeros, within a long. */
  public static boolean isWhole(String text) {
    if (!WHOLE.matcher(text).matches()) {
      return false;
    }
    try {
      Long.parseLong(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}

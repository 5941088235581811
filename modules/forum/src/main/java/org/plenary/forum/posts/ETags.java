package org.plenary.forum.posts;

/** {@code If-None-Match} against an entity tag, by RFC 9110's weak comparison (GET and HEAD use it). */
final class ETags {

  private ETags() {
  }

  /** Whether the header (absent, {@code *}, or a list of tags) names {@code etag}, weak or strong alike. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String wanted = opaque(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.trim();
      if (candidate.equals("*") || opaque(candidate).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}

package org.plenary.platform.idempotency;

import java.util.regex.Pattern;
import org.plenary.platform.http.ApiProblem;

/**
 * The value of an {@code Idempotency-Key} header. The IETF draft (draft-ietf-httpapi-idempotency-key-header)
 * makes it a Structured Field String, {@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}; many clients send the
 * bare token, which is accepted too. Anything else is a 400 that says what a key looks like.
 */
public record IdempotencyKey(String value) {

  public static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 255;

  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9._~:+/=-]{1," + MAX_LENGTH + "}");

  public static IdempotencyKey parse(String header) {
    String trimmed = header.strip();
    String value = trimmed.startsWith("\"") ? unquote(trimmed) : bare(trimmed);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw malformed("a key has 1 to " + MAX_LENGTH + " characters");
    }
    return new IdempotencyKey(value);
  }

  private static String bare(String value) {
    if (!BARE.matcher(value).matches()) {
      throw malformed("send it as a quoted string, for example \"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
    }
    return value;
  }

  /** An sf-string: printable ASCII between double quotes, with only \" and \\ escaped; no parameters. */
  private static String unquote(String quoted) {
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '\\') {
        char next = i + 1 < quoted.length() ? quoted.charAt(i + 1) : 0;
        if (next != '"' && next != '\\') {
          throw malformed("inside the quotes only \\\" and \\\\ are escapes");
        }
        value.append(next);
        i++;
      } else if (c == '"') {
        if (i != quoted.length() - 1) {
          throw malformed("nothing may follow the closing quote");
        }
        return value.toString();
      } else if (c < 0x20 || c > 0x7e) {
        throw malformed("a key is printable ASCII");
      } else {
        value.append(c);
      }
    }
    throw malformed("the closing quote is missing");
  }

  private static ApiProblem malformed(String why) {
    return new ApiProblem(400, "idempotency-key-malformed", "The Idempotency-Key header is malformed",
        "The Idempotency-Key header is not a valid key: " + why + ".");
  }
}

package org.plenary.runtime.edge;

import io.vertx.ext.web.handler.PlatformHandler;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.plenary.platform.http.ApiProblem;

/**
 * The first handler of every API request, before its body is read or its token checked: the address
 * must decode (every percent-escape two hexadecimal digits, the bytes UTF-8), and no parameter of it may
 * hold a control character. Everything after this point may decode the address without failing. A
 * platform handler, so that Vert.x lets it run before the body handler.
 */
public final class RequestGate implements PlatformHandler {

  @Override
  public void handle(RoutingContext rc) {
    String uri = rc.request().uri();
    int question = uri.indexOf('?');
    String rawPath = question < 0 ? uri : uri.substring(0, question);
    String rawQuery = question < 0 ? "" : uri.substring(question + 1);
    int hash = rawQuery.indexOf('#');
    if (hash >= 0) {
      rawQuery = rawQuery.substring(0, hash);
    }
    for (String segment : rawPath.split("/")) {
      ValueChecks.checkText("address", "#", decode("address", segment, false), false);
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode("query string", equals < 0 ? pair : pair.substring(0, equals), true);
      ValueChecks.checkText("query string", "#", name, false);
      String value = equals < 0 ? "" : decode("query parameter \"" + name + "\"", pair.substring(equals + 1), true);
      ValueChecks.checkText("query parameter " + name, "#", value, false);
    }
    rc.next();
  }

  /** Percent-decodes one part of the address, strictly: "%zz", a lone "%" or bytes that are not UTF-8 are a 400. */
  static String decode(String what, String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0) {
      return plusIsSpace ? raw.replace('+', ' ') : raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (low < 0) {
          String escape = raw.substring(i, Math.min(raw.length(), i + 3));
          throw ApiProblem.badRequest("The " + what + " has the malformed percent-escape '" + escape + "' at position "
              + (i + 1) + ": a '%' must be followed by two hexadecimal digits (write a '%' itself as %25).");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(plusIsSpace && c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.badRequest("The " + what + " has percent-escapes that are not UTF-8 text.");
    }
  }
}

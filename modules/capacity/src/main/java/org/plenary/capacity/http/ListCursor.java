package org.plenary.capacity.http;

import io.vertx.core.json.JsonArray;
import java.time.Instant;
import java.util.UUID;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.Cursor;

/** The (time, id) keys of a list cursor; nulls for the first page. */
record ListCursor(Instant at, UUID id) {

  static ListCursor of(String cursor) {
    if (cursor == null) {
      return new ListCursor(null, null);
    }
    JsonArray keys = Cursor.decode(cursor, 2);
    try {
      return new ListCursor(Instant.parse(keys.getString(0)), UUID.fromString(keys.getString(1)));
    } catch (RuntimeException e) {
      throw ApiProblem.badRequest("The cursor '" + cursor + "' is not one this list issued; start again without it.");
    }
  }

  static String after(Instant at, UUID id) {
    return Cursor.encode(at.toString(), id.toString());
  }
}

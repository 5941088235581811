package org.plenary.capacity.http;

import java.time.Instant;
import java.util.UUID;
import org.plenary.platform.http.Cursor;

/** The (time, id) keys of a list cursor; nulls for the first page. */
record ListCursor(Instant at, UUID id) {

  static ListCursor of(String cursor) {
    if (cursor == null) {
      return new ListCursor(null, null);
    }
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.TIME, Cursor.Key.UUID);
    return new ListCursor(keys.instant(0), keys.uuid(1));
  }

  static String after(Instant at, UUID id) {
    return Cursor.encode(at.toString(), id.toString());
  }
}

package org.plenary.platform.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.config.Settings;

/**
 * Where the key that signs cursors comes from: {@code PLENARY_CURSOR_KEY} when set (at least 32
 * characters), otherwise a random key generated once and kept in the database, which every instance on
 * that database then shares.
 */
public final class CursorSigningKey {

  private static final String CREATE = "INSERT INTO cursor_signing_key (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING";
  private static final String READ = "SELECT secret FROM cursor_signing_key WHERE id = 1";

  private CursorSigningKey() {
  }

  /** Loads the key and makes {@link Cursor} sign with it. */
  public static Future<Void> install(Pool pool, Map<String, String> env) {
    // Trimmed (a secret() is not), as it always was: cursors signed with a key set with spaces stay valid.
    Optional<String> configured = Settings.of(env).string("PLENARY_CURSOR_KEY");
    if (configured.isPresent()) {
      byte[] key = configured.get().getBytes(StandardCharsets.UTF_8);
      if (key.length < 32) {
        return Future.failedFuture(ConfigurationException.invalid("PLENARY_CURSOR_KEY", "at least 32 characters long",
            configured.get().codePointCount(0, configured.get().length()) + " characters"));
      }
      Cursor.signWith(key);
      return Future.succeededFuture();
    }
    return pool.preparedQuery(CREATE).execute(Tuple.of(Buffer.buffer(Cursor.randomKey())))
        .compose(created -> pool.query(READ).execute())
        .map(rows -> rows.iterator().next().getBuffer("secret").getBytes())
        .onSuccess(Cursor::signWith)
        .mapEmpty();
  }
}

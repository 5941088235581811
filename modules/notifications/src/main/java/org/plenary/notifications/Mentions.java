package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the organizations a text mentions: by name (any case) or by id as written (ISO codes such as
 * "FRA", ids such as "contoso-security"), as whole words. The registry is read again every few minutes.
 */
final class Mentions {

  private static final String ORGANIZATIONS = "SELECT id, name FROM organization";
  private static final long REFRESH_MS = 5 * 60_000;

  private record Named(String id, Pattern byName, Pattern byId) {
  }

  private final Pool pool;
  private volatile List<Named> organizations = List.of();
  private volatile long loadedAt;

  Mentions(Pool pool) {
    this.pool = pool;
  }

  Future<Set<String>> in(String text) {
    Future<List<Named>> known = System.currentTimeMillis() - loadedAt < REFRESH_MS ? Future.succeededFuture(organizations)
        : pool.query(ORGANIZATIONS).execute().map(rows -> {
          List<Named> named = new ArrayList<>();
          rows.forEach(row -> named.add(new Named(row.getString("id"),
              word(row.getString("name"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), word(row.getString("id"), 0))));
          organizations = named;
          loadedAt = System.currentTimeMillis();
          return named;
        });
    return known.map(all -> {
      Set<String> mentioned = new LinkedHashSet<>();
      String lower = text.toLowerCase(Locale.ROOT);
      for (Named organization : all) {
        if (organization.byId().matcher(text).find() || organization.byName().matcher(lower).find()) {
          mentioned.add(organization.id());
        }
      }
      return mentioned;
    });
  }

  private static Pattern word(String literal, int flags) {
    return Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}-])", flags);
  }
}

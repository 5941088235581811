package org.plenary.platform.identity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.Organizations;

/**
 * Maps verified token claims to a participant, creating it on a subject's first request and auditing
 * role changes. Resolved participants are cached briefly so a request costs no database write; the
 * organization's accreditation would therefore be up to {@link #TTL_MS} old, so every server instance
 * calls {@link #forget} for an organization when it publishes an {@code accreditation.*} event of it.
 */
public final class ParticipantDirectory {

  static final long TTL_MS = 30_000;
  private static final int MAX_CACHED = 20_000;

  private static final String UPSERT = """
      WITH previous AS (SELECT roles, organization_id FROM participant WHERE issuer = $1 AND subject = $2)
      INSERT INTO participant (issuer, subject, username, display_name, organization_id, roles, email)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (issuer, subject) DO UPDATE SET username = excluded.username,
        email = coalesce(excluded.email, participant.email),
        display_name = excluded.display_name, organization_id = excluded.organization_id,
        roles = excluded.roles, last_seen_at = now()
      RETURNING id, language, (SELECT roles FROM previous) AS previous_roles,
        (SELECT organization_id FROM previous) AS previous_organization""";

  /** A participant as a request signs in, with the language of their account, when they chose one. */
  public record SignedIn(Participant participant, Optional<Language> language) {
  }

  private record Cached(SignedIn signedIn, long expiresAt) {
  }

  private final Pool pool;
  private final Organizations organizations;
  private final Map<TokenClaims, Cached> cache = new ConcurrentHashMap<>();
  /** Counts {@link #forget} calls: a participant read before one is used, but not cached. */
  private final AtomicLong forgets = new AtomicLong();

  public ParticipantDirectory(Pool pool, Organizations organizations) {
    this.pool = pool;
    this.organizations = organizations;
  }

  public Future<Participant> resolve(JsonObject verifiedClaims) {
    return signIn(verifiedClaims).map(SignedIn::participant);
  }

  /** The participant of verified claims and their account's language, read in the one query that records them. */
  public Future<SignedIn> signIn(JsonObject verifiedClaims) {
    TokenClaims claims;
    try {
      claims = TokenClaims.read(verifiedClaims);
    } catch (Failure problem) {
      return Future.failedFuture(problem);
    }
    Cached cached = cache.get(claims);
    if (cached != null && cached.expiresAt() > System.currentTimeMillis()) {
      return Future.succeededFuture(cached.signedIn());
    }
    long readAfter = forgets.get();
    return organizations.find(claims.organizationId())
        .map(found -> found.orElseThrow(() -> Failure.forbidden("unknown-organization", "Unknown organization",
            "The organization '" + claims.organizationId() + "' named in your token is not in Plenary's registry.")))
        .compose(organization -> record(claims, organization))
        .onSuccess(participant -> remember(claims, participant, readAfter));
  }

  /**
   * Drops cached participants of an organization whose status changed (accreditation, withdrawal), here
   * and in requests already reading it, whose result is then not cached. Safe from any thread.
   */
  public void forget(String organizationId) {
    forgets.incrementAndGet();
    cache.values().removeIf(entry -> entry.signedIn().participant().organization().id().equals(organizationId));
  }

  /** Drops one participant's cached entry (their preferences changed), so their next request reads them afresh. */
  public void forgetParticipant(UUID participantId) {
    forgets.incrementAndGet();
    cache.values().removeIf(entry -> entry.signedIn().participant().id().equals(participantId));
  }

  private Future<SignedIn> record(TokenClaims claims, Organization organization) {
    String[] roleNames = claims.roles().stream().map(Role::wire).sorted().toArray(String[]::new);
    Tuple params = Tuple.of(claims.issuer(), claims.subject(), claims.username(), claims.displayName(),
        organization.id(), roleNames, claims.email());
    return pool.withTransaction(conn -> conn.preparedQuery(UPSERT).execute(params)
        .compose(rows -> {
          Row row = rows.iterator().next();
          Participant participant = new Participant(row.getUUID("id"), claims.subject(), claims.username(),
              claims.displayName(), organization, claims.roles());
          SignedIn signedIn = new SignedIn(participant, Language.of(row.getString("language")));
          return auditChanges(conn, participant, row).map(signedIn);
        }));
  }

  private static Future<Void> auditChanges(SqlConnection conn, Participant participant, Row row) {
    String[] previousRoles = row.getArrayOfStrings("previous_roles");
    if (previousRoles == null) {
      return AuditLog.append(conn, participant.id(), "participant.registered", "participant",
          participant.id().toString(), null, new JsonObject()
              .put("organization", participant.organization().id())
              .put("roles", roleArray(participant.roles())));
    }
    Set<String> before = Set.of(previousRoles);
    Set<String> after = participant.roles().stream().map(Role::wire).collect(Collectors.toSet());
    String previousOrganization = row.getString("previous_organization");
    if (before.equals(after) && participant.organization().id().equals(previousOrganization)) {
      return Future.succeededFuture();
    }
    return AuditLog.append(conn, participant.id(), "participant.roles-changed", "participant",
        participant.id().toString(), null, new JsonObject()
            .put("rolesBefore", new JsonArray(before.stream().sorted().toList()))
            .put("rolesAfter", roleArray(participant.roles()))
            .put("organizationBefore", previousOrganization)
            .put("organizationAfter", participant.organization().id()));
  }

  private static JsonArray roleArray(Set<Role> roles) {
    return new JsonArray(roles.stream().map(Role::wire).sorted().toList());
  }

  /** Caches what was read unless a {@link #forget} came since it began (checked after the put, so none slips by). */
  private void remember(TokenClaims claims, SignedIn participant, long readAfter) {
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    Cached entry = new Cached(participant, System.currentTimeMillis() + TTL_MS);
    cache.put(claims, entry);
    if (forgets.get() != readAfter) {
      cache.remove(claims, entry);
    }
  }
}

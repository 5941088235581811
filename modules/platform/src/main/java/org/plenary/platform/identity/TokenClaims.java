package org.plenary.platform.identity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.platform.failure.Failure;

/**
 * Reads the claims Plenary needs from a verified access token, in Keycloak's shape: {@code sub},
 * {@code preferred_username}, {@code name}, {@code realm_access.roles} and {@code organization}.
 */
record TokenClaims(String issuer, String subject, String username, String displayName, String email,
                   String organizationId, Set<Role> roles) {

  static TokenClaims read(JsonObject claims) {
    String subject = claims.getString("sub");
    if (subject == null || subject.isBlank()) {
      throw Failure.unauthenticated("The token has no subject ('sub').");
    }
    String username = claims.getString("preferred_username", subject);
    return new TokenClaims(
        claims.getString("iss"),
        subject,
        username,
        claims.getString("name", username),
        claims.getString("email"),
        organization(claims.getValue("organization")),
        roles(claims.getJsonObject("realm_access", new JsonObject()).getJsonArray("roles", new JsonArray())));
  }

  /** A plain id, a one-element list, or Keycloak Organizations' object keyed by alias. */
  private static String organization(Object claim) {
    List<String> ids;
    if (claim instanceof String id) {
      ids = List.of(id);
    } else if (claim instanceof JsonArray list) {
      ids = list.stream().map(String::valueOf).toList();
    } else if (claim instanceof JsonObject byAlias) {
      ids = List.copyOf(byAlias.fieldNames());
    } else {
      ids = List.of();
    }
    if (ids.isEmpty()) {
      throw Failure.forbidden("no-organization", "No organization",
          "The token carries no 'organization' claim; ask the Secretariat to attach your account to an organization.");
    }
    if (ids.size() > 1) {
      throw Failure.forbidden("several-organizations", "Several organizations",
          "The token names several organizations " + ids + "; a participant acts for exactly one.");
    }
    return ids.get(0);
  }

  private static Set<Role> roles(JsonArray claimed) {
    Set<Role> roles = claimed.stream()
        .map(String::valueOf)
        .flatMap(name -> Role.fromWire(name).stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    if (roles.isEmpty()) {
      throw Failure.forbidden("no-role", "No Plenary role",
          "The token carries none of the roles delegate, member, moderator, chair or secretariat"
              + " in realm_access.roles.");
    }
    return roles;
  }
}

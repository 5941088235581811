package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.devidp.DevIdentityProvider;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.ParticipantDirectory;

/**
 * The people of the demo: the dev issuer's personas, who can sign in, and a background cast of further
 * delegations, who cannot. All become participants through the same mapping as a real sign-in.
 */
final class DemoCast {

  private final DevIdentityProvider issuer;
  private final ParticipantDirectory directory;
  private final Map<String, JsonObject> background = new HashMap<>();
  private final Map<String, Participant> resolved = new HashMap<>();

  DemoCast(DevIdentityProvider issuer, ParticipantDirectory directory, List<Map<String, Object>> cast) {
    this.issuer = issuer;
    this.directory = directory;
    for (Map<String, Object> member : cast) {
      JsonObject entry = new JsonObject(member);
      background.put(entry.getString("username"), new JsonObject()
          .put("iss", issuer.issuer())
          .put("sub", "demo-cast:" + entry.getString("username"))
          .put("preferred_username", entry.getString("username"))
          .put("name", entry.getString("name"))
          .put("organization", entry.getString("organization"))
          .put("realm_access", new JsonObject().put("roles", new JsonArray(entry.getJsonArray("roles").getList()))));
    }
  }

  /** A participant {@link #participant} resolved before. */
  Participant resolved(String username) {
    Participant known = resolved.get(username);
    if (known == null) {
      throw new IllegalStateException("the demo has not resolved '" + username + "' yet");
    }
    return known;
  }

  Future<Participant> participant(String username) {
    Participant known = resolved.get(username);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    JsonObject claims = issuer.claimsFor(username).orElseGet(() -> background.get(username));
    if (claims == null) {
      return Future.failedFuture("the demo script names an unknown persona '" + username + "'");
    }
    return directory.resolve(claims).onSuccess(p -> resolved.put(username, p));
  }
}

package org.plenary.platform.identity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;

/** A person, identified by the issuer's subject, acting for one organization in some roles. */
public record Participant(
    UUID id,
    String subject,
    String username,
    String displayName,
    Organization organization,
    Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isDelegateOf(OrganizationKind kind) {
    return has(Role.DELEGATE) && organization.kind() == kind;
  }

  /** Moderators, the Chair and the Secretariat run the dialogue and see behind Chatham House. */
  public boolean runsTheDialogue() {
    return has(Role.MODERATOR) || has(Role.SECRETARIAT) || has(Role.CHAIR);
  }

  public boolean isModeratorOrSecretariat() {
    return has(Role.MODERATOR) || has(Role.SECRETARIAT);
  }

  public JsonObject toJson() {
    JsonArray roleNames = new JsonArray();
    roles.stream().sorted().forEach(role -> roleNames.add(role.wire()));
    return new JsonObject()
        .put("id", id.toString())
        .put("username", username)
        .put("name", displayName)
        .put("organization", organization.toJson())
        .put("roles", roleNames);
  }
}

package org.plenary.platform.identity;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.organizations.Organization;

/**
 * Known participants as last seen in their tokens, for work done without a request: delivering a
 * notification, authenticating an event stream by ticket. Roles and organization are those of the
 * participant's latest request; accreditation is current.
 */
public final class Participants {

  private static final String SELECT = "SELECT p.id AS participant_id, p.subject, p.username, p.display_name,"
      + " p.roles, o.id, o.kind, o.name, o.regional_group, o.observer, o.accreditation"
      + " FROM participant p JOIN organization o ON o.id = p.organization_id";
  private static final String BY_IDS = SELECT + " WHERE p.id = ANY ($1)";
  private static final String OF_ORGANIZATIONS = SELECT + " WHERE p.organization_id = ANY ($1)";
  private static final String WITH_ROLE = SELECT + " WHERE $1 = ANY (p.roles)";

  private final Pool pool;

  public Participants(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Participant>> find(UUID id) {
    return byIds(Set.of(id)).map(found -> Optional.ofNullable(found.get(id)));
  }

  public Future<Map<UUID, Participant>> byIds(Collection<UUID> ids) {
    return pool.preparedQuery(BY_IDS).execute(Tuple.of(ids.toArray(UUID[]::new))).map(Participants::byId);
  }

  /** Everyone who has signed in for one of these organizations. */
  public Future<Map<UUID, Participant>> ofOrganizations(Collection<String> organizationIds) {
    return pool.preparedQuery(OF_ORGANIZATIONS).execute(Tuple.of(organizationIds.toArray(String[]::new)))
        .map(Participants::byId);
  }

  /** Everyone who last signed in with this role (the Secretariat's staff, say: a handful). */
  public Future<Map<UUID, Participant>> withRole(Role role) {
    return pool.preparedQuery(WITH_ROLE).execute(Tuple.of(role.wire())).map(Participants::byId);
  }

  private static Map<UUID, Participant> byId(RowSet<Row> rows) {
    Map<UUID, Participant> participants = new LinkedHashMap<>();
    rows.forEach(row -> {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String role : row.getArrayOfStrings("roles")) {
        Role.fromWire(role).ifPresent(roles::add);
      }
      Participant participant = new Participant(row.getUUID("participant_id"), row.getString("subject"),
          row.getString("username"), row.getString("display_name"), Organization.fromRow(row), roles);
      participants.put(participant.id(), participant);
    });
    return participants;
  }
}

package org.plenary.platform.organizations;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Optional;

/**
 * A State, an intergovernmental organization, a stakeholder organization or a UN body. States carry
 * their ISO 3166-1 alpha-3 code as id and their regional group.
 */
public record Organization(
    String id,
    OrganizationKind kind,
    String name,
    Optional<RegionalGroup> regionalGroup,
    boolean observer,
    Optional<String> accreditation) {

  public static Organization fromRow(Row row) {
    return new Organization(
        row.getString("id"),
        OrganizationKind.fromWire(row.getString("kind")),
        row.getString("name"),
        Optional.ofNullable(row.getString("regional_group")).map(RegionalGroup::fromWire),
        row.getBoolean("observer"),
        Optional.ofNullable(row.getString("accreditation")));
  }

  /** Stakeholders take part only once accredited; governments and UN bodies always may. */
  public boolean mayTakePart() {
    return !kind.isStakeholder() || accreditation.filter("accredited"::equals).isPresent();
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", id)
        .put("kind", kind.wire())
        .put("name", name);
    regionalGroup.ifPresent(group -> json.put("regionalGroup", group.wire()));
    if (kind == OrganizationKind.STATE) {
      json.put("observer", observer);
      IsoCodes.alpha2(id).ifPresent(code -> json.put("iso2", code));
    }
    accreditation.ifPresent(status -> json.put("accreditation", status));
    return json;
  }
}

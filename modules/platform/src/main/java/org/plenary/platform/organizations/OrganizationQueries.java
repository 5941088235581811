package org.plenary.platform.organizations;

/** The SQL of the organization registry, named by intent. */
final class OrganizationQueries {

  private OrganizationQueries() {
  }

  static final String COLUMNS = "id, kind, name, regional_group, observer, accreditation";

  static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM organization WHERE id = $1";

  /** Keyset page by id; null filters match everything. */
  static final String LIST_PAGE = "SELECT " + COLUMNS + " FROM organization"
      + " WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR regional_group = $2)"
      + " AND ($3::text IS NULL OR id > $3)"
      + " ORDER BY id LIMIT $4";

  /** Keyset page by name (then id), for directories people read. */
  static final String LIST_PAGE_BY_NAME = "SELECT " + COLUMNS + " FROM organization"
      + " WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR regional_group = $2)"
      + " AND ($3::text IS NULL OR (name, id) > ($3, $5))"
      + " ORDER BY name, id LIMIT $4";

  static final String MEMBERS = "SELECT state_id FROM organization_membership WHERE organization_id = $1"
      + " ORDER BY state_id";

  /** Registry rows from the data file; the accreditation is set only when the row is new. */
  static final String UPSERT = "INSERT INTO organization (id, kind, name, regional_group, observer, accreditation)"
      + " VALUES ($1, $2, $3, $4, $5, $6)"
      + " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
      + " regional_group = excluded.regional_group, observer = excluded.observer";

  static final String UPSERT_MEMBERSHIP = "INSERT INTO organization_membership (organization_id, state_id)"
      + " VALUES ($1, $2) ON CONFLICT DO NOTHING";
}

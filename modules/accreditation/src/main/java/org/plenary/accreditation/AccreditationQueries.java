package org.plenary.accreditation;

/** The SQL of the non-objection procedure, named by intent. */
final class AccreditationQueries {

  private AccreditationQueries() {
  }

  /** An application with everything any viewer may see; {@link ApplicationView} strips what they may not. */
  private static final String VIEW = """
      SELECT a.id, a.organization_id, o.name AS organization_name, o.kind AS organization_kind,
        o.accreditation AS organization_accreditation, a.name, a.kind, a.country, c.name AS country_name,
        a.website, a.purpose, a.ecosoc_claimed, a.ecosoc_confirmed_at, a.status, a.applied_at, a.closes_at,
        a.status = 'pending' AND a.closes_at > now() AS window_open, a.decided_at, a.decided_how,
        a.withdrawn_at, a.withdrawal_reason,
        (SELECT json_agg(json_build_object('stateId', x.state_id, 'stateName', s.name, 'reason', x.reason,
                 'objectedAt', x.objected_at) ORDER BY x.objected_at)
         FROM accreditation_objection x JOIN organization s ON s.id = x.state_id
         WHERE x.application_id = a.id AND x.withdrawn_at IS NULL) AS objections
      FROM accreditation_application a
      JOIN organization o ON o.id = a.organization_id
      JOIN organization c ON c.id = a.country""";

  static final String FIND_VIEW = VIEW + " WHERE a.id = $1";

  /**
   * Newest first, keyset on (applied_at, id); null filters match everything. ECOSOC status $7 is
   * {@code claimed} (by the applicant, not confirmed yet) or {@code confirmed} (by the Secretariat).
   */
  static final String LIST_PAGE = VIEW
      + " WHERE ($1::text IS NULL OR a.status = $1) AND ($2::text IS NULL OR a.kind = $2)"
      + " AND ($3::text IS NULL OR a.organization_id = $3)"
      + " AND ($4::timestamptz IS NULL OR (a.applied_at, a.id) < ($4, $5))"
      + " AND ($7::text IS NULL OR ($7 = 'claimed' AND a.ecosoc_claimed AND a.ecosoc_confirmed_at IS NULL)"
      + "   OR ($7 = 'confirmed' AND a.ecosoc_confirmed_at IS NOT NULL))"
      + " ORDER BY a.applied_at DESC, a.id DESC LIMIT $6";

  static final String LOCK_ORGANIZATION = "SELECT id, kind, name, accreditation FROM organization WHERE id = $1"
      + " FOR UPDATE";

  static final String INSERT_ORGANIZATION = "INSERT INTO organization (id, kind, name, accreditation)"
      + " VALUES ($1, $2, $3, 'pending')";

  static final String HAS_OPEN_APPLICATION = "SELECT EXISTS (SELECT 1 FROM accreditation_application"
      + " WHERE organization_id = $1 AND status = 'pending') AS open";

  /**
   * A pending application gets its window from now; one whose ECOSOC status the Secretariat registers ($12)
   * is decided at once.
   */
  static final String INSERT_APPLICATION = """
      INSERT INTO accreditation_application (organization_id, name, kind, country, website, purpose, ecosoc_claimed,
        status, applied_by, closes_at, decided_at, decided_how, ecosoc_confirmed_at, ecosoc_confirmed_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
        CASE WHEN $8 = 'pending' THEN now() + make_interval(days => $10::int) END,
        CASE WHEN $8 <> 'pending' THEN now() END, $11,
        CASE WHEN $12 THEN now() END, CASE WHEN $12 THEN $9::uuid END)
      RETURNING id""";

  static final String SET_ACCREDITATION = "UPDATE organization SET accreditation = $2 WHERE id = $1";

  static final String LOCK_APPLICATION = "SELECT organization_id, status, closes_at > now() AS window_open, closes_at"
      + " FROM accreditation_application WHERE id = $1 FOR UPDATE";

  static final String SET_WINDOW = "UPDATE accreditation_application SET closes_at = $2 WHERE id = $1";

  static final String INSERT_OBJECTION = "INSERT INTO accreditation_objection (application_id, state_id, reason,"
      + " objected_by) VALUES ($1, $2, $3, $4)"
      + " ON CONFLICT (application_id, state_id) WHERE withdrawn_at IS NULL DO NOTHING RETURNING id";

  static final String WITHDRAW_OBJECTION = "UPDATE accreditation_objection SET withdrawn_at = clock_timestamp()"
      + " WHERE application_id = $1 AND state_id = $2 AND withdrawn_at IS NULL RETURNING id";

  /** Only a still-pending application is locked: an instance that finds none knows another decided it. */
  static final String LOCK_PENDING = "SELECT organization_id FROM accreditation_application"
      + " WHERE id = $1 AND status = 'pending' FOR UPDATE";

  /**
   * As {@link #LOCK_PENDING}, and only once its window has ended. The condition is checked again on the row
   * as it stands once locked, so a window the Secretariat moved while the timer waited for the lock is left open.
   */
  static final String LOCK_DUE = "SELECT organization_id FROM accreditation_application"
      + " WHERE id = $1 AND status = 'pending' AND closes_at <= now() FOR UPDATE";

  static final String CONFIRM_ECOSOC = "UPDATE accreditation_application SET ecosoc_confirmed_at = now(),"
      + " ecosoc_confirmed_by = $2 WHERE id = $1";

  static final String COUNT_STANDING_OBJECTIONS = "SELECT count(*) AS standing FROM accreditation_objection"
      + " WHERE application_id = $1 AND withdrawn_at IS NULL";

  static final String RECORD_DECISION = "UPDATE accreditation_application SET status = $2, decided_at = now(),"
      + " decided_by = $3, decided_how = $4 WHERE id = $1 AND status = 'pending'";

  static final String DUE = "SELECT id FROM accreditation_application WHERE status = 'pending' AND closes_at <= now()"
      + " ORDER BY closes_at LIMIT $1";

  /** Milliseconds until the next window closes, by the database's clock. */
  static final String NEXT_DUE_IN_MS = "SELECT (extract(epoch FROM min(closes_at) - clock_timestamp()) * 1000)::bigint"
      + " AS due_in_ms FROM accreditation_application WHERE status = 'pending'";

  static final String WITHDRAW_LATEST_ACCREDITATION = """
      UPDATE accreditation_application SET status = 'withdrawn', withdrawn_at = now(), withdrawn_by = $2,
        withdrawal_reason = $3
      WHERE id = (SELECT id FROM accreditation_application WHERE organization_id = $1 AND status = 'accredited'
                  ORDER BY decided_at DESC LIMIT 1)
      RETURNING id""";

  /** The public list, by name, keyset on (name, id), with the accreditation that made each one accredited. */
  static final String ACCREDITED_PAGE = """
      SELECT o.id, o.kind, o.name, a.id AS application_id, a.website, a.country, c.name AS country_name,
        a.ecosoc_status, a.decided_at
      FROM organization o
      LEFT JOIN LATERAL (SELECT x.id, x.website, x.country, x.ecosoc_confirmed_at IS NOT NULL AS ecosoc_status, x.decided_at
                         FROM accreditation_application x
                         WHERE x.organization_id = o.id AND x.status = 'accredited'
                         ORDER BY x.decided_at DESC LIMIT 1) a ON true
      LEFT JOIN organization c ON c.id = a.country
      WHERE o.accreditation = 'accredited' AND o.kind IN ('private-sector', 'academia', 'civil-society')
        AND ($1::text IS NULL OR o.kind = $1) AND ($2::text IS NULL OR a.country = $2)
        AND ($3::text IS NULL OR (o.name, o.id) > ($3, $4))
      ORDER BY o.name, o.id LIMIT $5""";
}

package org.plenary.capacity.store;

/** All SQL of capacity-building, named by intent. Filters passed as null match everything. */
final class CapacityQueries {

  private CapacityQueries() {
  }

  static final String AREAS = "SELECT id, label, description FROM capacity_area ORDER BY position";

  static final String UNKNOWN_AREAS = "SELECT a FROM unnest($1::text[]) AS a WHERE a NOT IN (SELECT id FROM capacity_area)";

  /** The States among {@code $1}, with their regional groups. */
  static final String STATES = "SELECT id, regional_group FROM organization WHERE kind = 'state' AND id = ANY($1)";

  // Needs

  private static final String NEED_COLUMNS = "n.id, n.state_id, s.name AS state_name, s.kind AS state_kind,"
      + " s.regional_group AS state_group, n.author_id, a.display_name AS author_name, n.title, n.description,"
      + " n.areas, n.regions, n.match_states, n.match_groups, n.languages, n.modalities, n.starts_on, n.ends_on,"
      + " n.visibility, n.status, n.matched_at, n.created_at, n.updated_at"
      + " FROM capacity_need n JOIN organization s ON s.id = n.state_id JOIN participant a ON a.id = n.author_id";

  static final String FIND_NEED = "SELECT " + NEED_COLUMNS + " WHERE n.id = $1";

  static final String LOCK_NEED = FIND_NEED + " FOR UPDATE OF n";

  static final String FIND_NEEDS = "SELECT " + NEED_COLUMNS + " WHERE n.id = ANY($1)";

  /** $1: whether the reader sees restricted needs; newest first, keyset on (created_at, id). */
  static final String LIST_NEEDS = "SELECT " + NEED_COLUMNS
      + " WHERE ($1::boolean OR n.visibility = 'public') AND ($2::text IS NULL OR n.status = $2)"
      + " AND ($3::text IS NULL OR n.areas @> ARRAY[$3]) AND ($4::text IS NULL OR n.languages @> ARRAY[$4])"
      + " AND ($5::text IS NULL OR n.match_groups @> ARRAY[$5] OR n.match_states @> ARRAY[$5])"
      + " AND ($6::text IS NULL OR n.state_id = $6)"
      + " AND ($7::timestamptz IS NULL OR (n.created_at, n.id) < ($7, $8))"
      + " ORDER BY n.created_at DESC, n.id DESC LIMIT $9";

  static final String INSERT_NEED = "INSERT INTO capacity_need (state_id, author_id, title, description, areas, regions,"
      + " match_states, match_groups, languages, modalities, starts_on, ends_on, visibility, created_at, updated_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id";

  static final String UPDATE_NEED = "UPDATE capacity_need SET title = $2, description = $3, areas = $4, regions = $5,"
      + " match_states = $6, match_groups = $7, languages = $8, modalities = $9, starts_on = $10, ends_on = $11,"
      + " visibility = $12, status = $13, updated_at = $14 WHERE id = $1";

  static final String MARK_NEED_MATCHED = "UPDATE capacity_need SET matched_at = coalesce(matched_at, $2) WHERE id = $1";

  /**
   * Matching an offer: open needs that share a language and an area with it (GIN), that have not ended
   * before $3, from another State than the provider; $4: whether the reader sees restricted needs.
   */
  static final String MATCHABLE_NEEDS = "SELECT n.id, n.state_id, n.areas, n.languages, n.match_states,"
      + " n.match_groups, n.modalities, n.starts_on, n.ends_on FROM capacity_need n"
      + " WHERE n.status = 'open' AND n.languages && $1 AND n.areas && $2 AND n.ends_on >= $3"
      + " AND ($4::boolean OR n.visibility = 'public') AND n.state_id <> $5";

  // Offers

  private static final String OFFER_COLUMNS = "o.id, o.organization_id, p.name AS provider_name,"
      + " p.kind AS provider_kind, p.regional_group AS provider_group, o.author_id, a.display_name AS author_name,"
      + " o.title, o.description, o.areas, o.regions, o.languages, o.modalities, o.starts_on, o.ends_on, o.capacity,"
      + " o.committed, o.status, o.created_at, o.updated_at"
      + " FROM capacity_offer o JOIN organization p ON p.id = o.organization_id JOIN participant a ON a.id = o.author_id";

  static final String FIND_OFFER = "SELECT " + OFFER_COLUMNS + " WHERE o.id = $1";

  static final String LOCK_OFFER = FIND_OFFER + " FOR UPDATE OF o";

  static final String FIND_OFFERS = "SELECT " + OFFER_COLUMNS + " WHERE o.id = ANY($1)";

  /** $5: the served regions asked for (a State and its group, or a group); offers for every region match too. */
  static final String LIST_OFFERS = "SELECT " + OFFER_COLUMNS
      + " WHERE ($1::text IS NULL OR o.status = $1) AND ($2::text IS NULL OR o.areas @> ARRAY[$2])"
      + " AND ($3::text IS NULL OR o.languages @> ARRAY[$3])"
      + " AND ($4::boolean IS NOT TRUE OR cardinality(o.regions) = 0 OR o.regions && $5)"
      + " AND ($6::text IS NULL OR o.organization_id = $6)"
      + " AND ($7::timestamptz IS NULL OR (o.created_at, o.id) < ($7, $8))"
      + " ORDER BY o.created_at DESC, o.id DESC LIMIT $9";

  /** Every offer that can still be matched: the full recompute reads them once. */
  static final String ALL_MATCHABLE_OFFERS = "SELECT o.id, o.organization_id, o.areas, o.languages, o.regions,"
      + " o.modalities, o.starts_on, o.ends_on, o.capacity, o.committed FROM capacity_offer o"
      + " WHERE o.status = 'open' AND o.committed < o.capacity AND o.ends_on >= $1";

  static final String ALL_MATCHABLE_NEEDS = "SELECT n.id, n.state_id, n.areas, n.languages, n.match_states,"
      + " n.match_groups, n.modalities, n.starts_on, n.ends_on FROM capacity_need n"
      + " WHERE n.status = 'open' AND n.ends_on >= $1";

  static final String IS_PROVIDER = "SELECT EXISTS (SELECT 1 FROM capacity_offer WHERE organization_id = $1) AS provider";

  /** Every write to an offer takes the next version: see capacity_offer_version. */
  private static final String NEXT_VERSION = "WITH next AS (UPDATE capacity_offer_version SET version = version + 1"
      + " RETURNING version) ";

  static final String INSERT_OFFER = NEXT_VERSION + "INSERT INTO capacity_offer (organization_id, author_id, title,"
      + " description, areas, regions, languages, modalities, starts_on, ends_on, capacity, created_at, updated_at,"
      + " version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, (SELECT version FROM next))"
      + " RETURNING id";

  static final String UPDATE_OFFER = NEXT_VERSION + "UPDATE capacity_offer SET title = $2, description = $3,"
      + " areas = $4, regions = $5, languages = $6, modalities = $7, starts_on = $8, ends_on = $9, capacity = $10,"
      + " status = $11, updated_at = $12, version = (SELECT version FROM next) WHERE id = $1";

  static final String COMMIT_CAPACITY = NEXT_VERSION + "UPDATE capacity_offer SET committed = committed + 1,"
      + " version = (SELECT version FROM next) WHERE id = $1";

  /** The offers written since version $1, in version order, to bring a copy of the matchable offers up to date. */
  static final String OFFERS_CHANGED_SINCE = "SELECT o.id, o.organization_id, o.areas, o.languages, o.regions,"
      + " o.modalities, o.starts_on, o.ends_on, o.capacity, o.committed, o.status, o.version FROM capacity_offer o"
      + " WHERE o.version > $1 ORDER BY o.version";

  // Engagements

  private static final String ENGAGEMENT_COLUMNS = "e.id, e.need_id, n.title AS need_title,"
      + " n.visibility AS need_visibility, e.offer_id,"
      + " o.title AS offer_title, e.state_id, s.name AS state_name, s.kind AS state_kind,"
      + " s.regional_group AS state_group, e.provider_id, p.name AS provider_name, p.kind AS provider_kind,"
      + " p.regional_group AS provider_group, e.initiated_by, e.status, e.score, e.message, e.proposed_at,"
      + " e.start_confirmed_by_state_at, e.start_confirmed_by_provider_at, e.completion_confirmed_by_state_at,"
      + " e.completion_confirmed_by_provider_at, e.state_outcome, e.provider_outcome,"
      + " e.agreed_at, e.started_at, e.completed_at, e.declined_at, e.withdrawn_at, e.updated_at"
      + " FROM capacity_engagement e JOIN capacity_need n ON n.id = e.need_id"
      + " JOIN capacity_offer o ON o.id = e.offer_id JOIN organization s ON s.id = e.state_id"
      + " JOIN organization p ON p.id = e.provider_id";

  static final String FIND_ENGAGEMENT = "SELECT " + ENGAGEMENT_COLUMNS + " WHERE e.id = $1";

  static final String LOCK_ENGAGEMENT = FIND_ENGAGEMENT + " FOR UPDATE OF e";

  static final String FIND_ENGAGEMENT_OF_PAIR = "SELECT " + ENGAGEMENT_COLUMNS + " WHERE e.need_id = $1 AND e.offer_id = $2";

  /** $1: whether the reader sees every engagement, else those of organization $2; keyset on (updated_at, id). */
  static final String LIST_ENGAGEMENTS = "SELECT " + ENGAGEMENT_COLUMNS
      + " WHERE ($1::boolean OR e.state_id = $2 OR e.provider_id = $2)"
      + " AND ($3::uuid IS NULL OR e.need_id = $3) AND ($4::uuid IS NULL OR e.offer_id = $4)"
      + " AND ($5::text IS NULL OR e.status = $5)"
      + " AND ($6::timestamptz IS NULL OR (e.updated_at, e.id) < ($6, $7))"
      + " ORDER BY e.updated_at DESC, e.id DESC LIMIT $8";

  static final String INSERT_ENGAGEMENT = "INSERT INTO capacity_engagement (need_id, offer_id, state_id, provider_id,"
      + " initiated_by, status, score, message, proposed_at, updated_at)"
      + " VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7, $8, $8)"
      + " ON CONFLICT (need_id, offer_id) DO NOTHING RETURNING id";

  /**
   * One side's step ($4, by side $5, at $3, with note $6) leaving the engagement in status $2: each status
   * is stamped the first time it is reached; a confirmation is recorded for its side, completion's with
   * that side's outcome note.
   */
  static final String MOVE_ENGAGEMENT = "UPDATE capacity_engagement SET status = $2, updated_at = $3,"
      + " agreed_at = CASE WHEN $2 = 'agreed' THEN coalesce(agreed_at, $3) ELSE agreed_at END,"
      + " started_at = CASE WHEN $2 = 'in-progress' THEN coalesce(started_at, $3) ELSE started_at END,"
      + " completed_at = CASE WHEN $2 = 'completed' THEN $3 ELSE completed_at END,"
      + " declined_at = CASE WHEN $2 = 'declined' THEN $3 ELSE declined_at END,"
      + " withdrawn_at = CASE WHEN $2 = 'withdrawn' THEN $3 ELSE withdrawn_at END,"
      + " start_confirmed_by_state_at = CASE WHEN $4 = 'start-confirmed' AND $5 = 'state' THEN $3"
      + "   ELSE start_confirmed_by_state_at END,"
      + " start_confirmed_by_provider_at = CASE WHEN $4 = 'start-confirmed' AND $5 = 'provider' THEN $3"
      + "   ELSE start_confirmed_by_provider_at END,"
      + " completion_confirmed_by_state_at = CASE WHEN $4 = 'completion-confirmed' AND $5 = 'state' THEN $3"
      + "   ELSE completion_confirmed_by_state_at END,"
      + " completion_confirmed_by_provider_at = CASE WHEN $4 = 'completion-confirmed' AND $5 = 'provider' THEN $3"
      + "   ELSE completion_confirmed_by_provider_at END,"
      + " state_outcome = CASE WHEN $4 = 'completion-confirmed' AND $5 = 'state' THEN $6 ELSE state_outcome END,"
      + " provider_outcome = CASE WHEN $4 = 'completion-confirmed' AND $5 = 'provider' THEN $6"
      + "   ELSE provider_outcome END"
      + " WHERE id = $1";

  static final String INSERT_STEP = "INSERT INTO capacity_engagement_step (engagement_id, step, status, actor_id,"
      + " organization_id, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  static final String STEPS = "SELECT st.step, st.status, st.at, a.display_name AS actor_name, st.organization_id,"
      + " g.name AS organization_name, g.kind AS organization_kind, g.regional_group AS organization_group, st.note"
      + " FROM capacity_engagement_step st JOIN participant a ON a.id = st.actor_id"
      + " JOIN organization g ON g.id = st.organization_id WHERE st.engagement_id = $1 ORDER BY st.id";

  // The board

  /**
   * The board's statistics over the needs the reader sees ($1) and the filters (area $2, language $3,
   * region $4; for offers the served regions $6/$7), in one round trip: needs by area and by regional
   * group, share matched, median days from posting to the first agreement, and open needs no open
   * offer could serve (none shares a language and an area).
   */
  static final String STATISTICS = "WITH needs AS MATERIALIZED (SELECT n.id, n.state_id, n.areas, n.languages,"
      + " n.match_groups, n.status, n.matched_at, n.created_at FROM capacity_need n"
      + " WHERE ($1::boolean OR n.visibility = 'public')"
      + " AND ($2::text IS NULL OR n.areas @> ARRAY[$2]) AND ($3::text IS NULL OR n.languages @> ARRAY[$3])"
      + " AND ($4::text IS NULL OR n.match_groups @> ARRAY[$4] OR n.match_states @> ARRAY[$4]))"
      + " SELECT (SELECT count(*) FROM needs) AS needs,"
      + " (SELECT count(*) FROM needs WHERE status = 'open') AS open_needs,"
      + " (SELECT count(*) FROM needs WHERE matched_at IS NOT NULL) AS matched_needs,"
      + " (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM matched_at - created_at) / 86400)"
      + "   FROM needs WHERE matched_at IS NOT NULL) AS median_days_to_agreement,"
      + " (SELECT count(*) FROM needs n WHERE n.status = 'open' AND NOT EXISTS (SELECT 1 FROM capacity_offer o"
      + "   WHERE o.status = 'open' AND o.committed < o.capacity AND o.ends_on >= $5"
      + "   AND o.languages && n.languages AND o.areas && n.areas AND o.organization_id <> n.state_id))"
      + "   AS open_needs_without_offer,"
      + " (SELECT count(*) FROM capacity_offer o WHERE o.status = 'open' AND o.ends_on >= $5"
      + "   AND ($2::text IS NULL OR o.areas @> ARRAY[$2]) AND ($3::text IS NULL OR o.languages @> ARRAY[$3])"
      + "   AND ($6::boolean IS NOT TRUE OR cardinality(o.regions) = 0 OR o.regions && $7)) AS open_offers,"
      + " (SELECT coalesce(jsonb_object_agg(area, c), '{}') FROM (SELECT area, count(*) AS c"
      + "   FROM needs, unnest(needs.areas) AS area GROUP BY area) x) AS by_area,"
      + " (SELECT coalesce(jsonb_object_agg(grp, c), '{}') FROM (SELECT grp, count(*) AS c"
      + "   FROM needs, unnest(needs.match_groups) AS grp GROUP BY grp) x) AS by_region,"
      + " (SELECT coalesce(jsonb_object_agg(status, c), '{}') FROM (SELECT e.status, count(*) AS c"
      + "   FROM capacity_engagement e JOIN needs ON needs.id = e.need_id GROUP BY e.status) x) AS engagements";
}

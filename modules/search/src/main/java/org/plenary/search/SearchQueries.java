package org.plenary.search;

/** The SQL of search, named by intent. The text-search functions are defined in the V31 migration (among the forum's, which it filled). */
final class SearchQueries {

  /**
   * The query read in every UN language, computed once per search and passed to the page query as a
   * constant, so that the planner can estimate how many documents match (see {@link SearchStore}).
   */
  static final String QUERY = "SELECT search_query($1)::text AS query";

  /**
   * As {@link #QUERY}, for the query and its translations into other languages ({@code terms} in all): a document
   * matches when it matches any of them, each read in every language.
   */
  static String query(int terms) {
    StringBuilder or = new StringBuilder("search_query($1)");
    for (int i = 2; i <= terms; i++) {
      or.append(" || search_query($").append(i).append(')');
    }
    return "SELECT (" + or + ")::text AS query";
  }

  private SearchQueries() {
  }

  /**
   * Whether document d is one the reader may see and asked for. $2 visible audiences, $3 sees hidden documents,
   * $4 topic, $5 kind, $6 constituency, $7 language, $8 from, $9 to, $10 organization, $11 regional group,
   * $12 sees every identity, $13 the reader's id. Organization and regional group filter only documents
   * whose author the reader may see, or the filter itself would say who spoke under the Chatham House Rule.
   */
  private static final String WANTED = """
      d.audience = ANY ($2) AND (NOT d.hidden OR $3)
        AND ($4::text IS NULL OR d.topic_id = $4) AND ($5::text IS NULL OR d.kind = $5)
        AND ($6::text IS NULL OR d.constituency = $6)
        AND ($7::text IS NULL OR split_part(d.language, '-', 1) = $7)
        AND ($8::timestamptz IS NULL OR d.created_at >= $8) AND ($9::timestamptz IS NULL OR d.created_at < $9)
        AND (($10::text IS NULL AND $11::text IS NULL)
          OR ((NOT d.chatham_house OR $12 OR d.author_id = $13)
            AND ($10::text IS NULL OR d.organization_id = $10) AND ($11::text IS NULL OR d.regional_group = $11)))
        AND d.document @@ $1::text::tsquery""";

  /** The wanted documents that match $1, the tsquery from {@link #QUERY}. */
  private static final String MATCHES = "FROM search_document d WHERE " + WANTED;

  /** The newest documents, read in the order of the recent index, at most %d. */
  private static final String NEWEST = "(SELECT * FROM search_document ORDER BY created_at DESC, id DESC LIMIT %d) d";

  /**
   * Best match first among the newest {@link SearchTuning#ranked} matches; keyset on (rank, id) after $14, $15;
   * page size $16. Ranking every match of a very common word (hundreds of thousands over a million posts) took
   * seconds, so only the newest matches are ranked. Which way finds them fastest depends on
   * how common the words are, and PostgreSQL cannot tell: it multiplies the frequencies of the words of a
   * query as if they were independent, and words that go together ("critical infrastructure") are far more
   * common together than that, so it chose the full-text index and fetched tens of thousands of rows. So the
   * query first counts the matches among the newest documents ({@link SearchTuning#probed}, a bounded read,
   * ~20 ms for 20,000), and stops counting at {@link SearchTuning#ranked}, as no branch needs to know more (a
   * common word's newest 500 matches are among the newest thousand or two documents, not 20,000 of them): with
   * enough of them there, those are the ones; with at least
   * {@link SearchTuning#walkFrom}, walking the newest documents finds the rest soon; with fewer, the words are
   * rare and the full-text index is best — and that branch says so with a fence (OFFSET 0: every match from the index,
   * then the newest), or PostgreSQL, estimating one word of six languages' spellings at 2% of the documents, would walk
   * the newest documents for it, and for a word no document has, walk all of them (1.5 s at a million). Each branch has a one-time filter on the count, so only one of them
   * runs. On a table smaller than {@link SearchTuning#probedFrom} there is no probe and the index is used:
   * PostgreSQL would read and sort the whole table to find the newest.
   */
  private static final String BY_RELEVANCE = """
      WITH probe AS (SELECT d.id, d.created_at FROM %3$s WHERE %4$s
          AND (%6$d = 0 OR (SELECT reltuples FROM pg_class WHERE oid = 'search_document'::regclass) >= %6$d)
          ORDER BY d.created_at DESC, d.id DESC LIMIT %1$d),
        probed AS (SELECT count(*) AS matches FROM probe)
      SELECT id, rank, NULL::timestamptz AS sort_time FROM (
        SELECT c.id, ts_rank(c.document, $1::text::tsquery) AS rank FROM (
          SELECT s.id, s.document FROM (SELECT id FROM probe ORDER BY created_at DESC, id DESC LIMIT %1$d) p
            JOIN search_document s ON s.id = p.id
          WHERE (SELECT matches FROM probed) >= %1$d
          UNION ALL
          (SELECT d.id, d.document FROM %5$s WHERE %4$s
            AND (SELECT matches FROM probed) BETWEEN %2$d AND %1$d - 1
            ORDER BY d.created_at DESC, d.id DESC LIMIT %1$d)
          UNION ALL
          (SELECT s.id, s.document FROM (SELECT d.id, d.created_at""" + "\n" + MATCHES + """
              AND (SELECT matches FROM probed) < %2$d OFFSET 0) m
            JOIN search_document s ON s.id = m.id
            ORDER BY m.created_at DESC, m.id DESC LIMIT %1$d)) c
      ) ranked
      WHERE $14::real IS NULL OR (rank, id) < ($14, $15)
      ORDER BY rank DESC, id DESC LIMIT $16""";

  /**
   * Newest first; keyset on (created_at, id) after $14, $15; page size $16. The same choice as by relevance, for the
   * same reason: the page is looked for among the %1$d documents after the keyset first (a walk of the recent index);
   * only when they hold fewer matches than the page are the matches found in the full-text index (fenced, as above),
   * so a rare word costs an index look-up, not a walk of every document.
   */
  private static final String BY_TIME = """
      WITH probe AS (SELECT d.id, d.created_at FROM (SELECT * FROM search_document
            WHERE $14::timestamptz IS NULL OR (created_at, id) < ($14, $15)
            ORDER BY created_at DESC, id DESC LIMIT %1$d) d
          WHERE %2$s ORDER BY d.created_at DESC, d.id DESC LIMIT $16),
        probed AS (SELECT count(*) AS matches FROM probe)
      SELECT id, NULL::real AS rank, created_at AS sort_time FROM probe WHERE (SELECT matches FROM probed) >= $16
      UNION ALL
      (SELECT m.id, NULL::real AS rank, m.created_at AS sort_time FROM (SELECT d.id, d.created_at""" + "\n" + MATCHES + """
            AND ($14::timestamptz IS NULL OR (d.created_at, d.id) < ($14, $15))
            AND (SELECT matches FROM probed) < $16 OFFSET 0) m
        ORDER BY m.created_at DESC, m.id DESC LIMIT $16)""";

  /** One page, with what results show: snippets ($17: ts_headline options), names, the scope's title. */
  private static final String PAGE = """
      WITH page AS (%s)
      SELECT d.id, d.kind, d.scope, d.topic_id, d.title, d.language, d.chatham_house, d.hidden, d.author_id,
        d.organization_id, d.constituency, d.regional_group, d.created_at, d.href, d.tags, page.rank, page.sort_time,
        scope.title AS scope_title, scope.href AS scope_href, a.display_name AS author_name,
        a.username AS author_username, o.name AS organization_name,
        CASE WHEN search_config(d.language) = 'simple'::regconfig THEN left(d.body, 4000) END AS plain_text,
        ts_headline(search_config(d.language), d.body, $1::text::tsquery, $17) AS headline
      FROM page JOIN search_document d ON d.id = page.id
      LEFT JOIN search_document scope ON scope.id = d.scope AND d.scope <> d.id
      LEFT JOIN participant a ON a.id = d.author_id
      LEFT JOIN organization o ON o.id = d.organization_id""";

  /** One page by relevance, found the ways {@code tuning} sets. */
  static String pageByRelevance(SearchTuning tuning) {
    String byRelevance = BY_RELEVANCE.formatted(tuning.ranked(), tuning.walkFrom(),
        NEWEST.formatted(tuning.probed()), WANTED, NEWEST.formatted(tuning.walked()), tuning.probedFrom());
    return PAGE.formatted(byRelevance) + " ORDER BY page.rank DESC, d.id DESC";
  }

  /** One page newest first, the first look among {@code tuning}'s probed documents. */
  static String pageByTime(SearchTuning tuning) {
    return PAGE.formatted(BY_TIME.formatted(tuning.probed(), WANTED)) + " ORDER BY page.sort_time DESC, d.id DESC";
  }
}

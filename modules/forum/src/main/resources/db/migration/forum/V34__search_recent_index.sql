-- Newest matches first: lets a query for a very common word walk the newest documents and stop early,
-- instead of ranking hundreds of thousands of matches (see SearchQueries.BY_RELEVANCE).
create index search_document_recent_idx on search_document (created_at desc, id desc);

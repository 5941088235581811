-- Search: one row per searchable thing of any context, fed in the transaction of the write (SearchIndex).

-- The stemming of each UN language PostgreSQL knows; Chinese and every other language get 'simple'.
create function search_config(language text) returns regconfig language sql stable parallel safe as $$
  select (case split_part(lower(language), '-', 1)
    when 'en' then 'english' when 'fr' then 'french' when 'es' then 'spanish'
    when 'ru' then 'russian' when 'ar' then 'arabic' else 'simple' end)::regconfig
$$;

-- Chinese (and Japanese, Korean) runs have no spaces between words: index every character and every
-- pair of neighbouring characters, as Lucene's CJK analyzer does. Independent of the database's locale.
create function search_cjk_grams(body text) returns text[] language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct gram), '{}')
  from regexp_matches(body, '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+', 'g') as run(m),
       generate_series(1, char_length(m[1])) as i,
       lateral (values (substr(m[1], i, 1)), (substr(m[1], i, 2))) as grams(gram)
$$;

-- A CJK phrase matches when all its character pairs are present (a lone character: that character).
create function search_cjk_query(query text) returns tsquery language sql immutable parallel safe as $$
  select coalesce(string_agg(run_query, ' & '), '')::tsquery
  from (select case when char_length(m[1]) = 1 then quote_literal(m[1])
                    else (select string_agg(quote_literal(substr(m[1], i, 2)), ' & ')
                          from generate_series(1, char_length(m[1]) - 1) as i) end as run_query
        from regexp_matches(query, '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+', 'g') as run(m)) runs
$$;

create function search_vector(language text, title text, body text) returns tsvector language sql stable parallel safe as $$
  select setweight(to_tsvector(search_config(language), coalesce(title, '')), 'A')
      || setweight(to_tsvector(search_config(language), body), 'B')
      || array_to_tsvector(search_cjk_grams(coalesce(title, '') || ' ' || body))
$$;

-- The searcher's language is unknown, so the query is read in every language at once: a document
-- matches when it matches the query as stemmed in any of them (its own among them). A query word that
-- is a stop word in one language draws a notice per query, which nobody needs in the logs.
create function search_query(query text) returns tsquery language sql stable parallel safe
  set client_min_messages = warning as $$
  select websearch_to_tsquery('english', query) || websearch_to_tsquery('french', query)
      || websearch_to_tsquery('spanish', query) || websearch_to_tsquery('russian', query)
      || websearch_to_tsquery('arabic', query) || websearch_to_tsquery('simple', query)
      || search_cjk_query(query)
$$;

create table search_document (
  id               text primary key,
  kind             text not null check (kind ~ '^[a-z][a-z-]*$'),
  scope            text not null,
  topic_id         text,
  title            text,
  body             text not null,
  language         text not null,
  audience         text not null check (audience in ('public', 'participants', 'states')),
  chatham_house    boolean not null,
  hidden           boolean not null default false,
  author_id        uuid,
  organization_id  text,
  constituency     text,
  regional_group   text,
  created_at       timestamptz not null,
  href             text not null,
  document         tsvector not null
);
create index search_document_text_idx on search_document using gin (document);
-- A thread's audience or Chatham House flag changes for all its posts at once.
create index search_document_scope_idx on search_document (scope);

-- Threads and posts written before search existed (the forum feeds the index from now on).
insert into search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
                             author_id, organization_id, constituency, regional_group, created_at, href, document)
select 'thread:' || t.id, 'thread', 'thread:' || t.id, t.topic_id, t.title, t.body_markdown, t.language, t.audience,
       t.chatham_house, false, t.author_id, t.organization_id, o.kind, o.regional_group, t.created_at,
       '/api/v1/threads/' || t.id, search_vector(t.language, t.title, t.body_markdown)
from thread t join organization o on o.id = t.organization_id;

insert into search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
                             author_id, organization_id, constituency, regional_group, created_at, href, document)
select 'post:' || p.id, case when p.kind = 'position' then 'position' else 'post' end, 'thread:' || t.id, t.topic_id,
       null, p.body_markdown, p.language, t.audience, t.chatham_house, p.hidden, p.author_id, p.organization_id,
       o.kind, o.regional_group, p.created_at, '/api/v1/posts/' || p.id, search_vector(p.language, null, p.body_markdown)
from post p join thread t on t.id = p.thread_id join organization o on o.id = p.organization_id;

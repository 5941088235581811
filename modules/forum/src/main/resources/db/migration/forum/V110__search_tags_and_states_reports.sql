-- The search index grows for the national implementation context's documents (V111 fills it with those written
-- before): the norms a document is about, which results show, and the audience of the reports a State publishes
-- for States and the Secretariat only, narrower than a thread's `states` (no intergovernmental organization,
-- no moderator or Chair).
alter table search_document add column tags text[] not null default '{}';

alter table search_document drop constraint search_document_audience_check;
alter table search_document add constraint search_document_audience_check
  check (audience in ('public', 'participants', 'states', 'states-and-secretariat'));

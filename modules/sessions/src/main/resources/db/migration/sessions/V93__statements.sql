-- Statements: the delivered text of an intervention, attached to its speakers-list entry.

create table statements (
  id                      uuid primary key default gen_random_uuid(),
  entry_id                uuid not null unique references speakers_entries (id),
  session_id              uuid not null references sessions (id),
  agenda_item_id          uuid not null references agenda_items (id),
  organization_id         text not null references organization (id),
  on_behalf_of            text references speaking_groups (id),
  language                text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  -- the text was distributed before it was delivered: the delivered words prevail
  check_against_delivery  boolean not null default false,
  body                    text not null check (length(body) between 1 and 100000),
  -- the statement's file (PDF, Word), once the files of the platform hold it
  file_id                 uuid,
  posted_by               uuid not null references participant (id),
  posted_at               timestamptz not null
);
create index statements_item_idx on statements (agenda_item_id, posted_at, id);
create index statements_organization_idx on statements (organization_id, posted_at desc, id desc);

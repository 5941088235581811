-- The sessions of the Global Mechanism and their agendas. An agenda item keeps its id across the versions of
-- the agenda (documents, speakers lists and statements refer to it); each version is kept as a snapshot.

create table sessions (
  id           uuid primary key default gen_random_uuid(),
  kind         text not null check (kind in ('organizational', 'substantive', 'thematic-group', 'intersessional',
                                             'informal-consultation')),
  title        text not null check (length(title) between 1 and 300),
  number       int not null check (number between 1 and 999),
  opens_on     date not null,
  closes_on    date not null,
  -- null: the session meets virtually
  venue        text check (length(venue) between 1 and 300),
  time_zone    text not null,
  status       text not null default 'planned' check (status in ('planned', 'in-progress', 'concluded')),
  audience     text not null check (audience in ('states', 'states-and-stakeholders')),
  -- written inputs (an informal consultation's) are due by then
  deadline     timestamptz,
  -- the iCalendar SEQUENCE of the session's event: bumped on each change that a calendar shows
  revision     int not null default 0,
  created_by   uuid not null references participant (id),
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  -- the calendar order: in progress, then planned (soonest first), then concluded (latest first)
  list_rank    int generated always as (case status when 'in-progress' then 0 when 'planned' then 1 else 2 end) stored,
  list_day     int generated always as (case status when 'concluded' then date '2000-01-01' - opens_on
                                        else opens_on - date '2000-01-01' end) stored,
  check (closes_on >= opens_on)
);

create index sessions_calendar_idx on sessions (list_rank, list_day, id);
create index sessions_kind_calendar_idx on sessions (kind, list_rank, list_day, id);

create table agenda_versions (
  id           uuid primary key default gen_random_uuid(),
  session_id   uuid not null references sessions (id),
  version      int not null check (version >= 1),
  status       text not null check (status in ('provisional', 'adopted')),
  reason       text,
  -- the items as they stood in this version: [{id, number, title, parentId, topics, threads, drafts}]
  items        jsonb not null,
  created_by   uuid not null references participant (id),
  created_at   timestamptz not null,
  unique (session_id, version)
);

create table agenda_items (
  id           uuid primary key default gen_random_uuid(),
  session_id   uuid not null references sessions (id),
  -- the item this one is a sub-item of
  parent_id    uuid references agenda_items (id) deferrable initially deferred,
  position     int not null,
  number       text not null,
  title        text not null check (length(title) between 1 and 500),
  topics       text[] not null default '{}',
  threads      uuid[] not null default '{}',
  drafts       uuid[] not null default '{}',
  -- set when a later version of the agenda no longer has the item; the row stays for what refers to it
  removed_at   timestamptz
);

create index agenda_items_current_idx on agenda_items (session_id, position) where removed_at is null;

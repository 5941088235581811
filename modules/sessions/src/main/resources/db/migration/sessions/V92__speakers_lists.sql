-- Speakers lists: one per agenda item and meeting, its entries (statements and rights of reply) and the groups of
-- States that speak through one of them.

-- The speaker is not a foreign key: organizations are loaded from the registry after the migrations run, and a
-- group whose speaker is unknown simply has no speaker (nobody may speak for it).
create table speaking_groups (
  id              text primary key check (id ~ '^[a-z0-9-]{2,60}$'),
  name            text not null check (length(name) between 1 and 200),
  regional_group  text check (regional_group in ('african', 'asia-pacific', 'eastern-european',
                                                 'latin-american-caribbean', 'western-european-others')),
  speaker_id      text
);

insert into speaking_groups (id, name, regional_group, speaker_id) values
  ('african-group', 'African Group', 'african', 'MWI'),
  ('asia-pacific-group', 'Group of Asia-Pacific States', 'asia-pacific', null),
  ('eastern-european-group', 'Group of Eastern European States', 'eastern-european', null),
  ('latin-american-caribbean-group', 'Group of Latin American and Caribbean States', 'latin-american-caribbean',
   'BRA'),
  ('western-european-others-group', 'Group of Western European and other States', 'western-european-others', null),
  ('g77-china', 'Group of 77 and China', null, 'BRA'),
  ('eu-and-member-states', 'The European Union and its member States', null, 'EU');

create table speakers_lists (
  id                     uuid primary key default gen_random_uuid(),
  session_id             uuid not null references sessions (id),
  agenda_item_id         uuid not null references agenda_items (id),
  -- null: the list of the item as a whole, when the programme of work has no meetings for it
  meeting_id             uuid,
  national_seconds       int not null default 300 check (national_seconds between 30 and 3600),
  group_seconds          int not null default 420 check (group_seconds between 30 and 3600),
  first_reply_seconds    int not null default 300 check (first_reply_seconds between 30 and 3600),
  second_reply_seconds   int not null default 180 check (second_reply_seconds between 30 and 3600),
  -- grows with every change of the list or its entries: live readers compare it with what they hold
  version                bigint not null default 0,
  updated_at             timestamptz not null default now(),
  check (second_reply_seconds < first_reply_seconds)
);
create unique index speakers_lists_item_meeting_idx
  on speakers_lists (agenda_item_id, coalesce(meeting_id, '00000000-0000-0000-0000-000000000000'));
create index speakers_lists_session_idx on speakers_lists (session_id);

create sequence speakers_inscription_order;

create table speakers_entries (
  id               uuid primary key default gen_random_uuid(),
  list_id          uuid not null references speakers_lists (id),
  -- the item again, for counting a State's rights of reply under it across its meetings
  agenda_item_id   uuid not null references agenda_items (id),
  organization_id  text not null references organization (id),
  on_behalf_of     text references speaking_groups (id),
  category         text not null check (category in ('group', 'state', 'observer', 'stakeholder')),
  kind             text not null check (kind in ('statement', 'right-of-reply')),
  reply_number     smallint not null default 0 check (reply_number between 0 and 2),
  sequence         bigint not null default nextval('speakers_inscription_order'),
  status           text not null default 'waiting'
                   check (status in ('waiting', 'on-floor', 'done', 'absent', 'withdrawn')),
  inscribed_by     uuid not null references participant (id),
  inscribed_at     timestamptz not null,
  -- the Secretariat's last move of the entry: the place it gave and why, shown on the list
  moved_to         int check (moved_to between 1 and 1000),
  move_reason      text check (length(move_reason) between 1 and 500),
  moved_by         uuid references participant (id),
  moved_at         timestamptz,
  status_at        timestamptz,
  check ((kind = 'statement') = (reply_number = 0)),
  check ((moved_to is null) = (move_reason is null))
);
create index speakers_entries_list_idx on speakers_entries (list_id, sequence);
-- one inscription per organization per list, and a State's replies per item, as long as they count
create unique index speakers_entries_once_idx on speakers_entries (list_id, organization_id)
  where kind = 'statement' and status <> 'withdrawn';
create unique index speakers_entries_replies_idx on speakers_entries (agenda_item_id, organization_id, reply_number)
  where kind = 'right-of-reply' and status <> 'withdrawn';
-- one speaker on the floor at a time
create unique index speakers_entries_floor_idx on speakers_entries (list_id) where status = 'on-floor';

-- Good practices a State or an accredited stakeholder shares about implementing the norms, and the States'
-- endorsements and "useful" marks on them (one of each per State, withdrawn by deleting it).

create table good_practice (
  id                uuid primary key,
  organization_id   text not null references organization (id),
  -- the kind of organization at the time of sharing, filtered on without a join
  organization_kind text not null check (organization_kind in ('state', 'private-sector', 'academia', 'civil-society')),
  shared_by         uuid not null references participant (id),
  title             text not null check (length(title) between 1 and 200),
  what              text not null check (length(what) between 1 and 10000),
  who               text not null default '' check (length(who) <= 2000),
  lessons           text not null default '' check (length(lessons) <= 10000),
  -- addresses (https://...) or UN document symbols (A/70/174)
  links             text[] not null default '{}' check (cardinality(links) <= 10),
  language          text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  -- norm-a ... norm-k (the forum's tags) and regional groups
  norms             text[] not null check (cardinality(norms) between 1 and 11),
  regions           text[] not null default '{}',
  shared_at         timestamptz not null
);

-- the list, newest first (keyset on shared_at, id), and its filters
create index good_practice_recent_idx on good_practice (shared_at desc, id desc);
create index good_practice_kind_idx on good_practice (organization_kind, shared_at desc, id desc);
create index good_practice_norms_idx on good_practice using gin (norms);
create index good_practice_regions_idx on good_practice using gin (regions);
create index good_practice_organization_idx on good_practice (organization_id);

create table good_practice_mark (
  practice_id uuid not null references good_practice (id),
  state_id    text not null references organization (id),
  mark        text not null check (mark in ('endorse', 'useful')),
  marked_by   uuid not null references participant (id),
  marked_at   timestamptz not null,
  primary key (practice_id, mark, state_id)
);

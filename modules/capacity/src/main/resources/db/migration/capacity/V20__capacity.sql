-- Capacity-building: the area taxonomy, needs posted by States, offers posted by providers, and the
-- engagements that pair them, with the history of every step.

create table capacity_area (
  id           text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  label        text not null,
  description  text not null,
  position     int not null unique
);

create table capacity_need (
  id            uuid primary key default gen_random_uuid(),
  state_id      text not null references organization (id),
  author_id     uuid not null references participant (id),
  title         text not null,
  description   text not null,
  areas         text[] not null check (cardinality(areas) >= 1),
  -- Beneficiaries as posted (States and regional groups); the requesting State is always one.
  regions       text[] not null,
  -- What matching compares: the beneficiary States, and their regional groups with the listed ones.
  match_states  text[] not null,
  match_groups  text[] not null,
  languages     text[] not null check (cardinality(languages) >= 1),
  modalities    text[] not null check (cardinality(modalities) >= 1
                                       and modalities <@ array['in-person', 'remote', 'hybrid']),
  starts_on     date not null,
  ends_on       date not null check (ends_on >= starts_on),
  visibility    text not null check (visibility in ('public', 'states-and-providers')),
  status        text not null default 'open' check (status in ('open', 'closed')),
  -- The first agreement on this need: the board's "share matched" and "days to agreement".
  matched_at    timestamptz,
  created_at    timestamptz not null,
  updated_at    timestamptz not null
);
-- Lists and the board: newest first, keyset-paged on (created_at, id).
create index capacity_need_recent_idx on capacity_need (created_at desc, id desc);
create index capacity_need_state_idx on capacity_need (state_id, created_at desc);
create index capacity_need_areas_idx on capacity_need using gin (areas);
create index capacity_need_languages_idx on capacity_need using gin (languages);
create index capacity_need_groups_idx on capacity_need using gin (match_groups);
-- Matching an offer: open needs sharing a language (and an area).
create index capacity_need_open_languages_idx on capacity_need using gin (languages, areas) where status = 'open';

create table capacity_offer (
  id               uuid primary key default gen_random_uuid(),
  organization_id  text not null references organization (id),
  author_id        uuid not null references participant (id),
  title            text not null,
  description      text not null,
  areas            text[] not null check (cardinality(areas) >= 1),
  -- Served States and regional groups; empty means every region.
  regions          text[] not null,
  languages        text[] not null check (cardinality(languages) >= 1),
  modalities       text[] not null check (cardinality(modalities) >= 1
                                          and modalities <@ array['in-person', 'remote', 'hybrid']),
  starts_on        date not null,
  ends_on          date not null check (ends_on >= starts_on),
  capacity         int not null check (capacity between 1 and 10000),
  -- Engagements agreed, in progress or completed: kept here, under the offer's row lock, so that
  -- agreements never exceed the capacity and matching reads the remaining capacity without a join.
  committed        int not null default 0 check (committed between 0 and capacity),
  status           text not null default 'open' check (status in ('open', 'closed')),
  -- Taken from capacity_offer_version at every write.
  version          bigint not null,
  created_at       timestamptz not null,
  updated_at       timestamptz not null
);
create index capacity_offer_recent_idx on capacity_offer (created_at desc, id desc);
create index capacity_offer_organization_idx on capacity_offer (organization_id, created_at desc);
create index capacity_offer_areas_idx on capacity_offer using gin (areas);
create index capacity_offer_languages_idx on capacity_offer using gin (languages);
create index capacity_offer_regions_idx on capacity_offer using gin (regions);
create index capacity_offer_version_idx on capacity_offer (version);

-- Each server keeps a copy of the matchable offers and catches up by asking for the offers written since
-- the last version it saw. Every write to an offer takes the next version under this one row's lock, so
-- versions commit in the order they are taken and no change is ever skipped. Offer writes are rare
-- (posting, editing, agreements), so their queueing on the lock costs nothing that matters.
create table capacity_offer_version (
  single   boolean primary key default true check (single),
  version  bigint not null
);
insert into capacity_offer_version (version) values (0);

create table capacity_engagement (
  id            uuid primary key default gen_random_uuid(),
  need_id       uuid not null references capacity_need (id),
  offer_id      uuid not null references capacity_offer (id),
  -- Copied from the need and the offer: who decides, who is notified, who may read.
  state_id      text not null references organization (id),
  provider_id   text not null references organization (id),
  initiated_by  text not null check (initiated_by in ('state', 'provider')),
  status        text not null check (status in ('proposed', 'agreed', 'in-progress', 'completed', 'declined')),
  score         numeric(4, 1) not null,
  message       text,
  outcome       text,
  proposed_at   timestamptz not null,
  agreed_at     timestamptz,
  started_at    timestamptz,
  completed_at  timestamptz,
  declined_at   timestamptz,
  updated_at    timestamptz not null,
  -- One engagement per pair: a declined pair stays declined.
  unique (need_id, offer_id),
  check ((status = 'completed') = (outcome is not null))
);
create index capacity_engagement_offer_idx on capacity_engagement (offer_id);
create index capacity_engagement_state_idx on capacity_engagement (state_id, updated_at desc, id desc);
create index capacity_engagement_provider_idx on capacity_engagement (provider_id, updated_at desc, id desc);
create index capacity_engagement_recent_idx on capacity_engagement (updated_at desc, id desc);

create table capacity_engagement_step (
  id               bigint generated always as identity primary key,
  engagement_id    uuid not null references capacity_engagement (id),
  status           text not null,
  actor_id         uuid not null references participant (id),
  organization_id  text not null references organization (id),
  note             text,
  at               timestamptz not null
);
create index capacity_engagement_step_idx on capacity_engagement_step (engagement_id, id);

insert into capacity_area (id, label, description, position) values
  ('strategy-assessments', 'Strategy and assessments',
   'National ICT security strategies, policies, maturity and threat assessments.', 1),
  ('norms-cbms-diplomacy', 'Norms, CBMs and cyber diplomacy',
   'Implementing the norms of responsible State behaviour, confidence-building measures, points of contact and cyber diplomacy.', 2),
  ('incident-management-certs', 'Incident management and CERTs',
   'Establishing and maturing national CERTs and CSIRTs, incident handling and cooperation between response teams.', 3),
  ('critical-infrastructure', 'Critical infrastructure protection',
   'Identifying and protecting critical infrastructure and critical information infrastructure.', 4),
  ('cybercrime-legislation', 'Cybercrime legislation',
   'Legislation, investigation, prosecution and international cooperation against cybercrime.', 5),
  ('international-law', 'International law',
   'How international law applies to the use of ICTs by States, and national positions on it.', 6),
  ('skills-workforce', 'Skills and workforce',
   'Training, curricula, awareness and the ICT security workforce.', 7),
  ('technical-tooling', 'Technical tooling',
   'Tools, platforms and infrastructure for detection, analysis and information sharing.', 8);

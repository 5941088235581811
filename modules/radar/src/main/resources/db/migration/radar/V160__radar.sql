-- The horizon-scanning radar: signals (threats and technology trends) participants propose and moderators curate,
-- rounds the Secretariat opens and closes, and one assessment per organization per signal per round.

create table radar_signal (
  id               uuid primary key,
  title            text not null check (length(title) between 1 and 200),
  description      text not null check (length(description) between 1 and 5000),
  category         text not null check (category in ('ransomware-critical-infrastructure', 'ai-enabled-operations',
                     'quantum', 'supply-chain', 'commercial-intrusion-tools', 'other')),
  norms            text[] not null default '{}' check (cardinality(norms) <= 11),
  horizon          text not null check (horizon in ('now', '1-3-years', '3-10-years')),
  -- addresses (https://...) or UN document symbols
  sources          text[] not null default '{}' check (cardinality(sources) <= 10),
  -- the forum thread it is discussed in; the forum owns threads, so no foreign key across contexts
  thread_id        uuid,
  organization_id  text not null references organization (id),
  proposed_by      uuid not null references participant (id),
  proposed_at      timestamptz not null,
  -- a duplicate merged by a moderator points to the signal that survives; its own history stays as it was
  merged_into      uuid references radar_signal (id),
  merged_by        uuid references participant (id),
  merged_at        timestamptz,
  check (merged_into is null or merged_into <> id)
);

create index radar_signal_recent_idx on radar_signal (proposed_at desc, id desc);
create index radar_signal_merged_idx on radar_signal (merged_into) where merged_into is not null;

create table radar_round (
  id          uuid primary key,
  title       text not null check (length(title) between 1 and 200),
  opened_by   uuid not null references participant (id),
  opened_at   timestamptz not null,
  closed_by   uuid references participant (id),
  closed_at   timestamptz
);

create index radar_round_opened_idx on radar_round (opened_at desc, id desc);

create table radar_assessment (
  round_id          uuid not null references radar_round (id),
  signal_id         uuid not null references radar_signal (id),
  organization_id   text not null references organization (id),
  -- the constituency and regional group at the time of rating, aggregated without a join
  organization_kind text not null,
  regional_group    text,
  likelihood        smallint not null check (likelihood between 1 and 5),
  impact            smallint not null check (impact between 1 and 5),
  rated_by          uuid not null references participant (id),
  rated_at          timestamptz not null,
  primary key (round_id, signal_id, organization_id)
);

create index radar_assessment_signal_idx on radar_assessment (signal_id);

-- The Points of Contact directory: each State's entry, its versions (a change is a new version, history kept),
-- and the ping exercises that test whether the contacts answer.
create table contact_entry (
  state_id          text primary key references organization (id),
  latest_version    integer not null check (latest_version > 0),
  updated_at        timestamptz not null
);

create table contact_version (
  state_id          text not null references contact_entry (state_id),
  version           integer not null check (version > 0),
  -- [{kind, name, function, email, phone, workingHours, languages}], the State's contacts as saved
  contacts          jsonb not null,
  -- the State lets its own members (not only its delegates) read its entry
  members_may_read  boolean not null,
  saved_by          uuid not null references participant (id),
  saved_by_name     text not null,
  saved_at          timestamptz not null,
  primary key (state_id, version)
);

create table ping_exercise (
  id                uuid primary key,
  started_by        uuid not null references participant (id),
  started_at        timestamptz not null,
  window_hours      integer not null check (window_hours between 1 and 720),
  deadline          timestamptz not null
);

-- The States an exercise pings, whether or not they have contacts (a State without any answers nothing).
create table ping_exercise_state (
  exercise_id       uuid not null references ping_exercise (id),
  state_id          text not null references organization (id),
  primary key (exercise_id, state_id)
);

-- One ping per point of contact: a snapshot of whom it went to, and only the SHA-256 of its one-time link.
create table ping (
  id                uuid primary key,
  exercise_id       uuid not null,
  state_id          text not null,
  contact_kind      text not null check (contact_kind in ('diplomatic', 'technical')),
  contact_name      text not null,
  contact_email     text not null,
  token_hash        bytea not null unique,
  acknowledged_at   timestamptz,
  bounced_at        timestamptz,
  foreign key (exercise_id, state_id) references ping_exercise_state (exercise_id, state_id)
);
create index ping_exercise_idx on ping (exercise_id, state_id);

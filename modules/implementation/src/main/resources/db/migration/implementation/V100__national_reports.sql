-- National reports on the implementation of the norms (A/70/174 para 13 (a)-(k)): one per State per reporting
-- cycle, every save kept as a version, each publication kept as it was made.

create table reporting_cycle (
  id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
  title       text not null check (length(title) between 1 and 200),
  -- reports published after it are late (and miss the compilation for the Secretary-General)
  cut_off     date not null,
  opened_by   uuid not null references participant (id),
  opened_at   timestamptz not null
);

create index reporting_cycle_recent_idx on reporting_cycle (opened_at desc, id);

create table national_report (
  id                 uuid primary key,
  cycle_id           text not null references reporting_cycle (id),
  state_id           text not null references organization (id),
  latest_version     int not null check (latest_version >= 1),
  -- the version the State submitted last, and the one it published last (with its audience)
  submitted_version  int,
  published_version  int,
  audience           text check (audience in ('public', 'states')),
  published_at       timestamptz,
  created_at         timestamptz not null,
  updated_at         timestamptz not null,
  unique (cycle_id, state_id),
  check ((published_version is null) = (audience is null))
);

-- the published reports of a cycle, the list and the coverage read
create index national_report_published_idx on national_report (cycle_id, state_id) where published_version is not null;

create table national_report_version (
  report_id    uuid not null references national_report (id),
  version      int not null,
  language     text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  answers      jsonb not null,
  -- the norms (norm-a ... norm-k, the forum's tags) with at least one answer, and those with a need stated
  norms        text[] not null default '{}',
  needs_norms  text[] not null default '{}',
  answer_count int not null check (answer_count >= 0),
  saved_by     uuid not null references participant (id),
  saved_at     timestamptz not null,
  primary key (report_id, version)
);

create index national_report_version_norms_idx on national_report_version using gin (norms);

create table national_report_publication (
  id            bigserial primary key,
  report_id     uuid not null references national_report (id),
  version       int not null,
  audience      text not null check (audience in ('public', 'states')),
  published_by  uuid not null references participant (id),
  published_at  timestamptz not null,
  foreign key (report_id, version) references national_report_version (report_id, version)
);

create index national_report_publication_report_idx on national_report_publication (report_id, id);

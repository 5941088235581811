-- Forum: topics, tags, threads, posts with their versions, and flags for moderation.

create table topic (
  id           text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  title        text not null,
  description  text not null,
  position     int not null default 100,
  created_at   timestamptz not null default now()
);

create table tag (
  id           text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  kind         text not null check (kind in ('norm', 'region', 'subject')),
  label        text not null,
  description  text not null default ''
);

create table thread (
  id                 uuid primary key default gen_random_uuid(),
  topic_id           text not null references topic (id),
  kind               text not null check (kind in ('discussion', 'consultation', 'position-call', 'draft')),
  audience           text not null check (audience in ('public', 'participants', 'states')),
  status             text not null default 'open' check (status in ('open', 'closed', 'locked')),
  title              text not null,
  body_markdown      text not null default '',
  body_html          text not null default '',
  language           text not null,
  opens_at           timestamptz,
  closes_at          timestamptz,
  guiding_questions  jsonb not null default '[]',
  chatham_house      boolean not null default false,
  tags               text[] not null default '{}',
  author_id          uuid not null references participant (id),
  organization_id    text not null references organization (id),
  post_count         int not null default 0,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  last_activity_at   timestamptz not null default now(),
  check (closes_at is null or opens_at is null or closes_at > opens_at)
);
-- A topic's threads, newest activity first, paged by (last_activity_at, id).
create index thread_topic_activity_idx on thread (topic_id, last_activity_at desc, id desc);
create index thread_tags_idx on thread using gin (tags);

create table post (
  id                bigint generated always as identity primary key,
  thread_id         uuid not null references thread (id),
  seq               int not null,
  parent_id         bigint references post (id),
  kind              text not null check (kind in ('comment', 'position', 'reply', 'right-of-reply')),
  author_id         uuid not null references participant (id),
  organization_id   text not null references organization (id),
  language          text not null,
  body_markdown     text not null,
  body_html         text not null,
  on_behalf_of      text[] not null default '{}',
  aligns_with       bigint references post (id),
  guiding_question  int,
  status            text not null default 'active' check (status in ('active', 'superseded', 'withdrawn')),
  superseded_by     bigint references post (id),
  withdrawn_at      timestamptz,
  hidden            boolean not null default false,
  hidden_reason     text,
  hidden_at         timestamptz,
  hidden_by         uuid references participant (id),
  reply_count       int not null default 0,
  version           int not null default 1,
  created_at        timestamptz not null default now(),
  edited_at         timestamptz,
  unique (thread_id, seq)
);
-- One current official position per organization per thread; superseded and withdrawn ones stay.
create unique index post_current_position_idx on post (thread_id, organization_id)
  where kind = 'position' and status = 'active';
create index post_parent_idx on post (parent_id) where parent_id is not null;
create index post_aligns_with_idx on post (aligns_with) where aligns_with is not null;
create index post_author_idx on post (author_id, created_at desc);

-- Earlier versions of edited posts; the current version stays in post.
create table post_version (
  post_id        bigint not null references post (id),
  version        int not null,
  language       text not null,
  body_markdown  text not null,
  body_html      text not null,
  written_at     timestamptz not null,
  primary key (post_id, version)
);

create table flag (
  id           bigint generated always as identity primary key,
  post_id      bigint not null references post (id),
  flagger_id   uuid not null references participant (id),
  reason       text not null,
  created_at   timestamptz not null default now(),
  resolved_at  timestamptz,
  resolved_by  uuid references participant (id),
  resolution   text check (resolution in ('hidden', 'dismissed'))
);
create unique index flag_open_per_flagger_idx on flag (post_id, flagger_id) where resolved_at is null;
create index flag_open_idx on flag (id) where resolved_at is null;

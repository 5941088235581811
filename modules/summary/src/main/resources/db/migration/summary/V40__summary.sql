-- Summaries for the Chair: generated drafts, edited in versions, submitted, published as Chair's summaries.

create table summary (
  id             uuid primary key default gen_random_uuid(),
  thread_id      uuid not null references thread (id),
  status         text not null default 'draft' check (status in ('draft', 'submitted', 'published')),
  chatham_house  boolean not null,
  generated      jsonb not null,
  version        int not null default 1,
  created_by     uuid not null references participant (id),
  created_at     timestamptz not null default now(),
  submitted_by   uuid references participant (id),
  submitted_at   timestamptz,
  published_by   uuid references participant (id),
  published_at   timestamptz
);
create index summary_thread_idx on summary (thread_id, created_at desc, id desc);
create index summary_status_idx on summary (status, created_at desc, id desc);

create table summary_version (
  summary_id  uuid not null references summary (id),
  version     int not null,
  markdown    text not null,
  edited_by   uuid not null references participant (id),
  edited_at   timestamptz not null default now(),
  note        text,
  primary key (summary_id, version)
);

-- Written inputs of accredited stakeholders to a session or one of its agenda items: submitted, then published
-- by the Secretariat or returned with a reason (and resubmitted by the organization).

create table written_input (
  id               uuid primary key default gen_random_uuid(),
  session_id       uuid not null,
  agenda_item_id   uuid,
  organization_id  text not null references organization (id),
  author_id        uuid not null references participant (id),
  title            text not null check (length(title) between 1 and 300),
  body             text not null check (length(body) between 1 and 50000),
  language         text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  status           text not null check (status in ('submitted', 'published', 'returned')),
  return_reason    text,
  reviewed_by      uuid references participant (id),
  reviewed_at      timestamptz,
  -- How many times it was submitted: 1, then one more at each resubmission after a return.
  submissions      int not null default 1 check (submissions >= 1),
  submitted_at     timestamptz not null,
  published_at     timestamptz,
  check ((status = 'returned') = (return_reason is not null)),
  check ((status = 'published') = (published_at is not null))
);
-- The public list by session (published, newest first), the Secretariat's queue, an organization's own.
create index written_input_published_idx on written_input (session_id, published_at desc, id)
  where status = 'published';
create index written_input_session_idx on written_input (session_id, submitted_at desc, id);
create index written_input_organization_idx on written_input (organization_id, submitted_at desc, id);

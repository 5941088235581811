-- Notifications: what participants watch, what they are told, and the e-mails of the daily digest.

create table watch (
  participant_id  uuid not null references participant (id),
  target_type     text not null check (target_type in ('thread', 'topic')),
  target_id       text not null,
  created_at      timestamptz not null default now(),
  primary key (participant_id, target_type, target_id)
);
-- Who watches a thread or a topic, for every new post.
create index watch_target_idx on watch (target_type, target_id);

create table notification (
  id              bigint generated always as identity primary key,
  participant_id  uuid not null references participant (id),
  reason          text not null check (reason in ('reply', 'mention', 'watched-thread', 'watched-topic', 'stance',
                                                  'summary', 'accreditation', 'matching')),
  event_type      text not null,
  event_position  bigint not null,
  thread_id       uuid,
  post_id         bigint,
  details         jsonb not null default '{}',
  created_at      timestamptz not null default now(),
  read_at         timestamptz,
  -- One notification per participant per event, whichever reasons apply.
  unique (participant_id, event_position)
);
-- One's notifications, newest first (keyset on id), and the unread count.
create index notification_participant_idx on notification (participant_id, id desc);
create index notification_unread_idx on notification (participant_id) where read_at is null;
-- The digest: a day's notifications of everyone.
create index notification_created_idx on notification (created_at);

-- E-mails waiting to be sent (or kept as sent): written in the transaction that decides to send them.
create table email_outbox (
  id              bigint generated always as identity primary key,
  participant_id  uuid not null references participant (id),
  kind            text not null check (kind in ('digest')),
  digest_date     date not null,
  to_address      text not null,
  subject         text not null,
  text_body       text not null,
  html_body       text not null,
  created_at      timestamptz not null default now(),
  sent_at         timestamptz,
  attempts        int not null default 0,
  last_error      text,
  unique (participant_id, kind, digest_date)
);
create index email_outbox_unsent_idx on email_outbox (id) where sent_at is null;

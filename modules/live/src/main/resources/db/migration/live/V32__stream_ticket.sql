-- Short-lived, single-use tickets that authenticate an EventSource, which cannot send headers.
-- Only a hash is kept, so the table never holds a usable ticket.
create table stream_ticket (
  ticket_hash     bytea primary key,
  participant_id  uuid not null references participant (id),
  expires_at      timestamptz not null
);
create index stream_ticket_expiry_idx on stream_ticket (expires_at);

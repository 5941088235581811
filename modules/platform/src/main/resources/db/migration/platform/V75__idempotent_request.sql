-- Idempotency-Key: one row per participant and key, for 24 hours. The row is created when the request
-- begins (so that a second request with the key while the first is in flight is refused), filled in by the
-- write's own transaction with the events it recorded (so that a write that committed is known to have
-- committed even when its answer was lost), and given the answer once it is sent (so that a retry gets
-- the same answer again).
create table idempotent_request (
  participant_id  uuid not null references participant (id),
  key             text not null check (length(key) between 1 and 255),
  -- SHA-256 of the method, the address and the body: the same key with another request is refused.
  fingerprint     bytea not null,
  -- Who holds the key now: a request that took over after the lease ran out fences out the one before it.
  attempt         uuid not null,
  leased_until    timestamptz,
  -- The events the guarded write recorded in its transaction: [{type, stream, payload}, ...].
  made            jsonb not null default '[]',
  status          int,
  location        text,
  body            text,
  created_at      timestamptz not null default now(),
  expires_at      timestamptz not null,
  primary key (participant_id, key)
);
create index idempotent_request_expiry_idx on idempotent_request (expires_at);

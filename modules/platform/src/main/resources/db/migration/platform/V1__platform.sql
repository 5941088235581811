-- Shared kernel: organizations, participants, the audit log and the event outbox.

create table organization (
  id              text primary key,
  kind            text not null check (kind in ('state', 'intergovernmental', 'private-sector', 'academia',
                                                'civil-society', 'un-body')),
  name            text not null,
  regional_group  text check (regional_group in ('african', 'asia-pacific', 'eastern-european',
                                                 'latin-american-caribbean', 'western-european-others')),
  observer        boolean not null default false,
  -- Stakeholders only: the outcome of the non-objection procedure.
  accreditation   text check (accreditation in ('pending', 'accredited', 'objected', 'withdrawn')),
  created_at      timestamptz not null default now(),
  check ((kind = 'state') = (regional_group is not null))
);
create index organization_kind_idx on organization (kind, id);
create index organization_group_idx on organization (regional_group, id) where regional_group is not null;

create table organization_membership (
  organization_id text not null references organization (id),
  state_id        text not null references organization (id),
  primary key (organization_id, state_id)
);

create table participant (
  id               uuid primary key default gen_random_uuid(),
  issuer           text not null,
  subject          text not null,
  username         text,
  display_name     text,
  organization_id  text not null references organization (id),
  roles            text[] not null,
  created_at       timestamptz not null default now(),
  last_seen_at     timestamptz not null default now(),
  unique (issuer, subject)
);
create index participant_organization_idx on participant (organization_id);

create table audit_entry (
  id            bigint generated always as identity primary key,
  at            timestamptz not null default clock_timestamp(),
  actor_id      uuid references participant (id),
  action        text not null,
  subject_type  text not null,
  subject_id    text not null,
  reason        text,
  details       jsonb not null default '{}'
);
create index audit_entry_at_idx on audit_entry (id desc);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, id desc);

create function forbid_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function forbid_audit_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function forbid_audit_change();

-- Every write records its event here in the same transaction; a dispatcher publishes committed events.
create table outbox_event (
  id          bigint generated always as identity primary key,
  at          timestamptz not null default clock_timestamp(),
  type        text not null,
  stream      text not null,
  payload     jsonb not null
);
create index outbox_event_stream_idx on outbox_event (stream, id);

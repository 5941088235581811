-- Accreditation of stakeholders by the non-objection procedure. The outcome is written to
-- organization.accreditation (owned by the platform), which the forum reads.

create table accreditation_application (
  id                 uuid primary key default gen_random_uuid(),
  organization_id    text not null references organization (id),
  name               text not null,
  kind               text not null check (kind in ('private-sector', 'academia', 'civil-society')),
  country            text not null references organization (id),
  website            text not null,
  purpose            text not null,
  ecosoc_status      boolean not null,
  status             text not null check (status in ('pending', 'accredited', 'objected', 'withdrawn')),
  applied_by         uuid not null references participant (id),
  applied_at         timestamptz not null default clock_timestamp(),
  -- The end of the non-objection window; none for ECOSOC organizations, accredited on notification.
  closes_at          timestamptz,
  decided_at         timestamptz,
  decided_by         uuid references participant (id),
  decided_how        text check (decided_how in ('ecosoc-notification', 'window-expired', 'closed-by-secretariat')),
  withdrawn_at       timestamptz,
  withdrawn_by       uuid references participant (id),
  withdrawal_reason  text,
  check (status <> 'pending' or closes_at is not null),
  check ((status = 'pending') = (decided_at is null))
);
-- One application at a time per organization.
create unique index accreditation_application_open_idx on accreditation_application (organization_id)
  where status = 'pending';
-- The timer's query: the next windows to close.
create index accreditation_application_due_idx on accreditation_application (closes_at) where status = 'pending';
-- Lists, newest first, keyset on (applied_at, id), overall, by status and per organization.
create index accreditation_application_list_idx on accreditation_application (applied_at desc, id desc);
create index accreditation_application_status_idx on accreditation_application (status, applied_at desc, id desc);
create index accreditation_application_organization_idx on accreditation_application
  (organization_id, applied_at desc, id desc);

create table accreditation_objection (
  id              bigint generated always as identity primary key,
  application_id  uuid not null references accreditation_application (id),
  state_id        text not null references organization (id),
  reason          text,
  objected_by     uuid not null references participant (id),
  objected_at     timestamptz not null default clock_timestamp(),
  withdrawn_at    timestamptz
);
create unique index accreditation_objection_standing_idx on accreditation_objection (application_id, state_id)
  where withdrawn_at is null;

-- The public list of accredited organizations, by name.
create index organization_accredited_idx on organization (name, id) where accreditation = 'accredited';

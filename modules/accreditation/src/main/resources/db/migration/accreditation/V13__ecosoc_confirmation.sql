-- ECOSOC consultative status accredits on notification only when the Secretariat registers the organization
-- with it or confirms it. An applicant's own statement is a claim: its application enters the non-objection
-- window like any other, and the claim waits there for the Secretariat to confirm it.
alter table accreditation_application rename column ecosoc_status to ecosoc_claimed;
alter table accreditation_application
  add column ecosoc_confirmed_at timestamptz,
  add column ecosoc_confirmed_by uuid references participant (id);

-- Until now the Secretariat's registrations and applicants' own claims were accredited alike; only the
-- Secretariat's count as confirmed. An organization that accredited itself by its claim stays accredited,
-- its claim shown unconfirmed, for the Secretariat to review.
update accreditation_application a set ecosoc_confirmed_at = a.decided_at, ecosoc_confirmed_by = a.applied_by
from participant p
where p.id = a.applied_by and a.decided_how = 'ecosoc-notification' and 'secretariat' = any (p.roles);

alter table accreditation_application
  add check ((ecosoc_confirmed_at is null) = (ecosoc_confirmed_by is null));

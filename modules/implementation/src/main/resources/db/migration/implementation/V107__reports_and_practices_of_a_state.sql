-- A country profile lists a State's published reports across cycles and the good practices an organization
-- shared, newest first.
create index national_report_state_published_idx on national_report (state_id, published_at desc)
  where published_version is not null;
create index good_practice_organization_recent_idx on good_practice (organization_id, shared_at desc, id desc);

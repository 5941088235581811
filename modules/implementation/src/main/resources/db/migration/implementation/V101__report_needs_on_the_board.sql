-- A "needs" answer of a report turned into a capacity-building need on the board, once per report and norm; the
-- need's id is the capacity context's (no foreign key across contexts), and its description links back here.
create table national_report_need (
  report_id   uuid not null references national_report (id),
  norm        text not null check (norm ~ '^norm-[a-k]$'),
  need_id     uuid not null,
  version     int not null,
  created_by  uuid not null references participant (id),
  created_at  timestamptz not null,
  primary key (report_id, norm)
);

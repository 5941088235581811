-- A dissociation concerns a paragraph's text as it stood (its revision), as stances do: when a later version
-- revises the paragraph, the dissociation from it ends (ended_in_version), and the State may dissociate again
-- from the new text. Each dissociation remembers the version it was recorded on.
alter table draft_dissociation add column version_number int;

update draft_dissociation d set version_number = coalesce(
  (select max(v.number) from draft_version v where v.thread_id = d.thread_id and v.published_at <= d.recorded_at),
  (select min(v.number) from draft_version v where v.thread_id = d.thread_id),
  0);

create table draft_dissociation_paragraph (
  dissociation_id   bigint not null references draft_dissociation (id),
  paragraph_id      uuid not null references draft_paragraph (id),
  -- The paragraph's revision when the State dissociated from it.
  revision          int not null,
  -- The version whose new text of the paragraph ended the dissociation from it.
  ended_in_version  int,
  ended_at          timestamptz,
  primary key (dissociation_id, paragraph_id),
  check ((ended_in_version is null) = (ended_at is null))
);
-- The dissociations a revision of these paragraphs ends.
create index draft_dissociation_paragraph_live_idx on draft_dissociation_paragraph (paragraph_id)
  where ended_at is null;

insert into draft_dissociation_paragraph (dissociation_id, paragraph_id, revision)
select d.id, listed.paragraph_id, coalesce(
    (select pt.revision from draft_paragraph_text pt join draft_version v on v.id = pt.version_id
     where v.thread_id = d.thread_id and pt.paragraph_id = listed.paragraph_id and v.number <= d.version_number
     order by v.number desc limit 1), 1)
from draft_dissociation d cross join lateral unnest(d.paragraph_ids) as listed(paragraph_id)
on conflict do nothing;

-- Dissociations recorded before this rule whose paragraph a later version revised: they ended then.
update draft_dissociation_paragraph dp set (ended_in_version, ended_at) = (
    select v.number, v.published_at from draft_version v
    join draft_paragraph_text pt on pt.version_id = v.id and pt.paragraph_id = dp.paragraph_id
    where v.thread_id = d.thread_id and v.number > d.version_number and pt.revision > dp.revision
    order by v.number limit 1)
from draft_dissociation d
where d.id = dp.dissociation_id and d.superseded_at is null;

alter table draft_dissociation
  alter column version_number set not null,
  drop column paragraph_ids;

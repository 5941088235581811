-- What became of an amendment once the draft moved on: a later version incorporated it (decided_in_version is
-- that version; incorporation says whether the publisher named it or the new text is its text word for word),
-- or those who publish versions did not retain it (decided_in_version is the version it was judged against).
-- The thread is kept on the amendment so that a draft's amendments are listed without a join.
alter table draft_amendment
  add column thread_id          uuid references thread (id),
  add column decided_in_version int,
  add column decided_at         timestamptz,
  add column decided_by         uuid references participant (id),
  add column incorporation      text;

update draft_amendment x set thread_id = p.thread_id from draft_paragraph p where p.id = x.paragraph_id;

alter table draft_amendment
  alter column thread_id set not null,
  drop constraint draft_amendment_status_check,
  add constraint draft_amendment_status_check
    check (status in ('proposed', 'withdrawn', 'incorporated', 'not-retained')),
  add constraint draft_amendment_decided_check
    check ((status in ('incorporated', 'not-retained')) = (decided_in_version is not null and decided_at is not null)),
  add constraint draft_amendment_incorporation_check
    check ((status = 'incorporated') = (incorporation is not null) and incorporation in ('named', 'same-wording'));

-- A draft's amendments in order (the editor of the next version lists them all).
create index draft_amendment_thread_idx on draft_amendment (thread_id, id);

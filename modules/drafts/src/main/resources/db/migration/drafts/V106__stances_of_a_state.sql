-- A country profile lists the drafts a State took a stance on or dissociated from, newest first: read from the
-- State's current entries rather than from every stance of every paragraph.
create index draft_stance_state_idx on draft_stance (state_id, recorded_at desc) where superseded_at is null;
create index draft_dissociation_state_idx on draft_dissociation (state_id, recorded_at desc)
  where superseded_at is null;

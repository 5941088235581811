-- Under the Chatham House Rule an intergovernmental organization's stance is recorded for every member it names,
-- so that its answer does not tell which members have their own. A State may then hold two current entries on a
-- paragraph's text: its own (recorded_via null) and one per organization on its behalf. Its own always counts
-- (the reads pick it first); an entry on its behalf is kept, not counted, until the State has none of its own.
drop index draft_stance_current_idx;
create unique index draft_stance_current_idx on draft_stance (paragraph_id, revision, state_id, coalesce(recorded_via, ''))
  where superseded_at is null;

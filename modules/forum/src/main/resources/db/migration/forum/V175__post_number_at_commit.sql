-- A post's number in its thread (seq) is given at commit, no longer when the post is inserted (issue 21).
-- Before, each post locked its thread's row from its first statement to the end of its commit, so the posts of
-- one thread queued behind one another for their whole transactions. Now the post is inserted without a number
-- and a deferred trigger numbers it just before commit, under the outbox's commit lock (V30's 720_106), which
-- every committing writer takes anyway to number its events: that lock is held until the commit is visible, so
-- numbers follow commit order, have no gaps, and a reader who sees post n of a thread already sees 1..n-1 --
-- keyset pages never skip a post that commits late. The thread's row is touched only inside that short
-- section (post_count, last_activity_at), never across the transaction's own work.
-- Posts inserted with a number (demo content, the benchmark's dataset) keep theirs.
alter table post alter column seq drop not null;

create function post_number_at_commit() returns trigger language plpgsql as $$
declare
  number int;
begin
  -- the outbox's lock first, as its own trigger takes it: one order of locks for every committing writer
  perform pg_advisory_xact_lock(720106);
  update thread set post_count = post_count + 1, last_activity_at = now() where id = new.thread_id
    returning post_count into number;
  update post set seq = number where id = new.id;
  return null;
end $$;

create constraint trigger post_number_at_commit after insert on post
  deferrable initially deferred for each row when (new.seq is null) execute function post_number_at_commit();

-- The forum's search indexing follows the outbox (ForumSearchIndexing) instead of writing the index in the
-- post's transaction; it starts at the events committed from this migration on, as posts before were indexed.
insert into event_consumer (name, last_position)
  select 'forum-search-index', coalesce(max(commit_order), 0) from outbox_event
  on conflict (name) do nothing;

-- The threads of every topic, newest activity first (GET /threads, the home page's "open now"), paged by
-- (last_activity_at, id) as a topic's list is.
create index thread_activity_idx on thread (last_activity_at desc, id desc);

-- What a thread list shows of each thread's activity: who spoke (organizations, their positions) read from
-- the index alone, and the last visible post by the thread's (thread_id, seq) key.
create index post_thread_speakers_idx on post (thread_id, organization_id, kind, status) where not hidden;

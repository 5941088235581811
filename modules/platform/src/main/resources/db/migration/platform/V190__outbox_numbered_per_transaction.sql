-- The outbox's events were numbered at commit one row at a time: a deferred trigger per event, each taking the
-- commit lock (V30's 720_106), updating its row and calling pg_notify. A transaction of many events (the
-- notifications of one post to the 500 watchers of a call for positions) held the lock, which every committing
-- writer of the server waits for, for all of those (issue 21: posts into such a thread ran at a third of the rate of
-- posts elsewhere). Now the first of a transaction's events to reach its trigger numbers all of them in one
-- statement, in the order they were written, and wakes the dispatchers once; the trigger of each other event finds
-- its row numbered and returns. The numbers and their meaning are unchanged: a reader who sees n sees 1..n-1.

-- A transaction's own unnumbered events: every committed event is numbered, and other transactions' uncommitted
-- ones are invisible, so the unnumbered rows a transaction sees are its own.
create index outbox_event_unnumbered_idx on outbox_event (id) where commit_order is null;

create or replace function outbox_number_at_commit() returns trigger language plpgsql as $$
declare
  events bigint;
  first_number bigint;
begin
  -- only this transaction numbers its rows, so a numbered row needs no lock: an earlier event's trigger did it
  if (select commit_order from outbox_event where id = new.id) is not null then
    return null;
  end if;
  -- 720_106 is Plenary's outbox lock; any constant works as long as only these triggers use it.
  perform pg_advisory_xact_lock(720106);
  select count(*) into events from outbox_event where commit_order is null;
  first_number := nextval('outbox_commit_order');
  if events > 1 then
    -- the lock makes this transaction the sequence's only user until its commit is visible
    perform setval('outbox_commit_order', first_number + events - 1);
  end if;
  update outbox_event e set commit_order = first_number + mine.n - 1
    from (select id, row_number() over (order by id) as n from outbox_event where commit_order is null) mine
    where e.id = mine.id;
  -- Wakes the dispatcher of every server instance (LISTEN plenary_outbox); one per transaction.
  perform pg_notify('plenary_outbox', '');
  return null;
end $$;

-- Events are delivered in the order their transactions committed, not in id order. Ids are taken at
-- insert time, so a transaction holding id 7 may commit after the one holding id 8, and a reader that
-- had moved past 8 would never see 7. Instead, just before commit a deferred trigger takes a lock that
-- serialises committing writers and numbers the transaction's events from a second sequence. The lock
-- is released only after the commit is visible, so a reader that sees commit_order n already sees every
-- smaller one: "events after n" never skips one. (PostgreSQL serialises committing NOTIFY senders the
-- same way, so this costs writers nothing more than the NOTIFY already does.)
create sequence outbox_commit_order;

alter table outbox_event add column commit_order bigint;
update outbox_event o set commit_order = numbered.n
  from (select id, row_number() over (order by id) as n from outbox_event) numbered
  where numbered.id = o.id;
select setval('outbox_commit_order', (select count(*) from outbox_event) + 1, false);

drop index outbox_event_stream_idx;
create unique index outbox_event_commit_order_idx on outbox_event (commit_order);
-- Resuming one stream (SSE Last-Event-ID): its events after a position.
create index outbox_event_stream_order_idx on outbox_event (stream, commit_order);

create function outbox_number_at_commit() returns trigger language plpgsql as $$
begin
  -- 720_106 is Plenary's outbox lock; any constant works as long as only this trigger uses it.
  perform pg_advisory_xact_lock(720106);
  update outbox_event set commit_order = nextval('outbox_commit_order') where id = new.id;
  -- Wakes the dispatcher of every server instance (LISTEN plenary_outbox); one per transaction.
  perform pg_notify('plenary_outbox', '');
  return null;
end $$;

create constraint trigger outbox_event_number_at_commit after insert on outbox_event
  deferrable initially deferred for each row execute function outbox_number_at_commit();

-- Durable consumers of the outbox (notifications, ...): the last position each has processed.
create table event_consumer (
  name          text primary key,
  last_position bigint not null
);

-- The digest is composed a page of participants at a time: for each, whether it was told of something on
-- a day, and that day's notifications, in order. This replaces the index on the day alone, which served
-- the single query of everyone's notifications of a day.
create index notification_participant_day_idx on notification (participant_id, created_at, id);
drop index notification_created_idx;

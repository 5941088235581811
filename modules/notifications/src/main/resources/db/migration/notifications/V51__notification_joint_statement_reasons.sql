-- Joint statements need the consent of each State they name (README "Nobody speaks or commits for another
-- without consent"): the State is asked, and the delivering organization is told of its answer.
alter table notification drop constraint notification_reason_check;
alter table notification add constraint notification_reason_check check (reason in ('reply', 'mention',
  'watched-thread', 'watched-topic', 'stance', 'summary', 'accreditation', 'matching', 'joint-statement-requested',
  'joint-statement-confirmed', 'joint-statement-declined', 'joint-statement-left'));

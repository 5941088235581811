-- The rules of the record (README "Rules of the record"): why a thread was locked or closed, why a position
-- was withdrawn, the consent of each State a joint statement names, and rights of reply counted per day.

alter table thread
  add column status_reason      text,
  add column status_changed_at  timestamptz;

alter table post add column withdrawal_reason text;

-- Each State a joint statement is delivered on behalf of, with its consent. The delivering State is
-- confirmed by posting; every other State is pending until its delegate confirms or declines. Declined and
-- left States stay here for the record but are no longer listed.
create table post_on_behalf_of (
  post_id     bigint not null references post (id),
  state_id    text not null references organization (id),
  consent     text not null check (consent in ('pending', 'confirmed', 'declined', 'left')),
  named_at    timestamptz not null default now(),
  decided_at  timestamptz,
  decided_by  uuid references participant (id),
  primary key (post_id, state_id),
  check ((consent = 'pending') = (decided_at is null))
);

-- Statements delivered before consent was asked for: the delivering State stands behind its own statement;
-- every other State named is asked now, and is not presented as speaking until it confirms.
insert into post_on_behalf_of (post_id, state_id, consent, named_at, decided_at, decided_by)
select p.id, named.state_id, case when named.state_id = p.organization_id then 'confirmed' else 'pending' end,
       p.created_at, case when named.state_id = p.organization_id then p.created_at end,
       case when named.state_id = p.organization_id then p.author_id end
from post p cross join lateral unnest(p.on_behalf_of) as named(state_id)
on conflict do nothing;

alter table post drop column on_behalf_of;

-- At most two rights of reply by a State per thread per UTC day: counted on this index.
create index post_right_of_reply_idx on post (thread_id, organization_id, created_at)
  where kind = 'right-of-reply';

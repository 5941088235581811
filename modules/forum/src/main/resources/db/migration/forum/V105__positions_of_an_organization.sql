-- A country profile lists the official positions an organization delivered, and the joint statements naming it
-- that it confirmed, newest first: both read from these indexes rather than from every post.
create index post_organization_position_idx on post (organization_id, created_at desc) where kind = 'position';
create index post_on_behalf_of_confirmed_idx on post_on_behalf_of (state_id) where consent = 'confirmed';

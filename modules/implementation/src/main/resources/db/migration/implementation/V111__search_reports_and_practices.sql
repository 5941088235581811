-- The published reports and the good practices written before the search found them, indexed as
-- ImplementationSearch indexes them from now on: a report as its State last published it, for the audience it
-- chose; a practice as shared. Neither names a person (no author). The two private-use characters are the search's
-- match markers (SearchMarkers), which no indexed text carries.
insert into search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
                             author_id, organization_id, constituency, regional_group, created_at, href, tags, document)
select 'report:' || r.cycle_id || ':' || r.state_id, 'report', 'report:' || r.cycle_id || ':' || r.state_id, null,
       o.name || ': ' || c.title, answers.body, v.language,
       case r.audience when 'public' then 'public' else 'states-and-secretariat' end, false, false, null, r.state_id,
       o.kind, o.regional_group, r.published_at, '/api/v1/reporting-cycles/' || r.cycle_id || '/reports/' || r.state_id,
       v.norms, search_vector(v.language, o.name || ': ' || c.title, answers.body)
from national_report r
join reporting_cycle c on c.id = r.cycle_id
join organization o on o.id = r.state_id
join national_report_version v on v.report_id = r.id and v.version = r.published_version
cross join lateral (
  select translate(coalesce(string_agg(t #>> '{}', E'\n'), ''), E'\uE000\uE001', '  ') as body
  from jsonb_path_query(v.answers, 'lax $.** ? (@.type() == "string")') as t) answers
where r.published_version is not null
on conflict (id) do nothing;

insert into search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
                             author_id, organization_id, constituency, regional_group, created_at, href, tags, document)
select 'good-practice:' || g.id, 'good-practice', 'good-practice:' || g.id, null, g.title, parts.body, g.language,
       'public', false, false, null, g.organization_id, o.kind, o.regional_group, g.shared_at,
       '/api/v1/good-practices/' || g.id, g.norms, search_vector(g.language, g.title, parts.body)
from good_practice g
join organization o on o.id = g.organization_id
cross join lateral (
  select translate(concat_ws(E'\n', g.what, nullif(g.who, ''), nullif(g.lessons, '')), E'\uE000\uE001', '  ')
    as body) parts
on conflict (id) do nothing;

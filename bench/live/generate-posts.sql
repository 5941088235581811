-- Fills a Plenary database (migrated by starting the server once) with :posts posts in 200 threads, in
-- six languages, indexed for search by the same SQL functions as the server (search_vector of V31).
-- psql -v posts=1000000 -f bench/live/generate-posts.sql "$DB"
\if :{?posts}
\else
  \set posts 1000000
\endif
\timing on

insert into participant (issuer, subject, username, display_name, organization_id, roles)
values ('bench', 'bench', 'bench-writer', 'Bench Writer', 'FRA', '{delegate}') on conflict do nothing;

create or replace function bench_words(language text, n int, seed int) returns text language sql volatile as $$
  with vocabulary(words, joiner) as (
    select case language
      when 'fr' then array['infrastructures', 'critiques', 'normes', 'États', 'sécurité', 'numérique', 'confiance',
        'coopération', 'capacités', 'droit', 'international', 'menaces', 'réseaux', 'protection', 'incidents',
        'rançongiciels', 'santé', 'énergie', 'responsabilité', 'dialogue', 'mesures', 'transparence', 'souveraineté',
        'renforcement', 'prévention', 'attribution', 'vulnérabilités', 'chaîne', 'approvisionnement', 'données']
      when 'es' then array['infraestructura', 'crítica', 'normas', 'Estados', 'seguridad', 'digital', 'confianza',
        'cooperación', 'capacidades', 'derecho', 'internacional', 'amenazas', 'redes', 'protección', 'incidentes',
        'ransomware', 'salud', 'energía', 'responsabilidad', 'diálogo', 'medidas', 'transparencia', 'soberanía']
      when 'ru' then array['инфраструктура', 'критической', 'нормы', 'государства', 'безопасность', 'цифровой',
        'доверие', 'сотрудничество', 'потенциал', 'право', 'международное', 'угрозы', 'сети', 'защита', 'инциденты',
        'вымогатели', 'здравоохранение', 'энергетика', 'ответственность', 'диалог', 'меры', 'суверенитет']
      when 'ar' then array['البنية', 'التحتية', 'الحيوية', 'المعايير', 'الدول', 'الأمن', 'الرقمي', 'الثقة', 'التعاون',
        'القدرات', 'القانون', 'الدولي', 'التهديدات', 'الشبكات', 'الحماية', 'الحوادث', 'الصحة', 'الطاقة', 'المسؤولية']
      when 'zh' then array['关键', '基础设施', '规范', '国家', '安全', '数字', '信任', '合作', '能力', '建设', '国际法',
        '威胁', '网络', '保护', '事件', '勒索软件', '卫生', '能源', '责任', '对话', '措施', '透明', '主权', '供应链']
      else array['critical', 'infrastructure', 'norms', 'States', 'security', 'digital', 'confidence', 'cooperation',
        'capacity', 'building', 'international', 'law', 'threats', 'networks', 'protection', 'incidents', 'ransomware',
        'health', 'energy', 'responsibility', 'dialogue', 'measures', 'transparency', 'sovereignty', 'prevention',
        'attribution', 'vulnerabilities', 'supply', 'chain', 'data', 'emerging', 'technologies', 'artificial',
        'intelligence', 'quantum', 'submarine', 'cables', 'satellites', 'elections', 'financial', 'sector',
        'CERT', 'exchange', 'points', 'contact', 'directory', 'voluntary', 'binding', 'framework', 'consensus']
    end, case language when 'zh' then '' else ' ' end)
  -- Zipf-like: a few words are everywhere, most are rare, as in real text.
  select string_agg(words[1 + floor(power(random(), 2.5) * array_length(words, 1))::int], joiner)
  from vocabulary, generate_series(1, n + seed % 3)
$$;

create temp table bench_thread (n int primary key, id uuid, audience text, chatham boolean);
with opened as (
  insert into thread (topic_id, kind, audience, title, language, chatham_house, author_id, organization_id)
  select 'norms', 'discussion', (array['public', 'participants', 'states'])[1 + g % 3], 'Benchmark thread ' || g, 'en',
         g % 10 = 0, (select id from participant where issuer = 'bench'), 'FRA'
  from generate_series(0, 199) g
  returning id, audience, chatham_house)
insert into bench_thread select row_number() over () - 1, id, audience, chatham_house from opened;

-- Building the text index once at the end is much faster than keeping it up to date row by row.
drop index if exists search_document_text_idx;

create or replace procedure bench_fill(total int) language plpgsql as $$
declare
  batch int := 50000;
  done int := 0;
  writer uuid := (select id from participant where issuer = 'bench');
begin
  while done < total loop
    with written as (
      -- Every 17th post is a position; all but the current one of a thread are superseded.
      insert into post (thread_id, seq, kind, status, author_id, organization_id, language, body_markdown, body_html)
      select t.id, g / 200 + 1, case when g % 17 = 0 then 'position' else 'comment' end,
             case when g % 17 = 0 then 'superseded' else 'active' end, writer, 'FRA', l.language,
             l.body, '<p>' || l.body || '</p>'
      from generate_series(done, least(done + batch, total) - 1) g
      join bench_thread t on t.n = g % 200
      cross join lateral (select (array['en','en','en','en','en','en','en','fr','es','ru','ar','zh'])[1 + (g * 7) % 12]
                                 as language) lang
      cross join lateral (select lang.language, bench_words(lang.language, 30, g) as body) l
      returning id, thread_id, kind, language, body_markdown, created_at)
    insert into search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
                                 author_id, organization_id, constituency, regional_group, created_at, href, document)
    select 'post:' || w.id, case when w.kind = 'position' then 'position' else 'post' end, 'thread:' || w.thread_id,
           'norms', null, w.body_markdown, w.language, t.audience, t.chatham, false, writer, 'FRA', 'state',
           'western-european-others', w.created_at, '/api/v1/posts/' || w.id, search_vector(w.language, null, w.body_markdown)
    from written w join bench_thread t on t.id = w.thread_id;
    done := least(done + batch, total);
    commit;
    raise notice '% posts written', done;
  end loop;
end $$;

call bench_fill(:posts);
update thread set post_count = (select count(*) from post where post.thread_id = thread.id)
  where id in (select id from bench_thread);
create index search_document_text_idx on search_document using gin (document);
analyze search_document;
analyze post;

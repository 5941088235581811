-- A participant's own choices: the interface language and whether to receive the daily e-mail digest.
alter table participant
  add column language text not null default 'en' check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  add column email_digest boolean not null default true,
  add column email text;

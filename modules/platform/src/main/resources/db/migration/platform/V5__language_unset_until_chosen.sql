-- A participant who never chose a language has none: the interface then follows the browser.
alter table participant alter column language drop not null, alter column language drop default;
update participant set language = null where language = 'en';

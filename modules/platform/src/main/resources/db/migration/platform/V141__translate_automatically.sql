-- Whether a participant wants each text in another language than theirs shown with its machine translation
-- beside it as soon as they see it, instead of asking with "Translate" each time.
alter table participant add column translate_automatically boolean not null default false;

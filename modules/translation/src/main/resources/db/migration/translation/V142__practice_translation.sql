-- Good practices are translated too (kind 'practice'); the cache is otherwise as V140 made it.
ALTER TABLE machine_translation DROP CONSTRAINT machine_translation_kind_check;
ALTER TABLE machine_translation ADD CONSTRAINT machine_translation_kind_check
  CHECK (kind IN ('post', 'thread', 'summary', 'paragraph', 'report', 'practice'));

-- Machine translations, one per text version and target language: the second reader asking for the same
-- translation is served from here, and an edit (a new version) is translated afresh. The source's hash guards
-- against a text changed without a new version; older versions' translations are deleted when a newer one is made.
CREATE TABLE machine_translation (
  kind text NOT NULL CHECK (kind IN ('post', 'thread', 'summary', 'paragraph', 'report')),
  subject_id text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 100),
  version integer NOT NULL CHECK (version >= 0),
  target_language text NOT NULL CHECK (target_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  source_language text NOT NULL CHECK (source_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  source_sha256 text NOT NULL,
  engine text NOT NULL,
  via text[] NOT NULL DEFAULT '{}',
  translated_html text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject_id, version, target_language)
);

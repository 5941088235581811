-- The key that signs pagination cursors, made by the first server that starts on this database, so every
-- instance on it accepts the cursors of the others and cursors survive restarts. PLENARY_CURSOR_KEY
-- overrides it.
CREATE TABLE cursor_signing_key (
  id smallint PRIMARY KEY CHECK (id = 1),
  secret bytea NOT NULL CHECK (octet_length(secret) >= 32),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Files that records carry (statements, documents' language versions, written inputs). A record keeps
-- file_id uuid references files (id); the row and the record are written in one transaction.
create table files (
  id          uuid primary key,
  filename    text not null check (length(filename) between 1 and 200),
  type        text not null check (type in ('pdf', 'docx', 'odt')),
  size        bigint not null check (size >= 0),
  sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Where the bytes are: in file_chunk ('postgres'), or in the object store under their sha256 ('s3').
  store       text not null check (store in ('postgres', 's3')),
  stored_at   timestamptz not null default now()
);

-- The default store's bytes, in chunks of at most 256 KiB, so that neither a write nor a read holds a file
-- in memory. Read by (file_id, seq): the primary key is the index.
create table file_chunk (
  file_id  uuid not null references files (id) on delete cascade,
  seq      int not null check (seq >= 0),
  bytes    bytea not null,
  primary key (file_id, seq)
);
-- PDF, DOCX and ODT are compressed already: TOAST need not try again.
alter table file_chunk alter column bytes set storage external;

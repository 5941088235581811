-- The files of language versions and of written inputs (platform's files table, V85). A language version is
-- made by its upload, so it always has one; a written input may have one.
alter table document_language_version add column file_id uuid not null references files (id);
alter table written_input add column file_id uuid references files (id);
create index document_language_file_idx on document_language_version (file_id);
create index written_input_file_idx on written_input (file_id) where file_id is not null;

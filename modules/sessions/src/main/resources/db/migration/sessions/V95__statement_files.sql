-- A statement's file (PDF, Word, ODT) is one of the platform's files (V85).
alter table statements add constraint statements_file_fk foreign key (file_id) references files (id);

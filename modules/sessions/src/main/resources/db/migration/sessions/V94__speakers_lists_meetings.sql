-- A speakers list of a meeting names a meeting of the programme of work (V89).
alter table speakers_lists add constraint speakers_lists_meeting_fk foreign key (meeting_id) references meetings (id);

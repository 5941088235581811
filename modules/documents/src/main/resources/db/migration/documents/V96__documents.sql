-- The document registry: documents issued by the Secretariat under UN symbols, the agenda items they are
-- issued under, and their language versions. Sessions and agenda items belong to the sessions context and are
-- read through its port: their ids are kept here without a foreign key across contexts.

create table document (
  id                uuid primary key default gen_random_uuid(),
  -- Canonical (platform.text.DocumentSymbol#text): unique across the registry, what posts link by.
  symbol            text not null unique check (length(symbol) <= 100),
  body              text not null,
  session_part      text not null,
  kind              text not null check (kind in ('document', 'conference-room-paper', 'working-paper', 'limited',
                                                  'information')),
  number            int not null check (number between 1 and 9999),
  -- The symbol without its Rev./Corr./Add. chain: every document of one family shares it.
  base_symbol       text not null,
  -- What this document revises, corrects or adds to (derived from the symbol; it must be in the registry).
  predecessor_id    uuid references document (id),
  relation          text check (relation in ('revises', 'corrects', 'adds-to')),
  title             text not null check (length(title) between 1 and 500),
  issued_on         date not null,
  distribution      text not null check (distribution in ('general', 'limited', 'restricted')),
  session_id        uuid,
  -- A draft of Plenary issued under this symbol: its thread and the version issued.
  draft_thread_id   uuid,
  draft_version     int,
  issued_by         uuid not null references participant (id),
  issued_at         timestamptz not null default clock_timestamp(),
  check ((predecessor_id is null) = (relation is null)),
  check ((draft_thread_id is null) = (draft_version is null))
);
-- The registry newest first, keyset-paged on (issued_on, symbol); per session; a family's documents.
create index document_issued_idx on document (issued_on desc, symbol);
create index document_session_idx on document (session_id, issued_on desc, symbol) where session_id is not null;
create index document_base_idx on document (base_symbol);
create index document_predecessor_idx on document (predecessor_id) where predecessor_id is not null;
create index document_kind_idx on document (kind, issued_on desc, symbol);

create table document_agenda_item (
  document_id     uuid not null references document (id),
  agenda_item_id  uuid not null,
  position        int not null,
  primary key (document_id, agenda_item_id)
);
create index document_agenda_item_idx on document_agenda_item (agenda_item_id, document_id);

-- One version per official language; the file comes with its upload (V98).
create table document_language_version (
  document_id       uuid not null references document (id),
  language          text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  original          boolean not null default false,
  advance_unedited  boolean not null default false,
  added_by          uuid not null references participant (id),
  added_at          timestamptz not null default clock_timestamp(),
  primary key (document_id, language)
);
-- At most one original language per document.
create unique index document_original_idx on document_language_version (document_id) where original;
create index document_language_idx on document_language_version (language, document_id);

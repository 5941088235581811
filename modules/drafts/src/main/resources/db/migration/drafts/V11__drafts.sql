-- Negotiating drafts: the paragraphs of threads of kind 'draft' (owned by the forum), their versions,
-- the stances of States, comments, amendments and dissociations.

create table draft_version (
  id            bigint generated always as identity primary key,
  thread_id     uuid not null references thread (id),
  -- 0 is the zero draft, 1 is Rev.1, ...
  number        int not null check (number >= 0),
  note          text not null default '',
  published_by  uuid not null references participant (id),
  published_at  timestamptz not null default clock_timestamp(),
  unique (thread_id, number)
);

-- A paragraph's identity, kept across versions so that comments and stances can be followed.
create table draft_paragraph (
  id         uuid primary key,
  thread_id  uuid not null references thread (id)
);
create index draft_paragraph_thread_idx on draft_paragraph (thread_id);

-- A paragraph as it stands in one version. The revision counts changes of its text: stances belong to
-- a revision, so they carry over while the text is unchanged and start afresh when it changes.
create table draft_paragraph_text (
  version_id    bigint not null references draft_version (id),
  paragraph_id  uuid not null references draft_paragraph (id),
  number        int not null check (number >= 1),
  heading       text,
  text          text not null,
  revision      int not null check (revision >= 1),
  change        text not null check (change in ('new', 'revised', 'unchanged', 'reinstated')),
  primary key (version_id, paragraph_id),
  unique (version_id, number)
);
create index draft_paragraph_text_history_idx on draft_paragraph_text (paragraph_id, version_id);

create table draft_stance (
  id            bigint generated always as identity primary key,
  paragraph_id  uuid not null references draft_paragraph (id),
  revision      int not null,
  state_id      text not null references organization (id),
  stance        text not null check (stance in ('support', 'object', 'reserve')),
  explanation   text,
  recorded_by   uuid not null references participant (id),
  -- The intergovernmental organization whose delegate recorded the stance on behalf of its member.
  recorded_via  text references organization (id),
  recorded_at   timestamptz not null default clock_timestamp(),
  superseded_at timestamptz
);
-- One current stance per State per paragraph revision; superseded ones stay as history.
create unique index draft_stance_current_idx on draft_stance (paragraph_id, revision, state_id)
  where superseded_at is null;
create index draft_stance_history_idx on draft_stance (paragraph_id, id desc);

-- A State joins consensus on the draft while dissociating from named paragraphs.
create table draft_dissociation (
  id             bigint generated always as identity primary key,
  thread_id      uuid not null references thread (id),
  state_id       text not null references organization (id),
  paragraph_ids  uuid[] not null,
  explanation    text,
  recorded_by    uuid not null references participant (id),
  recorded_at    timestamptz not null default clock_timestamp(),
  superseded_at  timestamptz
);
create unique index draft_dissociation_current_idx on draft_dissociation (thread_id, state_id)
  where superseded_at is null;

create table draft_comment (
  id               bigint generated always as identity primary key,
  paragraph_id     uuid not null references draft_paragraph (id),
  -- The version and text revision the comment was made on.
  version_number   int not null,
  revision         int not null,
  author_id        uuid not null references participant (id),
  organization_id  text not null references organization (id),
  body             text not null,
  created_at       timestamptz not null default clock_timestamp()
);
create index draft_comment_paragraph_idx on draft_comment (paragraph_id, id);

create table draft_amendment (
  id               bigint generated always as identity primary key,
  paragraph_id     uuid not null references draft_paragraph (id),
  version_number   int not null,
  revision         int not null,
  proposed_text    text not null,
  explanation      text,
  author_id        uuid not null references participant (id),
  organization_id  text not null references organization (id),
  status           text not null default 'proposed' check (status in ('proposed', 'withdrawn')),
  created_at       timestamptz not null default clock_timestamp(),
  withdrawn_at     timestamptz
);
create index draft_amendment_paragraph_idx on draft_amendment (paragraph_id, id);

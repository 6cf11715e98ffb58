-- Logbook (issue 6): attachments and the categories each structure chooses.

-- A photo or a PDF joined to an entry. Uploaded first (entry_id null), then joined by the entry
-- that names it — by the same author, in the same file — and never changed afterwards. The type
-- is the one found in the content, whatever the name says.
create table logbook_attachment (
    id           uuid primary key,
    file_id      uuid not null references coordination_file (id),
    entry_id     uuid references logbook_entry (id),
    uploaded_by  uuid not null references professional (id),
    uploaded_at  timestamp(6) with time zone not null,
    name         varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   integer not null check (size_bytes > 0),
    sha256       varchar(64) not null,
    content      bytea not null
);
create index logbook_attachment_entry on logbook_attachment (entry_id);

-- The categories a structure offers in its patients' logbooks (all when it has chosen none).
create table logbook_category_choice (
    structure_id uuid not null references structure (id),
    category     varchar(20) not null,
    position     integer not null,
    primary key (structure_id, category)
);

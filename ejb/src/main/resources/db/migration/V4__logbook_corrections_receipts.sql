-- Logbook (issue 6, first part): corrections, idempotent writes, read receipts.

-- A correction is a new entry pointing at the one it corrects; the original is never changed.
alter table logbook_entry
    add column corrects_id uuid references logbook_entry (id),
    add column client_key  uuid;
create index logbook_entry_corrects on logbook_entry (corrects_id) where corrects_id is not null;
-- The key a client sends with an entry (e.g. queued offline): the same key twice is one entry.
create unique index logbook_entry_client_key on logbook_entry (author_id, client_key)
    where client_key is not null;

-- Who has read which entry, and when (first reading).
create table logbook_read (
    entry_id        uuid not null references logbook_entry (id),
    professional_id uuid not null references professional (id),
    read_at         timestamp(6) with time zone not null,
    primary key (entry_id, professional_id)
);
create index logbook_read_professional on logbook_read (professional_id);

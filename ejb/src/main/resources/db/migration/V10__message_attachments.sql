-- Messaging (issue 6): photos and PDF joined to messages, as for the logbook (V7): uploaded first
-- by a member, joined once by that member's message, read by the conversation's members only.
create table message_attachment (
    id              uuid primary key,
    conversation_id uuid not null references conversation (id),
    message_id      uuid references message (id),
    uploaded_by     uuid not null references professional (id),
    uploaded_at     timestamp(6) with time zone not null,
    name            varchar(200) not null,
    media_type      varchar(100) not null,
    size_bytes      integer not null check (size_bytes > 0),
    sha256          varchar(64) not null,
    content         bytea not null
);
create index message_attachment_message on message_attachment (message_id);

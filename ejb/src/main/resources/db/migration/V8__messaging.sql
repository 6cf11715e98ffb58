-- Messaging (issue 6): conversations about a patient (members: the care team, plus resource
-- teams called in) or about a topic (members chosen), messages never edited nor deleted.
create table conversation (
    id              uuid primary key,
    kind            varchar(10) not null check (kind in ('PATIENT', 'TOPIC')),
    file_id         uuid references coordination_file (id),
    subject         varchar(200) not null,
    owner_id        uuid not null references professional (id),
    created_by      uuid not null references professional (id),
    created_at      timestamp(6) with time zone not null,
    last_message_at timestamp(6) with time zone,
    check ((kind = 'PATIENT') = (file_id is not null))
);
create index conversation_file on conversation (file_id) where file_id is not null;

-- Members named explicitly: chosen (topic) or called in with a resource team. The care team of a
-- patient conversation is not listed here: it is the team as it is at each moment.
create table conversation_member (
    id              uuid primary key,
    conversation_id uuid not null references conversation (id),
    professional_id uuid not null references professional (id),
    via             varchar(20) not null check (via in ('CHOSEN', 'RESOURCE_TEAM')),
    added_by        uuid not null references professional (id),
    added_at        timestamp(6) with time zone not null,
    unique (conversation_id, professional_id)
);
create index conversation_member_professional on conversation_member (professional_id);

create table message (
    id               uuid primary key,
    conversation_id  uuid not null references conversation (id),
    author_id        uuid not null references professional (id),
    author_name      varchar(200) not null,
    text             varchar(4000) not null,
    sent_at          timestamp(6) with time zone not null,
    system           boolean not null,
    mention_ids      varchar(2000) not null default '',
    client_key       uuid,
    logbook_entry_id uuid references logbook_entry (id)
);
create index message_conversation on message (conversation_id, sent_at desc);
create unique index message_client_key on message (author_id, client_key) where client_key is not null;

-- Up to when each member has read each conversation.
create table conversation_read (
    conversation_id uuid not null references conversation (id),
    professional_id uuid not null references professional (id),
    read_until      timestamp(6) with time zone not null,
    primary key (conversation_id, professional_id)
);

-- Issue 17: any professional of the directory signals a person who has no file yet to a
-- coordination structure, with its orientation form; the structure accepts it (and opens the
-- file, in request analysis) or refuses it, and the sender is told.
create table signal (
    id                uuid primary key,
    to_structure_id   uuid          not null references structure (id),
    from_structure_id uuid          not null references structure (id),
    sent_by           uuid          not null references professional (id),
    sent_at           timestamp(6) with time zone not null,
    first_name        varchar(100)  not null,
    last_name         varchar(100)  not null,
    birth_date        date          not null,
    sex               varchar(10)   not null,
    address_line      varchar(200)  not null,
    postal_code       varchar(5)    not null,
    city              varchar(100)  not null,
    phone             varchar(30),
    form_id           uuid references form (id),
    form_version      integer       not null,
    form_title        varchar(200)  not null,
    answers           text          not null,
    summary           text          not null,
    person_informed   boolean       not null,
    status            varchar(20)   not null,
    answered_by       uuid references professional (id),
    answered_at       timestamp(6) with time zone,
    answer_comment    varchar(1000),
    file_id           uuid references coordination_file (id),
    version           bigint        not null default 0,
    constraint signal_answered check ((status = 'SENT') = (answered_at is null)),
    constraint signal_file_on_acceptance check ((status = 'ACCEPTED') = (file_id is not null))
);
create index signal_to on signal (to_structure_id, sent_at desc);
create index signal_sent_by on signal (sent_by, sent_at desc);

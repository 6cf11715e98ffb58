-- Configurable forms (issue 8): forms of a structure, their versions, and the submissions filled
-- in patients' files. A definition and the answers are JSON documents (text) that the application
-- reads and checks; a published version never changes, and a submission points at its version.

create table form (
    id           uuid primary key,
    structure_id uuid          not null references structure (id),
    title        varchar(200)  not null,
    description  varchar(1000),
    template_key varchar(40),
    archived_at  timestamp(6) with time zone,
    created_at   timestamp(6) with time zone not null,
    created_by   uuid          not null references professional (id),
    version      bigint        not null default 0
);
create index form_structure on form (structure_id);

create table form_version (
    id           uuid primary key,
    form_id      uuid         not null references form (id),
    number       int          not null,
    status       varchar(12)  not null,
    definition   text         not null,
    updated_at   timestamp(6) with time zone not null,
    updated_by   uuid         not null references professional (id),
    published_at timestamp(6) with time zone,
    published_by uuid references professional (id),
    version      bigint       not null default 0,
    unique (form_id, number)
);
-- At most one draft per form.
create unique index form_version_draft on form_version (form_id) where status = 'DRAFT';

create table form_submission (
    id               uuid primary key,
    form_id          uuid          not null references form (id),
    form_version_id  uuid          not null references form_version (id),
    file_id          uuid          not null references coordination_file (id),
    status           varchar(12)   not null,
    answers          text          not null,
    scores           text          not null,
    created_by       uuid          not null references professional (id),
    created_by_name  varchar(200)  not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    submitted_at     timestamp(6) with time zone,
    version          bigint        not null default 0
);
create index form_submission_file on form_submission (file_id, created_at desc);
create index form_submission_form on form_submission (form_id);

-- Care plan (PPS, issue 5) and in-app notifications.

-- One care plan per coordination file. `revision` grows with every change of the plan (its
-- versions, their actions, its reviews): it is the ETag people edit from.
create table care_plan (
    id          uuid primary key,
    file_id     uuid not null unique references coordination_file (id),
    revision    bigint not null,
    started_at  timestamp(6) with time zone not null,
    started_by  uuid not null references professional (id)
);

-- The content of a version is a JSON document (problems, goals, actions) that the application
-- reads and checks; a validated version is frozen and signed with the SHA-256 of that document.
create table care_plan_version (
    id                uuid primary key,
    plan_id           uuid not null references care_plan (id),
    number            integer not null,
    status            varchar(20) not null check (status in ('DRAFT', 'VALIDATED')),
    content           text not null,
    created_at        timestamp(6) with time zone not null,
    created_by        uuid not null references professional (id),
    created_by_name   varchar(200) not null,
    validated_at      timestamp(6) with time zone,
    validated_by      uuid references professional (id),
    validated_by_name varchar(200),
    content_hash      varchar(64),
    unique (plan_id, number),
    check ((status = 'VALIDATED') = (validated_at is not null and content_hash is not null))
);
-- At most one draft per plan.
create unique index care_plan_version_one_draft on care_plan_version (plan_id) where status = 'DRAFT';

-- A validated version never changes again, whatever the application does.
create function care_plan_version_frozen() returns trigger language plpgsql as $$
begin
    if old.status = 'VALIDATED' then
        raise exception 'care plan version % of plan % is validated and frozen', old.number, old.plan_id;
    end if;
    return new;
end $$;
create trigger care_plan_version_frozen before update or delete on care_plan_version
    for each row execute function care_plan_version_frozen();

-- Scheduled reviews (bilans) and their outcome.
create table care_plan_review (
    id                uuid primary key,
    plan_id           uuid not null references care_plan (id),
    due_on            date not null,
    purpose           varchar(500) not null,
    scheduled_by      uuid not null references professional (id),
    scheduled_at      timestamp(6) with time zone not null,
    held_on           date,
    outcome           varchar(4000),
    recorded_by       uuid references professional (id),
    recorded_by_name  varchar(200),
    opened_version    integer
);
create index care_plan_review_plan on care_plan_review (plan_id, due_on);

-- What concerns one professional, shown in the app (and mailed without health data).
create table notification (
    id            uuid primary key,
    recipient_id  uuid not null references professional (id),
    kind          varchar(40) not null,
    file_id       uuid references coordination_file (id),
    actor_name    varchar(200),
    link          varchar(500) not null,
    created_at    timestamp(6) with time zone not null,
    read_at       timestamp(6) with time zone
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_unread on notification (recipient_id) where read_at is null;

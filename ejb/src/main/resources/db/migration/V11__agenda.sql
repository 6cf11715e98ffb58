-- Shared agendas (issue 7): appointments about a patient (possibly recurring, with exceptions),
-- multidisciplinary meetings (RCP), availability slots and their bookings, reminders, and the
-- private iCalendar feeds. Times are Paris wall-clock times (start_local) plus the exact instants
-- they give (starts_at / ends_at), so a daylight-saving change never moves a visit.
create table appointment (
    id               uuid primary key,
    kind             varchar(12) not null check (kind in ('VISIT', 'APPOINTMENT', 'MEETING')),
    file_id          uuid references coordination_file (id),
    title            varchar(200) not null,
    location         varchar(300),
    performer_kind   varchar(12) check (performer_kind in ('PROFESSIONAL', 'STRUCTURE')),
    performer_id     uuid,
    start_local      timestamp(0) without time zone not null,
    time_zone        varchar(40) not null,
    duration_minutes integer not null check (duration_minutes between 1 and 1440),
    rrule            varchar(300),
    -- the first occurrence's start; the last occurrence's end, null when the series never ends
    starts_at        timestamp(6) with time zone not null,
    ends_at          timestamp(6) with time zone,
    reminder_minutes integer check (reminder_minutes between 0 and 10080),
    agenda           varchar(4000),
    decided_at       timestamp(6) with time zone,
    decided_by       uuid references professional (id),
    created_by       uuid not null references professional (id),
    created_at       timestamp(6) with time zone not null,
    cancelled_at     timestamp(6) with time zone,
    revision         integer not null default 0,
    check ((kind = 'MEETING') = (file_id is null)),
    check ((kind = 'MEETING') = (performer_kind is null)),
    check ((performer_kind is null) = (performer_id is null))
);
create index appointment_file on appointment (file_id) where file_id is not null;
create index appointment_performer on appointment (performer_id) where performer_id is not null;
create index appointment_period on appointment (starts_at, ends_at);

-- One occurrence of a series cancelled or moved, keyed by its original local start.
create table appointment_exception (
    appointment_id   uuid not null references appointment (id),
    occurrence       timestamp(0) without time zone not null,
    cancelled        boolean not null,
    start_local      timestamp(0) without time zone,
    duration_minutes integer check (duration_minutes between 1 and 1440),
    primary key (appointment_id, occurrence),
    check (cancelled = (start_local is null))
);

create table meeting_patient (
    meeting_id       uuid not null references appointment (id),
    file_id          uuid not null references coordination_file (id),
    decision         varchar(4000),
    logbook_entry_id uuid references logbook_entry (id),
    primary key (meeting_id, file_id)
);
create index meeting_patient_file on meeting_patient (file_id);

create table meeting_participant (
    meeting_id      uuid not null references appointment (id),
    professional_id uuid not null references professional (id),
    answer          varchar(10) not null check (answer in ('PENDING', 'ACCEPTED', 'DECLINED')),
    answered_at     timestamp(6) with time zone,
    comment         varchar(500),
    primary key (meeting_id, professional_id)
);
create index meeting_participant_professional on meeting_participant (professional_id);

-- A slot is booked once: the booking is a conditional update of appointment_id (null → set),
-- and the unique constraint backs it.
create table availability_slot (
    id               uuid primary key,
    owner_kind       varchar(12) not null check (owner_kind in ('PROFESSIONAL', 'STRUCTURE')),
    owner_id         uuid not null,
    start_local      timestamp(0) without time zone not null,
    duration_minutes integer not null check (duration_minutes between 1 and 1440),
    starts_at        timestamp(6) with time zone not null,
    ends_at          timestamp(6) with time zone not null,
    published_by     uuid not null references professional (id),
    published_at     timestamp(6) with time zone not null,
    appointment_id   uuid unique references appointment (id),
    booked_by        uuid references professional (id),
    booked_at        timestamp(6) with time zone,
    unique (owner_id, starts_at)
);
create index availability_slot_owner on availability_slot (owner_id, starts_at);

-- Inserted by whichever node's timer gets there first: each reminder goes out once.
create table agenda_reminder (
    appointment_id uuid not null references appointment (id),
    occurrence     timestamp(0) without time zone not null,
    recipient_id   uuid not null references professional (id),
    sent_at        timestamp(6) with time zone not null,
    primary key (appointment_id, occurrence, recipient_id)
);

-- The private subscription URL of a professional's agenda: only a hash of its token is kept.
create table calendar_feed (
    professional_id uuid primary key references professional (id),
    token_hash      varchar(64) not null unique,
    detail          varchar(10) not null check (detail in ('DISCREET', 'DETAILED')),
    created_at      timestamp(6) with time zone not null
);

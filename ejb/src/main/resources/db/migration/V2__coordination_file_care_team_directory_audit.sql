-- Coordination file, case workflow, care team, directory and access log (issue 4).

-- ------------------------------------------------------------------ coordination file
alter table coordination_file
    add column ins_status           varchar(12),
    add column phone                varchar(30),
    add column status               varchar(20)  not null default 'REQUEST_ANALYSIS',
    add column status_since         date,
    add column referral_origin      varchar(30),
    add column referral_detail      varchar(200),
    add column catchment_area       varchar(100),
    add column case_manager_id      uuid references professional (id),
    add column consent_given_by     varchar(200),
    add column consent_relationship varchar(30),
    add column consent_given_on     date,
    add column consent_scope        varchar(30),
    add column consent_withdrawn_on date,
    add column consent_withdrawal_reason varchar(500);
update coordination_file set ins_status = 'PROVISIONAL' where ins is not null;
update coordination_file
   set status_since = cast(opened_at at time zone 'Europe/Paris' as date), case_manager_id = opened_by;
alter table coordination_file alter column status_since set not null;
create index coordination_file_structure_status on coordination_file (structure_id, status);

-- Every transition of the case workflow, kept forever: indicators are computed from it.
create table case_status_change (
    id              uuid primary key,
    file_id         uuid          not null references coordination_file (id),
    from_status     varchar(20),
    to_status       varchar(20)   not null,
    effective_on    date          not null,
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     uuid          not null references professional (id),
    recorded_by_name varchar(200) not null,
    reason          varchar(1000) not null
);
create index case_status_change_file on case_status_change (file_id, recorded_at);
insert into case_status_change (id, file_id, from_status, to_status, effective_on, recorded_at, recorded_by, recorded_by_name, reason)
select gen_random_uuid(), f.id, null, 'REQUEST_ANALYSIS', cast(f.opened_at at time zone 'Europe/Paris' as date), f.opened_at, f.opened_by,
       p.first_name || ' ' || p.last_name, 'File opened'
from coordination_file f join professional p on p.id = f.opened_by;

-- Family caregivers (aidants) and other contacts of the patient.
create table file_contact (
    id           uuid primary key,
    file_id      uuid         not null references coordination_file (id),
    kind         varchar(30)  not null,
    name         varchar(200) not null,
    relationship varchar(100),
    phone        varchar(30),
    email        varchar(200),
    added_at     timestamp(6) with time zone not null
);
create index file_contact_file on file_contact (file_id);

-- Orientation / admission requests sent from a file to a structure of the directory.
create table orientation_request (
    id                uuid primary key,
    file_id           uuid          not null references coordination_file (id),
    from_structure_id uuid          not null references structure (id),
    to_structure_id   uuid          not null references structure (id),
    kind              varchar(20)   not null,
    summary           varchar(4000) not null,
    status            varchar(20)   not null,
    sent_by           uuid          not null references professional (id),
    sent_at           timestamp(6) with time zone not null,
    answered_by       uuid references professional (id),
    answered_at       timestamp(6) with time zone,
    answer_comment    varchar(1000),
    admitted_on       date,
    version           bigint        not null default 0
);
create index orientation_request_to on orientation_request (to_structure_id, sent_at desc);
create index orientation_request_file on orientation_request (file_id, sent_at desc);

-- ------------------------------------------------------------------ care team
alter table care_team_member
    add column ended_at    timestamp(6) with time zone,
    add column ended_by    uuid,
    add column end_reason  varchar(500);
-- A professional may come back after leaving: one open membership per file and professional.
alter table care_team_member drop constraint care_team_member_file_id_professional_id_key;
create unique index care_team_member_open on care_team_member (file_id, professional_id) where ended_at is null;
create index care_team_member_file on care_team_member (file_id);

create table care_team_invitation (
    id              uuid primary key,
    file_id         uuid          not null references coordination_file (id),
    role            varchar(30)   not null,
    professional_id uuid references professional (id),
    email           varchar(200)  not null,
    first_name      varchar(100)  not null,
    last_name       varchar(100)  not null,
    profession      varchar(40)   not null,
    structure_id    uuid          not null references structure (id),
    token_hash      varchar(64)   not null unique,
    invited_by      uuid          not null references professional (id),
    invited_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    status          varchar(20)   not null,
    answered_at     timestamp(6) with time zone,
    answered_by     uuid references professional (id),
    version         bigint        not null default 0
);
create index care_team_invitation_file on care_team_invitation (file_id);

-- The GP delegates the authoring of the care plan to the coordination structure.
create table care_plan_delegation (
    id            uuid primary key,
    file_id       uuid not null references coordination_file (id),
    structure_id  uuid not null references structure (id),
    delegated_by  uuid not null references professional (id),
    delegated_at  timestamp(6) with time zone not null,
    revoked_by    uuid references professional (id),
    revoked_at    timestamp(6) with time zone
);
create unique index care_plan_delegation_open on care_plan_delegation (file_id) where revoked_at is null;

-- Break-glass: a professional of the file's structure opens it in an emergency, for a while.
create table emergency_access (
    id              uuid primary key,
    file_id         uuid          not null references coordination_file (id),
    professional_id uuid          not null references professional (id),
    reason          varchar(1000) not null,
    granted_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null
);
create index emergency_access_professional on emergency_access (professional_id, expires_at);
create index emergency_access_file on emergency_access (file_id);

-- ------------------------------------------------------------------ directory
alter table structure
    add column phone   varchar(30),
    add column email   varchar(200),
    add column version bigint not null default 0;
alter table professional add column version bigint not null default 0;
create index professional_structure on professional (structure_id);

create table structure_service (
    id           uuid primary key,
    structure_id uuid         not null references structure (id),
    name         varchar(200) not null,
    phone        varchar(30),
    unique (structure_id, name)
);

-- ------------------------------------------------------------------ mail outbox
-- Mail is written in the transaction of what causes it and sent after commit (and retried):
-- nothing is sent for work that rolled back, nothing is lost when the SMTP server is down.
create table outgoing_mail (
    id         uuid primary key,
    recipient  varchar(200)  not null,
    subject    varchar(300)  not null,
    body       text          not null,
    created_at timestamp(6) with time zone not null,
    sent_at    timestamp(6) with time zone,
    attempts   int           not null default 0,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(1000)
);
create index outgoing_mail_pending on outgoing_mail (next_attempt_at) where sent_at is null;

-- ------------------------------------------------------------------ audit: tamper-evident
-- Each record carries the hash of the previous record of the same file (a chain per file); the
-- head of each chain is kept apart, so that removing the last records is detected too. The
-- database computes the chain in a trigger, under a lock of the chain head, so that concurrent
-- transactions can never fork it; chain_seq is the order in the chain (ids come from a sequence
-- before the lock, so two concurrent inserts may chain in the other order than their ids).
-- UPDATE and DELETE are refused: the log is append-only.
alter table audit_record
    add column emergency boolean      not null default false,
    add column chain_seq bigint,
    add column prev_hash varchar(64),
    add column hash      varchar(64);

create table audit_chain_head (
    file_id   uuid primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

create function audit_record_canonical(r audit_record, prev varchar) returns text
language sql immutable as $$
  select coalesce(prev, '') || '|' || r.id || '|' || r.chain_seq || '|'
      || to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|'
      || r.actor_id || '|' || r.actor_username || '|' || r.file_id || '|' || r.action || '|'
      || r.resource || '|' || coalesce(r.detail, '') || '|' || r.emergency
$$;

create function audit_record_chain() returns trigger
language plpgsql as $$
declare
  prev varchar(64);
  seq bigint;
begin
  insert into audit_chain_head (file_id, last_seq, last_hash) values (new.file_id, 0, '')
    on conflict (file_id) do nothing;
  select last_hash, last_seq into prev, seq from audit_chain_head where file_id = new.file_id for update;
  new.chain_seq := seq + 1;
  new.prev_hash := prev;
  new.hash := encode(sha256(convert_to(audit_record_canonical(new, prev), 'UTF8')), 'hex');
  update audit_chain_head set last_seq = new.chain_seq, last_hash = new.hash where file_id = new.file_id;
  return new;
end
$$;

create function audit_record_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit records are append-only';
end
$$;

-- Chain the records written before this migration, in their order.
do $$
declare
  r audit_record;
  prev varchar(64);
  seq bigint;
  h varchar(64);
begin
  for r in select * from audit_record order by file_id, id loop
    select last_hash, last_seq into prev, seq from audit_chain_head where file_id = r.file_id;
    if not found then
      prev := '';
      seq := 0;
      insert into audit_chain_head (file_id, last_seq, last_hash) values (r.file_id, 0, '');
    end if;
    r.chain_seq := seq + 1;
    h := encode(sha256(convert_to(audit_record_canonical(r, prev), 'UTF8')), 'hex');
    update audit_record set chain_seq = r.chain_seq, prev_hash = prev, hash = h where id = r.id;
    update audit_chain_head set last_seq = r.chain_seq, last_hash = h where file_id = r.file_id;
  end loop;
end
$$;
alter table audit_record alter column hash set not null;
alter table audit_record alter column chain_seq set not null;

create trigger audit_record_chain before insert on audit_record
  for each row execute function audit_record_chain();
create trigger audit_record_append_only before update or delete on audit_record
  for each row execute function audit_record_append_only();
create unique index audit_record_chain on audit_record (file_id, chain_seq);

-- Reminders of care-plan actions and reviews that fall due: one row per item, kind and date,
-- inserted by whichever node's timer gets there first, so each reminder goes out once.
create table care_plan_reminder (
    item_id  uuid not null,
    kind     varchar(20) not null check (kind in ('ACTION_DUE', 'REVIEW_DUE')),
    due_on   date not null,
    sent_at  timestamp(6) with time zone not null,
    primary key (item_id, kind, due_on)
);

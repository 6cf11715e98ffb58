-- How each professional wants to hear of notifications by e-mail: each one at once, a daily
-- digest, or never (the app always lists them).
create table notification_preference (
    professional_id uuid primary key references professional (id),
    email           varchar(20) not null check (email in ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER')),
    updated_at      timestamp(6) with time zone not null
);

-- What became of a notification's e-mail: sent at once (or never), or waiting for the digest.
alter table notification
    add column email varchar(20) not null default 'SENT'
        check (email in ('SENT', 'NOT_SENT', 'DIGEST_PENDING', 'DIGESTED'));
alter table notification alter column email drop default;
create index notification_digest_pending on notification (recipient_id) where email = 'DIGEST_PENDING';

-- Issue 17: requests sent to a structure are announced to those who answer them, its
-- administrators and case managers. Their roles live in Keycloak, which Liaison does not list:
-- each login's realm roles are kept here as they were at its latest call.
create table professional_login (
    professional_id uuid primary key references professional (id),
    -- the realm roles Liaison knows, sorted, each between commas: ',case_manager,professional,'
    roles           varchar(500) not null,
    seen_at         timestamp(6) with time zone not null
);

-- P1 anchor: what GET /api/patients/{file}/logbook/entries?page=N&size=50 needs from the
-- database, in one transaction (pgbench wraps nothing: begin/commit are here).
-- -D: file (uuid), users ('{a,b}' usernames of team members), nusers, maxpage (pages - 1).
\set page random(0, :maxpage)
\set k random(1, :nusers)
begin;
-- the caller, from the token's username
select id as me from professional where username = (:users::text[])[:k] \gset
-- access check: an open, active membership of the care team (else an emergency access)
select role from care_team_member where file_id = :file and professional_id = :me
   and ended_at is null and since <= current_date and (until is null or until >= current_date);
-- the page, newest first (the whole rows are read; their ids are kept for what follows)
select array_agg(id) as ids, sum(length(text) + length(author_name)) as chars
  from (select * from logbook_entry where file_id = :file
         order by written_at desc, id desc offset :page * 50 limit 50) p \gset
-- what the page shows with each entry: corrections, readers (with their names), attachments
select corrects_id, id, written_at from logbook_entry
 where corrects_id = any(:ids::uuid[]) order by written_at;
select r.entry_id, r.read_at, p.first_name, p.last_name from logbook_read r
  join professional p on p.id = r.professional_id
 where r.entry_id = any(:ids::uuid[]) order by r.read_at;
select id, entry_id, name, media_type, size_bytes from logbook_attachment
 where entry_id = any(:ids::uuid[]);
-- read receipts of the entries shown that others wrote (the first reading is kept)
insert into logbook_read (entry_id, professional_id, read_at)
select id, :me, now() from logbook_entry where id = any(:ids::uuid[]) and author_id <> :me
    on conflict do nothing;
-- the audit row (its trigger chains it to the file's previous record)
insert into audit_record (occurred_at, actor_id, actor_username, file_id, action, resource, detail, emergency)
values (now(), :me, (:users::text[])[:k], :file, 'READ', 'logbook', 'page ' || :page, false);
-- the total, for the pager
select count(*) from logbook_entry where file_id = :file;
commit;

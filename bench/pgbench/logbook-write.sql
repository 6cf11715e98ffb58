-- P2 anchor: what POST /api/patients/{file}/logbook/entries needs from the database, in one
-- transaction. -D: files ('{uuid,…}', one or many), nfiles, users ('{a,b}'), nusers.
\set i random(1, :nfiles)
\set k random(1, :nusers)
begin;
select id as me, first_name || ' ' || last_name as name from professional
 where username = (:users::text[])[:k] \gset
-- access check to edit: an open, active membership
select role from care_team_member where file_id = (:files::uuid[])[:i] and professional_id = :me
   and ended_at is null and since <= current_date and (until is null or until >= current_date) \gset
-- the client key (chosen by the client: here, before the lookup, so that the lookup is by value
-- and uses its index) was not used yet (an offline queue may send an entry twice)
select gen_random_uuid() as key \gset
select id from logbook_entry where author_id = :me and client_key = :key;
-- the category is one of the file's structure
select category from logbook_category_choice
 where structure_id = (select structure_id from coordination_file where id = (:files::uuid[])[:i])
 order by position;
insert into logbook_entry (id, file_id, author_id, author_name, author_role, category, text,
                           important, written_at, client_key)
values (gen_random_uuid(), (:files::uuid[])[:i], :me, :name, :role, 'CARE',
        'Passage (benchmark, anchor) ' || :client_id || ' ' || random(), false, now(), :key);
insert into audit_record (occurred_at, actor_id, actor_username, file_id, action, resource, detail, emergency)
values (now(), :me, (:users::text[])[:k], (:files::uuid[])[:i], 'CREATE', 'logbook', 'CARE', false);
-- the team, told live after commit
select m.professional_id, p.first_name, p.last_name from care_team_member m
  join professional p on p.id = m.professional_id
 where m.file_id = (:files::uuid[])[:i] and m.ended_at is null
   and m.since <= current_date and (m.until is null or m.until >= current_date);
commit;

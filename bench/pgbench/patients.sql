-- P1b anchor: what GET /api/patients?page=0&size=20[&q=term] needs from the database, in one
-- transaction: the files the caller may see, a page of them by name, the case managers shown,
-- one audit row per file listed (in file order), the total.
-- -D: user (username), terms ('{…}' search terms, or '{}' for "Mes patients"), nterms (≥ 1)
\set t random(1, :nterms)
begin;
select id as me from professional where username = :user \gset
select coalesce(array_agg(file_id), '{}') as ids from (
  select file_id from care_team_member where professional_id = :me
     and ended_at is null and since <= current_date and (until is null or until >= current_date)
  union
  select file_id from emergency_access where professional_id = :me and expires_at > now()) v \gset
select '%' || coalesce((:terms::text[])[:t], '') || '%' as pat \gset
select coalesce(array_agg(id), '{}') as page, coalesce(array_agg(distinct case_manager_id), '{}') as managers
  from (select * from coordination_file where id = any(:ids::uuid[])
           and (lower(last_name) like :pat or lower(first_name) like :pat
                or lower(first_name || ' ' || last_name) like :pat
                or lower(last_name || ' ' || first_name) like :pat)
         order by lower(last_name), lower(first_name), id limit 20) f \gset
select id, first_name, last_name, profession from professional where id = any(:managers::uuid[]);
insert into audit_record (occurred_at, actor_id, actor_username, file_id, action, resource, detail, emergency)
select now(), :me, :user, f, 'READ', 'coordination-file', 'list', false
  from unnest(:page::uuid[]) f order by f;
select count(*) from coordination_file where id = any(:ids::uuid[])
   and (lower(last_name) like :pat or lower(first_name) like :pat
        or lower(first_name || ' ' || last_name) like :pat
        or lower(last_name || ' ' || first_name) like :pat);
commit;

-- Removes what bench/sql/dev-data.sql created (before the generated data is measured): the files
-- b0000000-…, their care-team members and what the benchmark wrote in them, and the 10 000
-- entries added to Bernard Lemoine's demo file (the three demo entries stay). Audit records stay
-- (append-only; they have no foreign key).
\set ON_ERROR_STOP on
begin;
create temporary table dev_file on commit drop as
  select id from coordination_file where id::text like 'b0000000-0000-4000-8000-%';
create temporary table dev_entry on commit drop as
  select id from logbook_entry where file_id in (select id from dev_file)
     or text like 'Passage (benchmark%'
     or (file_id = 'c0000000-0000-4000-8000-000000000001' and text like 'Passage du %');
delete from logbook_read where entry_id in (select id from dev_entry);
delete from logbook_attachment where entry_id in (select id from dev_entry);
delete from logbook_entry where id in (select id from dev_entry);
delete from care_team_member where file_id in (select id from dev_file);
delete from coordination_file where id in (select id from dev_file);
select (select count(*) from dev_file) || ' dev files, ' || (select count(*) from dev_entry) || ' entries removed';
commit;

-- What one run of bench/run.sh wrote, removed at its end so that the next run (e.g. "after")
-- measures the same data: P2's entries (their text starts with "Passage (benchmark"), and the
-- read receipts P1 left, since the run started, on the file it read, by the users it read as.
-- Their audit records stay: the audit log is append-only.
-- psql variables: start (timestamp the run started, database time), file (P1's file id),
-- users ('{a,b}': P1's readers).
\set ON_ERROR_STOP on
begin;
create temporary table run_entry on commit drop as
  select id from logbook_entry where text like 'Passage (benchmark%' and written_at >= :'start';
delete from logbook_read where entry_id in (select id from run_entry);
delete from logbook_attachment where entry_id in (select id from run_entry);
delete from logbook_entry where id in (select id from run_entry);
delete from logbook_read where read_at >= :'start'
   and professional_id in (select id from professional where username = any(:'users'::text[]))
   and entry_id in (select id from logbook_entry where file_id = :'file');
select count(*) || ' entries written by this run removed' from run_entry;
commit;

-- Removes the logbook entries the benchmark's P2 wrote (their text starts with "Passage
-- (benchmark"), with their read receipts, so that the next run reads the same logbook again.
-- Their audit records stay: the audit log is append-only (by design, see ADR 0006).
\set ON_ERROR_STOP on
begin;
create temporary table bench_entry on commit drop as
  select id from logbook_entry where text like 'Passage (benchmark%';
delete from logbook_read where entry_id in (select id from bench_entry);
delete from logbook_attachment where entry_id in (select id from bench_entry);
delete from logbook_entry where id in (select id from bench_entry);
select count(*) || ' benchmark entries removed' from bench_entry;
commit;

-- Audit records are appended without any lock and sealed into their file's hash chain shortly
-- after (docs/adr/0012). Until now a BEFORE INSERT trigger chained each record under a lock of
-- its file's chain head, held to the end of the transaction: every read of a patient's data was
-- serialised behind every other access to the same patient, and a page listing 100 files took
-- 100 such locks.
--
-- Now:
-- * an INSERT only stores the record; its chain columns stay empty (a trigger empties them, so a
--   forged "already sealed" record cannot be slipped in by an ordinary insert);
-- * audit_seal(n, wait) chains the n oldest unsealed records in id order, one sealer at a time in the
--   whole cluster (a transaction-level advisory lock); the application calls it every second and
--   before every verification;
-- * the only UPDATE ever accepted is that sealing: a record without hash gets its chain columns,
--   nothing else changes. Every other UPDATE and every DELETE is still refused.

drop trigger audit_record_chain on audit_record;
drop function audit_record_chain();

alter table audit_record alter column hash drop not null;
alter table audit_record alter column chain_seq drop not null;

create index audit_record_unsealed on audit_record (id) where hash is null;

create function audit_record_unsealed_on_insert() returns trigger
language plpgsql as $$
begin
  new.chain_seq := null;
  new.prev_hash := null;
  new.hash := null;
  return new;
end
$$;

create trigger audit_record_unsealed_on_insert before insert on audit_record
  for each row execute function audit_record_unsealed_on_insert();

create or replace function audit_record_append_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
     and (new.id, new.occurred_at, new.actor_id, new.actor_username, new.file_id, new.action,
          new.resource, new.detail, new.emergency)
         is not distinct from
         (old.id, old.occurred_at, old.actor_id, old.actor_username, old.file_id, old.action,
          old.resource, old.detail, old.emergency) then
    return new;
  end if;
  raise exception 'audit records are append-only';
end
$$;

-- Seals at most max_records unsealed records, oldest id first, and returns how many. When another
-- transaction is sealing, returns -1 at once (it will take these records too), or with wait waits
-- for it to end first. The batch is chained file by file, each file's head read once and written
-- once: a head updated at every record would pile up row versions within the transaction, and
-- reading it again would cost more at each record of a busy file.
create function audit_seal(max_records integer, wait boolean) returns integer
language plpgsql as $$
declare
  r audit_record;
  file uuid;
  prev varchar(64);
  seq bigint;
  sealed integer := 0;
begin
  if wait then
    perform pg_advisory_xact_lock(4242, 1);
  elsif not pg_try_advisory_xact_lock(4242, 1) then
    return -1;
  end if;
  for r in
    select * from (select * from audit_record where hash is null order by id limit max_records) b
    order by file_id, id
  loop
    if file is distinct from r.file_id then
      if file is not null then
        update audit_chain_head set last_seq = seq, last_hash = prev where file_id = file;
      end if;
      file := r.file_id;
      select last_hash, last_seq into prev, seq from audit_chain_head where file_id = file;
      if not found then
        prev := '';
        seq := 0;
        insert into audit_chain_head (file_id, last_seq, last_hash) values (file, 0, '');
      end if;
    end if;
    seq := seq + 1;
    r.chain_seq := seq;
    update audit_record
       set chain_seq = seq, prev_hash = prev,
           hash = encode(sha256(convert_to(audit_record_canonical(r, prev), 'UTF8')), 'hex')
     where id = r.id
    returning hash into prev;
    sealed := sealed + 1;
  end loop;
  if file is not null then
    update audit_chain_head set last_seq = seq, last_hash = prev where file_id = file;
  end if;
  return sealed;
end
$$;

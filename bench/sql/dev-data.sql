-- Development data for the benchmark, for a database holding only the demo data (until the
-- regional-scale generator has run). Idempotent: it does nothing the second time. Everything it
-- creates has an id starting with b0000000 (files) or is an entry of Bernard Lemoine's demo file.
--   * 10 000 logbook entries in Bernard's file (c0000000-…-0001), written by his team, over a year;
--   * 4 999 more files in DAC Cœur de Loire (5 000 with Bernard's), isabelle.martin case manager
--     and in the team of 299 of them (300 with Bernard's), lucie.petit home aide in 49 of them
--     (50 files she can write in, with Bernard's).
\set ON_ERROR_STOP on
begin;
select count(*) >= 10000 as done from logbook_entry
 where file_id = 'c0000000-0000-4000-8000-000000000001' \gset
\if :done
  \echo 'dev data already there'
\else
insert into logbook_entry (id, file_id, author_id, author_name, author_role, category, text,
                           important, written_at)
select gen_random_uuid(), 'c0000000-0000-4000-8000-000000000001', a.id,
       a.first_name || ' ' || a.last_name, a.role,
       (array['CARE','HYGIENE','MEALS','MOOD','FALL','MEDICATION','SOCIAL'])[1 + n % 7],
       'Passage du ' || n || ' : ' || repeat('observation de routine, rien de particulier. ', 1 + n % 5),
       n % 50 = 0, now() - make_interval(mins => n * 50)
  from generate_series(1, 10000) n
  join (select p.id, p.first_name, p.last_name, m.role, row_number() over (order by p.id) - 1 as k
          from care_team_member m join professional p on p.id = m.professional_id
         where m.file_id = 'c0000000-0000-4000-8000-000000000001' and m.ended_at is null) a
    on a.k = n % 4;

insert into coordination_file (id, structure_id, first_name, last_name, birth_date, sex,
       address_line, postal_code, city, opened_at, opened_by, status, status_since, case_manager_id)
select ('b0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       '5a000000-0000-4000-8000-000000000001',
       (array['Jeanne','Marcel','Odette','René','Simone','Lucien','Yvette','Gaston','Paulette','Roger'])[1 + n % 10],
       (array['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier'])[1 + (n / 10) % 20]
         || case when n % 3 = 0 then '' else '-' || (n % 97) end,
       date '1930-01-01' + (n * 7) % 10000, case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
       n || ' rue des Tilleuls', '45000', 'Orléans', now() - make_interval(days => n % 700),
       '9b000000-0000-4000-8000-000000000001',
       case when n % 4 = 0 then 'REQUEST_ANALYSIS' else 'INCLUDED' end, current_date - n % 700,
       '9b000000-0000-4000-8000-000000000001'
  from generate_series(1, 4999) n;

insert into care_team_member (id, file_id, professional_id, role, since, added_by, added_at)
select gen_random_uuid(), ('b0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       '9b000000-0000-4000-8000-000000000001', 'CASE_MANAGER', current_date - 30,
       '9b000000-0000-4000-8000-000000000001', now()
  from generate_series(1, 299) n;
insert into care_team_member (id, file_id, professional_id, role, since, added_by, added_at)
select gen_random_uuid(), ('b0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       '9b000000-0000-4000-8000-000000000003', 'HOME_AIDE', current_date - 30,
       '9b000000-0000-4000-8000-000000000001', now()
  from generate_series(1, 49) n;
analyze logbook_entry; analyze coordination_file; analyze care_team_member;
\endif
commit;

-- Demo data (LIAISON_DEMO_DATA=true only): the directory of a fictitious territory around
-- Orléans and Bernard, the patient of the reference story (seed 001). Idempotent: re-applied
-- whenever this file changes, it never overwrites what users have changed since.

insert into structure (id, name, type, commune, postal_code) values
 ('5a000000-0000-4000-8000-000000000001', 'DAC Cœur de Loire', 'DAC', 'Orléans', '45000'),
 ('5a000000-0000-4000-8000-000000000002', 'DAC Loire Sud', 'DAC', 'Gien', '45500'),
 ('5a000000-0000-4000-8000-000000000003', 'Aide et Vie à Domicile', 'HOME_CARE_SERVICE', 'Orléans', '45000'),
 ('5a000000-0000-4000-8000-000000000004', 'Cabinet médical des Tilleuls', 'HEALTH_PRACTICE', 'Olivet', '45160'),
 ('5a000000-0000-4000-8000-000000000005', 'Cabinet infirmier du Centre', 'HEALTH_PRACTICE', 'Orléans', '45000'),
 ('5a000000-0000-4000-8000-000000000006', 'EHPAD Les Glycines', 'NURSING_HOME', 'Saint-Jean-de-Braye', '45800'),
 ('5a000000-0000-4000-8000-000000000007', 'CHR d''Orléans', 'HOSPITAL', 'Orléans', '45100'),
 ('5a000000-0000-4000-8000-000000000008', 'Pharmacie du Marché', 'PHARMACY', 'Orléans', '45000'),
 ('5a000000-0000-4000-8000-000000000009', 'CCAS d''Orléans', 'SOCIAL_SERVICE', 'Orléans', '45000'),
 ('5a000000-0000-4000-8000-000000000010', 'SSIAD Val d''Orléans', 'HOME_NURSING_SERVICE', 'Fleury-les-Aubrais', '45400'),
 ('5a000000-0000-4000-8000-000000000011', 'ARS Centre-Val de Loire', 'REGIONAL_AGENCY', 'Orléans', '45000')
on conflict (id) do nothing;

insert into professional (id, structure_id, username, first_name, last_name, profession, rpps, email, phone) values
 ('9b000000-0000-4000-8000-000000000001', '5a000000-0000-4000-8000-000000000001', 'isabelle.martin', 'Isabelle', 'Martin', 'CASE_MANAGER', null, 'isabelle.martin@dac-coeur-de-loire.example', '02 38 00 10 01'),
 ('9b000000-0000-4000-8000-000000000002', '5a000000-0000-4000-8000-000000000002', 'paul.lefevre', 'Paul', 'Lefèvre', 'CASE_MANAGER', null, 'paul.lefevre@dac-loire-sud.example', '02 38 00 20 02'),
 ('9b000000-0000-4000-8000-000000000003', '5a000000-0000-4000-8000-000000000003', 'lucie.petit', 'Lucie', 'Petit', 'HOME_AIDE', null, 'lucie.petit@aide-et-vie.example', '06 00 00 30 03'),
 ('9b000000-0000-4000-8000-000000000004', '5a000000-0000-4000-8000-000000000004', 'henri.moreau', 'Henri', 'Moreau', 'GP', '10003456786', 'henri.moreau@cabinet-tilleuls.example', '02 38 00 40 04'),
 ('9b000000-0000-4000-8000-000000000005', '5a000000-0000-4000-8000-000000000005', 'claire.dubois', 'Claire', 'Dubois', 'NURSE', '10004567896', 'claire.dubois@infirmiers-centre.example', '06 00 00 50 05'),
 ('9b000000-0000-4000-8000-000000000006', '5a000000-0000-4000-8000-000000000001', 'sophie.garnier', 'Sophie', 'Garnier', 'COORDINATOR', null, 'sophie.garnier@dac-coeur-de-loire.example', '02 38 00 10 06'),
 ('9b000000-0000-4000-8000-000000000007', '5a000000-0000-4000-8000-000000000008', null, 'Marc', 'Girard', 'PHARMACIST', '10005678916', 'marc.girard@pharmacie-marche.example', '02 38 00 80 07'),
 ('9b000000-0000-4000-8000-000000000008', '5a000000-0000-4000-8000-000000000009', null, 'Nadia', 'Roux', 'SOCIAL_WORKER', null, 'nadia.roux@ccas-orleans.example', '02 38 00 90 08'),
 ('9b000000-0000-4000-8000-000000000009', '5a000000-0000-4000-8000-000000000005', null, 'Thomas', 'Blanc', 'PHYSIOTHERAPIST', '10006789126', 'thomas.blanc@infirmiers-centre.example', '06 00 00 50 09'),
 ('9b000000-0000-4000-8000-000000000010', '5a000000-0000-4000-8000-000000000003', null, 'Amandine', 'Faure', 'HOME_AIDE', null, 'amandine.faure@aide-et-vie.example', '06 00 00 30 10'),
 ('9b000000-0000-4000-8000-000000000011', '5a000000-0000-4000-8000-000000000006', null, 'Julien', 'Mercier', 'NURSE', '10007891236', 'julien.mercier@ehpad-glycines.example', '02 38 00 60 11'),
 ('9b000000-0000-4000-8000-000000000012', '5a000000-0000-4000-8000-000000000004', null, 'Élise', 'Caron', 'GP', '10008912346', 'elise.caron@cabinet-tilleuls.example', '02 38 00 40 12'),
 ('9b000000-0000-4000-8000-000000000013', '5a000000-0000-4000-8000-000000000010', null, 'Karim', 'Benali', 'CARE_ASSISTANT', null, 'karim.benali@ssiad-val-orleans.example', '06 00 00 10 13'),
 ('9b000000-0000-4000-8000-000000000014', '5a000000-0000-4000-8000-000000000006', 'nathalie.roche', 'Nathalie', 'Roche', 'COORDINATOR', null, 'nathalie.roche@ehpad-glycines.example', '02 38 00 60 14'),
 ('9b000000-0000-4000-8000-000000000015', '5a000000-0000-4000-8000-000000000011', 'agnes.lambert', 'Agnès', 'Lambert', 'COORDINATOR', null, 'agnes.lambert@ars-cvl.example', '02 38 00 70 15')
on conflict (id) do nothing;

insert into structure_service (id, structure_id, name, phone) values
 ('5b000000-0000-4000-8000-000000000001', '5a000000-0000-4000-8000-000000000001', 'Gestion de cas', '02 38 00 10 00'),
 ('5b000000-0000-4000-8000-000000000002', '5a000000-0000-4000-8000-000000000001', 'Appui aux professionnels', '02 38 00 10 10'),
 ('5b000000-0000-4000-8000-000000000003', '5a000000-0000-4000-8000-000000000006', 'Hébergement permanent', '02 38 00 60 00'),
 ('5b000000-0000-4000-8000-000000000004', '5a000000-0000-4000-8000-000000000006', 'Accueil de jour', '02 38 00 60 01'),
 ('5b000000-0000-4000-8000-000000000005', '5a000000-0000-4000-8000-000000000007', 'Court séjour gériatrique', '02 38 00 70 00'),
 ('5b000000-0000-4000-8000-000000000006', '5a000000-0000-4000-8000-000000000007', 'Équipe mobile de gériatrie', '02 38 00 70 10')
on conflict (id) do nothing;

-- Bernard, of the reference story: followed by DAC Cœur de Loire.
insert into coordination_file (id, structure_id, first_name, last_name, birth_date, sex, address_line, postal_code, city, ins, ins_status, phone, status, status_since, referral_origin, referral_detail, catchment_area, case_manager_id, consent_given_by, consent_relationship, consent_given_on, consent_scope, opened_at, opened_by, version) values
 ('c0000000-0000-4000-8000-000000000001', '5a000000-0000-4000-8000-000000000001', 'Bernard', 'Lemoine', '1941-03-14', 'MALE', '12 rue des Carmes', '45000', 'Orléans', '141034523407162', 'QUALIFIED', '02 38 53 12 12', 'INCLUDED', '2026-09-16', 'HOME_CARE_SERVICE', 'Aide et Vie à Domicile (Lucie Petit, aide à domicile)', 'Orléans Métropole', '9b000000-0000-4000-8000-000000000001', 'Bernard Lemoine', 'PATIENT', '2026-09-02', 'WHOLE_TEAM', timestamp with time zone '2026-09-02 09:30:00+02', '9b000000-0000-4000-8000-000000000001', 0)
on conflict (id) do nothing;

insert into case_status_change (id, file_id, from_status, to_status, effective_on, recorded_at, recorded_by, recorded_by_name, reason)
select * from (values
 ('c3000000-0000-4000-8000-000000000001'::uuid, 'c0000000-0000-4000-8000-000000000001'::uuid, null, 'REQUEST_ANALYSIS', date '2026-09-02', timestamp with time zone '2026-09-02 09:30:00+02', '9b000000-0000-4000-8000-000000000001'::uuid, 'Isabelle Martin', 'File opened'),
 ('c3000000-0000-4000-8000-000000000002'::uuid, 'c0000000-0000-4000-8000-000000000001'::uuid, 'REQUEST_ANALYSIS', 'INCLUDED', date '2026-09-16', timestamp with time zone '2026-09-16 14:10:00+02', '9b000000-0000-4000-8000-000000000001'::uuid, 'Isabelle Martin', 'Évaluation multidimensionnelle à domicile : situation complexe (chutes, isolement, aidante épuisée), critères d''inclusion en gestion de cas remplis.')
) as v(id, file_id, from_status, to_status, effective_on, recorded_at, recorded_by, recorded_by_name, reason)
where not exists (select 1 from case_status_change c where c.file_id = v.file_id)
on conflict (id) do nothing;

insert into file_contact (id, file_id, kind, name, relationship, phone, email, added_at) values
 ('c4000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'FAMILY_CAREGIVER', 'Sylvie Lemoine', 'Fille, passe le samedi', '06 12 34 56 78', 'sylvie.lemoine@example.org', timestamp with time zone '2026-09-02 09:40:00+02'),
 ('c4000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'EMERGENCY_CONTACT', 'Jean Rivière', 'Voisin, a les clés', '02 38 53 40 40', null, timestamp with time zone '2026-09-02 09:42:00+02')
on conflict (id) do nothing;

insert into care_team_member (id, file_id, professional_id, role, since, until, added_by, added_at, version) values
 ('c1000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000001', 'CASE_MANAGER', '2026-09-02', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-02 09:30:00+02', 0),
 ('c1000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000004', 'GP', '2026-09-02', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-02 09:35:00+02', 0),
 ('c1000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000005', 'NURSE', '2026-09-02', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-02 09:36:00+02', 0),
 ('c1000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000003', 'HOME_AIDE', '2026-09-02', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-02 09:37:00+02', 0)
on conflict (id) do nothing;

insert into logbook_entry (id, file_id, author_id, author_name, author_role, category, text, important, written_at) values
 ('c2000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000003', 'Lucie Petit', 'HOME_AIDE', 'MEALS', 'Bernard a peu mangé ce midi, le réfrigérateur est presque vide. Sa fille passe samedi.', false, timestamp with time zone '2026-11-18 12:40:00+01'),
 ('c2000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000005', 'Claire Dubois', 'NURSE', 'MEDICATION', 'Pilulier de la semaine préparé. Tension 14/8.', false, timestamp with time zone '2026-11-19 08:15:00+01'),
 ('c2000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000003', 'Lucie Petit', 'HOME_AIDE', 'FALL', 'Bernard est tombé dans la salle de bain cette nuit, il s''est relevé seul. Hématome au bras gauche.', true, timestamp with time zone '2026-11-20 09:05:00+01')
on conflict (id) do nothing;

-- Bernard's care plan: version 1, written and validated by his GP after the assessment, with a
-- review in January (the content hash is computed here as the application computes it).
insert into care_plan (id, file_id, revision, started_at, started_by) values
 ('c5000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 3, timestamp with time zone '2026-10-02 18:20:00+02', '9b000000-0000-4000-8000-000000000004')
on conflict do nothing; -- also when somebody started Bernard's plan before this demo data came

insert into care_plan_version (id, plan_id, number, status, content, created_at, created_by, created_by_name, validated_at, validated_by, validated_by_name, content_hash)
select 'c6000000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-000000000001', 1, 'VALIDATED', c,
       timestamp with time zone '2026-10-02 18:20:00+02', '9b000000-0000-4000-8000-000000000004', 'Henri Moreau',
       timestamp with time zone '2026-10-05 10:12:00+02', '9b000000-0000-4000-8000-000000000004', 'Henri Moreau',
       encode(sha256(convert_to(c, 'UTF8')), 'hex')
from (values ('{"actions":[{"assignee":{"id":"9b000000-0000-4000-8000-000000000001","kind":"PROFESSIONAL","name":"Isabelle Martin"},"comments":[],"description":"Téléassistance et barres d''appui dans la salle de bain","dueOn":"2026-10-31","goalId":"c8000000-0000-4000-8000-000000000011","id":"c8000000-0000-4000-8000-000000000021","status":"PLANNED"},{"assignee":{"id":"9b000000-0000-4000-8000-000000000004","kind":"PROFESSIONAL","name":"Henri Moreau"},"comments":[],"description":"Kinésithérapie : équilibre et prévention des chutes (prescription)","dueOn":"2026-11-15","goalId":"c8000000-0000-4000-8000-000000000011","id":"c8000000-0000-4000-8000-000000000022","status":"PLANNED"},{"assignee":{"id":"5a000000-0000-4000-8000-000000000003","kind":"STRUCTURE","name":"Aide et Vie à Domicile"},"comments":[],"description":"Portage de repas cinq jours sur sept","dueOn":"2026-10-15","goalId":"c8000000-0000-4000-8000-000000000012","id":"c8000000-0000-4000-8000-000000000023","status":"PLANNED"},{"assignee":{"id":"9b000000-0000-4000-8000-000000000005","kind":"PROFESSIONAL","name":"Claire Dubois"},"comments":[],"description":"Pesée hebdomadaire et surveillance de l''alimentation","dueOn":"2026-12-31","goalId":"c8000000-0000-4000-8000-000000000012","id":"c8000000-0000-4000-8000-000000000024","status":"PLANNED"},{"assignee":{"id":"9b000000-0000-4000-8000-000000000001","kind":"PROFESSIONAL","name":"Isabelle Martin"},"comments":[],"description":"Proposer un accueil de jour et une aide au répit","dueOn":"2026-11-20","goalId":"c8000000-0000-4000-8000-000000000013","id":"c8000000-0000-4000-8000-000000000025","status":"PLANNED"}],"goals":[{"description":"Sécuriser les déplacements dans le logement","id":"c8000000-0000-4000-8000-000000000011","problemId":"c8000000-0000-4000-8000-000000000001"},{"description":"Reprendre du poids : trois repas par jour","id":"c8000000-0000-4000-8000-000000000012","problemId":"c8000000-0000-4000-8000-000000000002"},{"description":"Soulager l''aidante","id":"c8000000-0000-4000-8000-000000000013","problemId":"c8000000-0000-4000-8000-000000000003"}],"problems":[{"description":"Chutes à répétition à domicile (trois depuis septembre)","domain":"AUTONOMY","id":"c8000000-0000-4000-8000-000000000001"},{"description":"Alimentation insuffisante, perte de 3 kg en deux mois","domain":"HEALTH","id":"c8000000-0000-4000-8000-000000000002"},{"description":"Fille aidante épuisée (vient le samedi, travaille à Paris)","domain":"CAREGIVER","id":"c8000000-0000-4000-8000-000000000003"}]}')) as v(c)
where exists (select 1 from care_plan where id = 'c5000000-0000-4000-8000-000000000001')
on conflict (id) do nothing;

insert into care_plan_review (id, plan_id, due_on, purpose, scheduled_by, scheduled_at)
select 'c7000000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-000000000001', date '2027-01-05', 'Bilan à trois mois du PPS avec l''équipe et la fille de Bernard', '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-10-05 10:30:00+02'
where exists (select 1 from care_plan where id = 'c5000000-0000-4000-8000-000000000001')
on conflict (id) do nothing;

-- Bernard's agenda: the nurse every morning, the home aide three times a week, a home visit of
-- his GP (Paris wall-clock times; instants computed as the application computes them).
insert into appointment (id, kind, file_id, title, location, performer_kind, performer_id, start_local, time_zone, duration_minutes, rrule, starts_at, ends_at, created_by, created_at) values
 ('c9000000-0000-4000-8000-000000000001', 'VISIT', 'c0000000-0000-4000-8000-000000000001', 'Pilulier, tension, surveillance du poids', '12 rue des Carmes, 45000 Orléans', 'PROFESSIONAL', '9b000000-0000-4000-8000-000000000005', timestamp '2026-09-16 08:00', 'Europe/Paris', 30, 'FREQ=DAILY', timestamp '2026-09-16 08:00' at time zone 'Europe/Paris', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-16 10:00:00+02'),
 ('c9000000-0000-4000-8000-000000000002', 'VISIT', 'c0000000-0000-4000-8000-000000000001', 'Aide au repas et aux courses', '12 rue des Carmes, 45000 Orléans', 'PROFESSIONAL', '9b000000-0000-4000-8000-000000000003', timestamp '2026-09-16 11:30', 'Europe/Paris', 90, 'FREQ=WEEKLY;BYDAY=MO,WE,FR', timestamp '2026-09-16 11:30' at time zone 'Europe/Paris', null, '9b000000-0000-4000-8000-000000000001', timestamp with time zone '2026-09-16 10:05:00+02'),
 ('c9000000-0000-4000-8000-000000000003', 'APPOINTMENT', 'c0000000-0000-4000-8000-000000000001', 'Consultation à domicile, renouvellement des traitements', '12 rue des Carmes, 45000 Orléans', 'PROFESSIONAL', '9b000000-0000-4000-8000-000000000004', timestamp '2026-12-08 15:00', 'Europe/Paris', 30, null, timestamp '2026-12-08 15:00' at time zone 'Europe/Paris', timestamp '2026-12-08 15:30' at time zone 'Europe/Paris', '9b000000-0000-4000-8000-000000000004', timestamp with time zone '2026-11-10 18:00:00+01')
on conflict (id) do nothing;

-- The demo logins' realm roles (wildfly-config/keycloak/liaison-realm.json), as if each had
-- already logged in once: requests to their structures are announced from the start.
insert into professional_login (professional_id, roles, seen_at) values
 ('9b000000-0000-4000-8000-000000000001', ',case_manager,professional,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000002', ',case_manager,professional,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000003', ',professional,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000004', ',professional,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000005', ',professional,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000006', ',coordinator,data_officer,professional,structure_admin,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000014', ',professional,structure_admin,', timestamp with time zone '2026-09-01 08:00:00+02'),
 ('9b000000-0000-4000-8000-000000000015', ',regional_observer,', timestamp with time zone '2026-09-01 08:00:00+02')
on conflict (professional_id) do nothing;

-- The structures' own addresses: where a request is announced when none of its staff who answer
-- requests has logged in yet.
update structure set email = 'contact@ehpad-glycines.example'
 where id = '5a000000-0000-4000-8000-000000000006' and email is null;
update structure set email = 'accueil@ccas-orleans.example'
 where id = '5a000000-0000-4000-8000-000000000009' and email is null;
update structure set email = 'secretariat.geriatrie@chr-orleans.example'
 where id = '5a000000-0000-4000-8000-000000000007' and email is null;

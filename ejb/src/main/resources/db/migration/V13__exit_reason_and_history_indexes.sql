-- The structured reason of a discharge (activity reports count discharges by reason, issue 16;
-- the discharge workflow of issue 17 asks for it), and indexes for reading histories by date.

-- Why a file left case management (sortie), from a fixed list; the free-text reason stays beside
-- it. Null on older rows: the dashboards count them as "not recorded".
alter table case_status_change
    add column exit_reason varchar(30)
        check (exit_reason in ('NURSING_HOME', 'GOALS_MET', 'STABLE_WITH_SUPPORT', 'REFUSAL',
                               'MOVED_AWAY', 'LONG_HOSPITAL_STAY', 'OTHER')),
    add constraint case_status_change_exit_reason_on_discharge
        check (exit_reason is null or to_status = 'DISCHARGED');

-- The indicators walk a structure's files and, for each, its history in order.
create index case_status_change_file_effective on case_status_change (file_id, effective_on, recorded_at);
create index care_plan_version_plan_validated on care_plan_version (plan_id, validated_at) where status = 'VALIDATED';

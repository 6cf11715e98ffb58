-- Issue 17: a person is included in case management once his or her consent to share data is
-- recorded, or with the reason it could not be collected, kept with the inclusion step.
alter table case_status_change
    add column consent_not_collected varchar(500),
    add constraint case_status_change_consent_note_on_inclusion
        check (consent_not_collected is null or to_status = 'INCLUDED');

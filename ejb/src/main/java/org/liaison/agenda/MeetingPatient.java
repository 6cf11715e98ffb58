package org.liaison.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A patient a meeting is about, and the decision taken for him, once recorded. */
@Embeddable
public class MeetingPatient {

  @Column(name = "file_id", nullable = false)
  private UUID fileId;

  @Column(length = Appointment.MAX_AGENDA)
  private String decision;

  @Column(name = "logbook_entry_id")
  private UUID logbookEntryId;

  protected MeetingPatient() {}

  MeetingPatient(UUID fileId) {
    this.fileId = fileId;
  }

  void decided(String decision, UUID logbookEntryId) {
    this.decision = decision;
    this.logbookEntryId = logbookEntryId;
  }

  UUID fileId() {
    return fileId;
  }

  String decision() {
    return decision;
  }

  UUID logbookEntryId() {
    return logbookEntryId;
  }
}

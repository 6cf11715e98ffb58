package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.forms.SignalAnswers;
import org.liaison.kernel.ConflictException;

/**
 * A person signalled to a coordination structure by a professional of the directory, before any
 * file exists: the person's identity as the sender knows it and the structure's orientation form,
 * filled. The structure accepts it (a file is opened, in request analysis) or refuses it, once.
 */
@Entity
@Table(name = "signal")
public class Signal {

  /** Where a signal stands. */
  public enum Status {
    SENT,
    ACCEPTED,
    REFUSED
  }

  @Id private UUID id;

  @Column(name = "to_structure_id", nullable = false, updatable = false)
  private UUID toStructureId;

  @Column(name = "from_structure_id", nullable = false, updatable = false)
  private UUID fromStructureId;

  @Column(name = "sent_by", nullable = false, updatable = false)
  private UUID sentBy;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "first_name", nullable = false, updatable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, updatable = false, length = 100)
  private String lastName;

  @Column(name = "birth_date", nullable = false, updatable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Sex sex;

  @Embedded private Address address;

  @Column(updatable = false, length = 30)
  private String phone;

  @Column(name = "form_id", updatable = false)
  private UUID formId;

  @Column(name = "form_version", nullable = false, updatable = false)
  private int formVersion;

  @Column(name = "form_title", nullable = false, updatable = false, length = 200)
  private String formTitle;

  @Column(nullable = false, updatable = false)
  private String answers;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(name = "person_informed", nullable = false, updatable = false)
  private boolean personInformed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "answered_by")
  private UUID answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_comment", length = 1000)
  private String answerComment;

  @Column(name = "file_id")
  private UUID fileId;

  @Version private long version;

  protected Signal() {}

  static Signal send(
      SendSignal command, SignalAnswers answers, UUID fromStructureId, UUID by, Instant at) {
    var person = command.person();
    var s = new Signal();
    s.id = UUID.randomUUID();
    s.toStructureId = command.toStructureId();
    s.fromStructureId = fromStructureId;
    s.sentBy = by;
    s.sentAt = at;
    s.firstName = person.firstName().strip();
    s.lastName = person.lastName().strip();
    s.birthDate = person.birthDate();
    s.sex = person.sex();
    s.address =
        new Address(
            person.address().line().strip(),
            person.address().postalCode(),
            person.address().city().strip());
    s.phone = person.phone() == null || person.phone().isBlank() ? null : person.phone().strip();
    s.formId = answers.form().formId();
    s.formVersion = answers.form().number();
    s.formTitle = answers.form().title();
    s.answers = answers.answersJson();
    s.summary = answers.text();
    s.personInformed = command.personInformed();
    s.status = Status.SENT;
    return s;
  }

  /** A signal is answered once. */
  void requireUnanswered() {
    if (status != Status.SENT) {
      throw new ConflictException(
          "signal-already-answered", "This signal was already answered: " + status + ".");
    }
  }

  /** The structure answers, once; an acceptance names the file it opened. */
  void answer(Status to, String comment, UUID by, Instant at, UUID openedFile) {
    requireUnanswered();
    status = to;
    answeredBy = by;
    answeredAt = at;
    answerComment = comment == null || comment.isBlank() ? null : comment.strip();
    fileId = openedFile;
  }

  /** The identity to open the file with. */
  PatientIdentity identity() {
    return new PatientIdentity(firstName, lastName, birthDate, sex, address, null, null, phone);
  }

  UUID id() {
    return id;
  }

  UUID toStructureId() {
    return toStructureId;
  }

  UUID fromStructureId() {
    return fromStructureId;
  }

  UUID sentBy() {
    return sentBy;
  }

  Instant sentAt() {
    return sentAt;
  }

  String firstName() {
    return firstName;
  }

  String lastName() {
    return lastName;
  }

  LocalDate birthDate() {
    return birthDate;
  }

  Sex sex() {
    return sex;
  }

  Address address() {
    return address;
  }

  String phone() {
    return phone;
  }

  String formTitle() {
    return formTitle;
  }

  String summary() {
    return summary;
  }

  boolean personInformed() {
    return personInformed;
  }

  Status status() {
    return status;
  }

  UUID answeredBy() {
    return answeredBy;
  }

  Instant answeredAt() {
    return answeredAt;
  }

  String answerComment() {
    return answerComment;
  }

  UUID fileId() {
    return fileId;
  }

  long version() {
    return version;
  }
}

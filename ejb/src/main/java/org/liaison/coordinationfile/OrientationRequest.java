package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.InvalidInputException;

/**
 * An orientation or admission request sent from a file to a structure of the directory (e.g. a
 * nursing home), with a summary; the receiving structure's staff answer it: sent → accepted or
 * refused; accepted → admitted. The sender may withdraw it until the admission; once accepted,
 * saying why (the structure is told).
 */
@Entity
@Table(name = "orientation_request")
public class OrientationRequest {

  /** Where a request stands. */
  public enum Status {
    SENT,
    ACCEPTED,
    REFUSED,
    ADMITTED,
    CANCELLED;

    List<Status> next() {
      return switch (this) {
        case SENT -> List.of(ACCEPTED, REFUSED, CANCELLED);
        case ACCEPTED -> List.of(ADMITTED, CANCELLED);
        default -> List.of();
      };
    }
  }

  /** What is asked. */
  public enum Kind {
    ADMISSION,
    ORIENTATION
  }

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "from_structure_id", nullable = false, updatable = false)
  private UUID fromStructureId;

  @Column(name = "to_structure_id", nullable = false, updatable = false)
  private UUID toStructureId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 4000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "sent_by", nullable = false, updatable = false)
  private UUID sentBy;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "answered_by")
  private UUID answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_comment", length = 1000)
  private String answerComment;

  @Column(name = "admitted_on")
  private LocalDate admittedOn;

  @Version private long version;

  protected OrientationRequest() {}

  static OrientationRequest send(
      CoordinationFile file, SendOrientationRequest command, UUID by, Instant at) {
    if (command.toStructureId().equals(file.structureId())) {
      throw new InvalidInputException(
          "toStructureId", "a request goes to another structure than the file's own");
    }
    var r = new OrientationRequest();
    r.id = UUID.randomUUID();
    r.fileId = file.id();
    r.fromStructureId = file.structureId();
    r.toStructureId = command.toStructureId();
    r.kind = command.kind();
    r.summary = command.summary().strip();
    r.status = Status.SENT;
    r.sentBy = by;
    r.sentAt = at;
    return r;
  }

  /** The receiving structure answers; the sender may only cancel. */
  void answer(AnswerOrientationRequest command, boolean bySender, UUID by, Instant at) {
    var target = command.status();
    if (!status.next().contains(target) || (bySender != (target == Status.CANCELLED))) {
      var allowed =
          status.next().stream().filter(s -> bySender == (s == Status.CANCELLED)).toList();
      throw new ConflictException(
              "orientation-transition-not-allowed",
              "A request that is " + status + " cannot become " + target + "; allowed: " + allowed)
          .with("allowed", allowed);
    }
    var comment =
        command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
    if (target == Status.CANCELLED && status == Status.ACCEPTED && comment == null) {
      throw new InvalidInputException(
          "comment", "the structure accepted the request: tell it why you withdraw it");
    }
    if (target == Status.ADMITTED) {
      if (command.admittedOn() == null) {
        throw new InvalidInputException("admittedOn", "say on which day the patient was admitted");
      }
      admittedOn = command.admittedOn();
    }
    status = target;
    answeredBy = by;
    answeredAt = at;
    answerComment = comment;
  }

  UUID id() {
    return id;
  }

  UUID fileId() {
    return fileId;
  }

  UUID fromStructureId() {
    return fromStructureId;
  }

  UUID toStructureId() {
    return toStructureId;
  }

  Kind kind() {
    return kind;
  }

  String summary() {
    return summary;
  }

  Status status() {
    return status;
  }

  UUID sentBy() {
    return sentBy;
  }

  Instant sentAt() {
    return sentAt;
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

  LocalDate admittedOn() {
    return admittedOn;
  }

  long version() {
    return version;
  }
}

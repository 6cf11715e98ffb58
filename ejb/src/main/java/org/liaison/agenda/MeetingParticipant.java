package org.liaison.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** A professional invited to a meeting, and his answer. */
@Embeddable
public class MeetingParticipant {

  public enum Answer {
    PENDING,
    ACCEPTED,
    DECLINED
  }

  public static final int MAX_COMMENT = 500;

  @Column(name = "professional_id", nullable = false)
  private UUID professionalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Answer answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(length = MAX_COMMENT)
  private String comment;

  protected MeetingParticipant() {}

  MeetingParticipant(UUID professionalId) {
    this.professionalId = professionalId;
    this.answer = Answer.PENDING;
  }

  void answer(Answer answer, String comment, Instant at) {
    this.answer = answer;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.answeredAt = at;
  }

  UUID professionalId() {
    return professionalId;
  }

  Answer answer() {
    return answer;
  }

  Instant answeredAt() {
    return answeredAt;
  }

  String comment() {
    return comment;
  }
}

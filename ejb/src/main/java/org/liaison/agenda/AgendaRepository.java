package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.kernel.NativeUpdates;

/** Queries of appointments, meetings, slots, reminders and feeds. */
@ApplicationScoped
public class AgendaRepository {

  /** The most a list of appointments holds (a professional's year is far less). */
  static final int MAX_LIST = 2000;

  @PersistenceContext private EntityManager em;

  void add(Object record) {
    em.persist(record);
  }

  /** Writes the pending changes now, so that the revision the answer shows is the new one. */
  void flush() {
    em.flush();
  }

  void remove(Object record) {
    em.remove(record);
  }

  Optional<Appointment> appointment(UUID id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  /** The appointment locked for a change: answers and decisions of a meeting never cross. */
  Optional<Appointment> locked(UUID id) {
    return Optional.ofNullable(em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The patient's appointments and the meetings about him that may fall in [from, to). */
  List<Appointment> ofFile(UUID fileId, Instant from, Instant to) {
    return em.createQuery(
            "select a from Appointment a where a.cancelledAt is null"
                + " and (a.fileId = :f or a.id in"
                + " (select m.id from Appointment m join m.patients p where p.fileId = :f))"
                + " and a.startsAt < :to and (a.endsAt is null or a.endsAt > :from)",
            Appointment.class)
        .setParameter("f", fileId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(MAX_LIST)
        .getResultList();
  }

  /** The patient's appointments and the meetings about him not over at {@code at}, all of them. */
  List<Appointment> notOverOfFile(UUID fileId, Instant at) {
    return em.createQuery(
            "select a from Appointment a where a.cancelledAt is null"
                + " and (a.fileId = :f or a.id in"
                + " (select m.id from Appointment m join m.patients p where p.fileId = :f))"
                + " and (a.endsAt is null or a.endsAt > :at)",
            Appointment.class)
        .setParameter("f", fileId)
        .setParameter("at", at)
        .getResultList();
  }

  /** The meetings not over the professional is invited to and has not answered, soonest first. */
  List<Appointment> invitationsToAnswer(UUID professionalId, Instant now) {
    return em.createQuery(
            "select a from Appointment a where a.cancelledAt is null"
                + " and (a.endsAt is null or a.endsAt > :now)"
                + " and exists (select 1 from Appointment m join m.participants p"
                + " where m.id = a.id and p.professionalId = :me and p.answer = :pending)"
                + " order by a.startsAt",
            Appointment.class)
        .setParameter("me", professionalId)
        .setParameter("now", now)
        .setParameter("pending", MeetingParticipant.Answer.PENDING)
        .setMaxResults(MAX_LIST)
        .getResultList();
  }

  /** What a professional performs, organises or is invited to, that may fall in [from, to). */
  List<Appointment> ofProfessional(UUID professionalId, Instant from, Instant to) {
    return em.createQuery(
            "select a from Appointment a where a.cancelledAt is null"
                + " and ((a.performerKind = :pro and a.performerId = :p)"
                + " or (a.kind = :meeting and (a.createdBy = :p or a.id in"
                + " (select m.id from Appointment m join m.participants x"
                + " where x.professionalId = :p))))"
                + " and a.startsAt < :to and (a.endsAt is null or a.endsAt > :from)",
            Appointment.class)
        .setParameter("pro", Appointment.PerformerKind.PROFESSIONAL)
        .setParameter("meeting", Appointment.Kind.MEETING)
        .setParameter("p", professionalId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(MAX_LIST)
        .getResultList();
  }

  /** Appointments with a reminder whose occurrences may start in [from, to). */
  List<Appointment> withReminders(Instant from, Instant to) {
    return em.createQuery(
            "select a from Appointment a where a.cancelledAt is null"
                + " and a.reminderMinutes is not null"
                + " and a.startsAt < :to and (a.endsAt is null or a.endsAt > :from)",
            Appointment.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** True for the one node (and the one time) that claims this reminder. */
  boolean claimReminder(UUID appointmentId, LocalDateTime occurrence, UUID recipientId) {
    return NativeUpdates.execute(
            em.createNativeQuery(
                    "insert into agenda_reminder (appointment_id, occurrence, recipient_id, sent_at)"
                        + " values (:a, :o, :r, now()) on conflict do nothing")
                .setParameter("a", appointmentId)
                .setParameter("o", occurrence)
                .setParameter("r", recipientId),
            "agenda_reminder")
        == 1;
  }

  Optional<AvailabilitySlot> slot(UUID id) {
    return Optional.ofNullable(em.find(AvailabilitySlot.class, id));
  }

  List<AvailabilitySlot> slots(UUID ownerId, Instant from, Instant to) {
    return em.createQuery(
            "select s from AvailabilitySlot s where s.ownerId = :o"
                + " and s.startsAt < :to and s.endsAt > :from order by s.startsAt",
            AvailabilitySlot.class)
        .setParameter("o", ownerId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(MAX_LIST)
        .getResultList();
  }

  /**
   * Books the slot for the appointment if nobody did: one conditional update, so of any number of
   * concurrent attempts exactly one changes the row (the others wait for its lock, then find it
   * taken).
   */
  boolean book(UUID slotId, UUID appointmentId, UUID by, Instant at) {
    em.flush();
    return NativeUpdates.execute(
            em.createNativeQuery(
                    "update availability_slot set appointment_id = :a, booked_by = :b,"
                        + " booked_at = :t where id = :s and appointment_id is null")
                .setParameter("a", appointmentId)
                .setParameter("b", by)
                .setParameter("t", at)
                .setParameter("s", slotId),
            "availability_slot")
        == 1;
  }

  /** Removes the slot unless it was booked meanwhile. */
  boolean withdraw(UUID slotId) {
    return NativeUpdates.execute(
            em.createNativeQuery(
                    "delete from availability_slot where id = :s and appointment_id is null")
                .setParameter("s", slotId),
            "availability_slot")
        == 1;
  }

  Optional<CalendarFeed> feed(UUID professionalId) {
    return Optional.ofNullable(em.find(CalendarFeed.class, professionalId));
  }

  Optional<CalendarFeed> feedByTokenHash(String tokenHash) {
    return em.createQuery("select f from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }
}

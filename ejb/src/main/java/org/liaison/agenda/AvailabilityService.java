package org.liaison.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.agenda.AgendaCommands.BookSlot;
import org.liaison.agenda.AgendaCommands.PublishSlots;
import org.liaison.agenda.AgendaViews.AppointmentView;
import org.liaison.agenda.AgendaViews.SlotView;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careteam.PatientAccess;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Availability slots: a professional publishes his own or his structure's; any professional sees
 * them (times only); a case manager books one for a patient. A slot is booked once, whatever the
 * number of concurrent attempts: the booking is one conditional update in the database.
 */
@Stateless
public class AvailabilityService {

  @Inject private AgendaRepository repository;
  @Inject private AgendaPresenter presenter;
  @Inject private AgendaLive live;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private NotificationService notifications;
  @Inject private AuditTrail audit;

  private final Clock clock = Appointment.CLOCK;

  public List<SlotView> publish(Caller caller, PublishSlots command) {
    var me = directory.professionalOf(caller);
    var ownerKind =
        command.structureId() == null
            ? Appointment.PerformerKind.PROFESSIONAL
            : Appointment.PerformerKind.STRUCTURE;
    var ownerId = command.structureId() == null ? me.id() : command.structureId();
    if (command.structureId() != null && !memberOf(me, command.structureId())) {
      throw new ForbiddenException(
          "not-structure-member", "Only the professionals of a structure publish its slots.");
    }
    var start = AgendaService.when(command.start(), command.durationMinutes(), null).start();
    if (Appointment.instant(start).isBefore(clock.instant())) {
      throw new InvalidInputException("start", "a slot is published for the future");
    }
    var count = command.count() == null ? 1 : command.count();
    var slots = new ArrayList<AvailabilitySlot>();
    for (int i = 0; i < count; i++) {
      var slot =
          AvailabilitySlot.of(
              ownerKind,
              ownerId,
              start.plusMinutes((long) i * command.durationMinutes()),
              command.durationMinutes(),
              me.id(),
              clock.instant());
      if (!repository.slots(ownerId, slot.startsAt(), slot.endsAt()).isEmpty()) {
        throw new ConflictException(
            "slot-overlap", "A slot of " + slot.startLocal() + " overlaps one already published.");
      }
      repository.add(slot);
      slots.add(slot);
    }
    repository.flush();
    return slots.stream().map(presenter::slot).toList();
  }

  /** The slots of a professional (default: the caller) or of a structure, between Paris dates. */
  public List<SlotView> slots(
      Caller caller, UUID professionalId, UUID structureId, LocalDate from, LocalDate to) {
    var me = directory.professionalOf(caller);
    if (professionalId != null && structureId != null) {
      throw new InvalidInputException("structureId", "a professional's or a structure's, not both");
    }
    var range = AgendaService.range(from, to);
    var owner =
        structureId != null ? structureId : professionalId != null ? professionalId : me.id();
    return repository.slots(owner, range.startsAt(), range.endsAt()).stream()
        .map(presenter::slot)
        .toList();
  }

  public void withdraw(Caller caller, UUID slotId) {
    var me = directory.professionalOf(caller);
    var slot =
        repository.slot(slotId).orElseThrow(() -> new NotFoundException("No slot " + slotId + "."));
    var mine =
        slot.ownerKind() == Appointment.PerformerKind.PROFESSIONAL
            ? slot.ownerId().equals(me.id())
            : memberOf(me, slot.ownerId());
    if (!mine) {
      throw new ForbiddenException(
          "not-slot-owner", "Only who offers a slot (or his structure) withdraws it.");
    }
    if (!repository.withdraw(slotId)) {
      throw taken();
    }
  }

  /** Books the slot for the patient: 409 {@code slot-taken} for all but the first. */
  public AppointmentView book(Caller caller, UUID slotId, BookSlot command) {
    var slot =
        repository.slot(slotId).orElseThrow(() -> new NotFoundException("No slot " + slotId + "."));
    var grant = access.requireCaseManager(caller, command.fileId());
    if (slot.isBooked()) {
      throw taken();
    }
    if (slot.startsAt().isBefore(clock.instant())) {
      throw new ConflictException("slot-past", "This slot has already begun.");
    }
    var kind = command.kind() == null ? Appointment.Kind.APPOINTMENT : command.kind();
    if (kind == Appointment.Kind.MEETING) {
      throw new InvalidInputException("kind", "VISIT or APPOINTMENT");
    }
    var me = grant.actor();
    var appointment =
        Appointment.about(
            command.fileId(),
            kind,
            command.title(),
            command.location(),
            slot.ownerKind(),
            slot.ownerId(),
            new Appointment.When(slot.startLocal(), slot.durationMinutes(), null),
            command.reminderMinutes(),
            me.id(),
            clock.instant());
    repository.add(appointment);
    if (!repository.book(slot.id(), appointment.id(), me.id(), clock.instant())) {
      throw taken();
    }
    audit.record(
        grant.audited(),
        command.fileId(),
        AuditAction.CREATE,
        AgendaService.RESOURCE,
        "booked slot " + slot.id());
    var told =
        slot.ownerKind() == Appointment.PerformerKind.PROFESSIONAL
            ? slot.ownerId()
            : slot.publishedBy();
    if (!told.equals(me.id())) {
      directory
          .findProfessional(told)
          .ifPresent(
              p ->
                  notifications.notify(
                      p,
                      NotificationKind.SLOT_BOOKED,
                      command.fileId(),
                      me.displayName(),
                      "/agenda?date=" + slot.startLocal().toLocalDate()));
    }
    live.changed(appointment);
    return presenter.appointment(appointment, true);
  }

  private static boolean memberOf(ProfessionalView me, UUID structureId) {
    return me.structure() != null && me.structure().id().equals(structureId);
  }

  private static ConflictException taken() {
    return new ConflictException("slot-taken", "This slot has already been booked.");
  }
}

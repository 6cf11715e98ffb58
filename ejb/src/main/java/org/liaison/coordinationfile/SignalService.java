package org.liaison.coordinationfile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.Profession;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureType;
import org.liaison.directory.StructureView;
import org.liaison.forms.FormService;
import org.liaison.forms.SignalForm;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.LogbookNote;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.StaleVersionException;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Signals (signalements): any professional of the directory signals a person who has no file yet to
 * a coordination structure, with that structure's orientation form. Those who answer its requests
 * are told; a case manager accepts it — the file is opened, in request analysis (T1), with the
 * signal as its first logbook entry — or refuses it; the sender is told the answer. Until a file
 * exists, a signal is seen by its sender and the receiving structure's staff only.
 */
@Stateless
public class SignalService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Before this, a birth date is a typing error (and PostgreSQL refuses years before 4713 BC). */
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final String RECEIVED_PATH = "/orientation-requests";
  private static final String SENT_PATH = "/signals";

  @Inject private CoordinationFileRepository repository;
  @Inject private CoordinationFileService files;
  @Inject private DirectoryService directory;
  @Inject private FormService forms;
  @Inject private NotificationService notifications;
  @Inject private Event<LogbookNote> notes;

  private final Clock clock = Clock.system(CoordinationFile.CARE_ZONE);

  /** The orientation form to signal a person to this coordination structure with. */
  public SignalForm form(Caller caller, UUID structureId) {
    directory.professionalOf(caller);
    return forms.signalForm(coordinationStructure(structureId).id());
  }

  public SignalView send(Caller caller, SendSignal command) {
    var sender = directory.professionalOf(caller);
    var to = coordinationStructure(command.toStructureId());
    var born = command.person().birthDate();
    if (born.isAfter(LocalDate.now(clock)) || born.isBefore(EARLIEST_BIRTH)) {
      throw new InvalidInputException(
          "person.birthDate", "must be between " + EARLIEST_BIRTH + " and today");
    }
    var answers = forms.readSignal(to.id(), command.answers());
    var signal =
        Signal.send(command, answers, sender.structure().id(), sender.id(), clock.instant());
    repository.add(signal);
    notifications.notifyStructure(
        directory.requestReceiversOf(to.id()),
        directory.structureAddress(to.id()),
        NotificationKind.SIGNAL_RECEIVED,
        null,
        nameOf(sender),
        RECEIVED_PATH);
    return view(signal);
  }

  /** The signals the caller sent, newest first. */
  public Page<SignalView> sent(Caller caller, PageRequest page) {
    var me = directory.professionalOf(caller).id();
    var items =
        repository.signals("sentBy", me, page.offset(), page.size()).stream()
            .map(this::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), repository.countSignals("sentBy", me));
  }

  /** The signals the caller's structure received, for those who answer its requests. */
  public Page<SignalView> incoming(Caller caller, PageRequest page) {
    var structure = receiver(caller).structure().id();
    var items =
        repository.signals("toStructureId", structure, page.offset(), page.size()).stream()
            .map(this::view)
            .toList();
    return new Page<>(
        items, page.page(), page.size(), repository.countSignals("toStructureId", structure));
  }

  /** One signal, for its sender or the receiving structure's staff who answer; others get 404. */
  public SignalView get(Caller caller, UUID id) {
    var me = directory.professionalOf(caller);
    return view(visible(caller, me, id));
  }

  /**
   * Accepts (a case manager: the file is opened, she is its case manager) or refuses a signal, from
   * the version the person answered from.
   */
  public SignalView answer(Caller caller, UUID id, long expectedVersion, AnswerSignal command) {
    var actor = receiver(caller);
    var signal = visible(caller, actor, id);
    if (!actor.structure().id().equals(signal.toStructureId())) {
      throw new ForbiddenException(
          "not-a-receiver", "Only the receiving structure answers a signal.");
    }
    if (signal.version() != expectedVersion) {
      throw new StaleVersionException(expectedVersion, signal.version());
    }
    if (command.status() == Signal.Status.SENT) {
      throw new InvalidInputException("status", "answer ACCEPTED or REFUSED");
    }
    signal.requireUnanswered();
    UUID opened = null;
    if (command.status() == Signal.Status.ACCEPTED) {
      opened = openFile(caller, actor, signal);
    }
    signal.answer(command.status(), command.comment(), actor.id(), clock.instant(), opened);
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
    directory
        .findProfessional(signal.sentBy())
        .ifPresent(
            sender ->
                notifications.notify(
                    sender,
                    command.status() == Signal.Status.ACCEPTED
                        ? NotificationKind.SIGNAL_ACCEPTED
                        : NotificationKind.SIGNAL_REFUSED,
                    null,
                    nameOf(actor),
                    SENT_PATH));
    return view(signal);
  }

  /** The file of the person signalled, in request analysis, the signal as its first entry. */
  private UUID openFile(Caller caller, ProfessionalView actor, Signal signal) {
    var sender = directory.findProfessional(signal.sentBy()).orElseThrow();
    var identity = signal.identity();
    var file =
        files.open(
            caller,
            new OpenCoordinationFile(
                identity.firstName(),
                identity.lastName(),
                identity.birthDate(),
                identity.sex(),
                identity.address(),
                null,
                null,
                identity.phone(),
                originOf(sender),
                truncated("Signalement de " + nameOf(sender), 200),
                null));
    var text =
        "Signalement du "
            + DAY.format(signal.sentAt().atZone(CoordinationFile.CARE_ZONE))
            + " par "
            + nameOf(sender)
            + " — "
            + signal.formTitle()
            + (signal.personInformed()
                ? " (la personne est informée et d'accord)"
                : " (la personne n'a pas encore été informée)")
            + " :\n"
            + signal.summary();
    notes.fire(
        new LogbookNote(
            file.id(),
            actor.id(),
            caller.username(),
            false,
            actor.displayName(),
            truncated(text, 4000),
            false,
            clock.instant()));
    return file.id();
  }

  /** Who referred the person, as the dashboards count origins, from the sender's entry. */
  private static ReferralOrigin originOf(ProfessionalView sender) {
    if (sender.profession() == Profession.GP) {
      return ReferralOrigin.GP;
    }
    if (sender.profession() == Profession.NURSE) {
      return ReferralOrigin.NURSE;
    }
    return switch (sender.structure().type()) {
      case HOSPITAL -> ReferralOrigin.HOSPITAL;
      case HOME_CARE_SERVICE, HOME_NURSING_SERVICE -> ReferralOrigin.HOME_CARE_SERVICE;
      case SOCIAL_SERVICE -> ReferralOrigin.SOCIAL_SERVICES;
      default -> ReferralOrigin.OTHER;
    };
  }

  private StructureView coordinationStructure(UUID id) {
    var structure =
        directory
            .findStructure(id)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "toStructureId", "no such structure in the directory"));
    if (structure.type() != StructureType.DAC) {
      throw new InvalidInputException(
          "toStructureId", "a person is signalled to a coordination structure (DAC)");
    }
    return structure;
  }

  /** Those who answer the structure's requests: its administrators and case managers. */
  private ProfessionalView receiver(Caller caller) {
    var actor = directory.professionalOf(caller);
    if (!caller.answersRequests()) {
      throw new ForbiddenException(
          "not-a-receiver",
          "Only your structure's administrators and case managers see the signals it receives.");
    }
    return actor;
  }

  private Signal visible(Caller caller, ProfessionalView me, UUID id) {
    var signal =
        repository.signal(id).orElseThrow(() -> new NotFoundException("No signal " + id + "."));
    var receiver = me.structure().id().equals(signal.toStructureId()) && caller.answersRequests();
    if (!receiver && !me.id().equals(signal.sentBy())) {
      throw new NotFoundException("No signal " + id + ".");
    }
    return signal;
  }

  private static String nameOf(ProfessionalView p) {
    return p.displayName() + " (" + p.structure().name() + ")";
  }

  private static String truncated(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private SignalView view(Signal s) {
    return new SignalView(
        s.id(),
        directory.findStructure(s.toStructureId()).orElseThrow(),
        directory.findStructure(s.fromStructureId()).orElseThrow(),
        directory.findProfessional(s.sentBy()).orElseThrow(),
        s.sentAt(),
        s.firstName(),
        s.lastName(),
        s.birthDate(),
        s.sex(),
        s.address(),
        s.phone(),
        s.formTitle(),
        s.summary(),
        s.personInformed(),
        s.status(),
        s.answeredBy() == null ? null : directory.findProfessional(s.answeredBy()).orElse(null),
        s.answeredAt(),
        s.answerComment(),
        s.fileId(),
        s.version());
  }
}

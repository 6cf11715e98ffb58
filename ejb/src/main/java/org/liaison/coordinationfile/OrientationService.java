package org.liaison.coordinationfile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.audit.FileAccess;
import org.liaison.careteam.PatientAccess;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.StaleVersionException;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Orientation and admission requests: the file's case manager sends one to a structure of the
 * directory; that structure's staff see it (and the patient identity it carries) and answer it.
 * Every read by the receiving staff is audited on the patient's file. Each step is announced: a new
 * request to those who answer it, the answer to its sender, a withdrawal to the receivers.
 */
@Stateless
public class OrientationService {

  private static final String RESOURCE = "orientation-request";

  @Inject private CoordinationFileRepository repository;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;

  private final Clock clock = Clock.systemUTC();

  public OrientationRequestView send(Caller caller, UUID fileId, SendOrientationRequest command) {
    var grant = access.requireCaseManager(caller, fileId);
    directory
        .findStructure(command.toStructureId())
        .orElseThrow(
            () -> new InvalidInputException("toStructureId", "no such structure in the directory"));
    var file = repository.find(fileId).orElseThrow();
    var request = OrientationRequest.send(file, command, grant.actor().id(), clock.instant());
    repository.add(request);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        command.kind() + " request to " + command.toStructureId());
    tellReceivers(
        request,
        command.kind() == OrientationRequest.Kind.ADMISSION
            ? NotificationKind.ADMISSION_REQUEST_RECEIVED
            : NotificationKind.ORIENTATION_REQUEST_RECEIVED,
        grant.actor());
    return view(request, file);
  }

  /** The requests sent from a file, for its team. */
  public List<OrientationRequestView> ofFile(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    var file = repository.find(fileId).orElseThrow();
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, null);
    return repository.orientationRequestsOf(fileId).stream().map(r -> view(r, file)).toList();
  }

  /** The requests received by the caller's structure, newest first. */
  public Page<OrientationRequestView> incoming(Caller caller, PageRequest page) {
    var actor = directory.professionalOf(caller);
    requireReceiver(caller);
    var structureId = actor.structure().id();
    var requests = repository.orientationRequestsTo(structureId, page.offset(), page.size());
    var fileIds = requests.stream().map(OrientationRequest::fileId).distinct().toList();
    var who = audited(caller, actor);
    audit.recordEach(
        fileIds.stream().map(f -> new FileAccess(f, who)).toList(),
        AuditAction.READ,
        RESOURCE,
        "incoming");
    var files = repository.findAll(fileIds);
    var items = requests.stream().map(r -> view(r, files.get(r.fileId()))).toList();
    return new Page<>(
        items, page.page(), page.size(), repository.countOrientationRequestsTo(structureId));
  }

  /** One request, for the receiving structure's staff or the file's team. */
  public OrientationRequestView get(Caller caller, UUID requestId) {
    var actor = directory.professionalOf(caller);
    var request = visible(caller, actor, requestId);
    audit.record(audited(caller, actor), request.fileId(), AuditAction.READ, RESOURCE, null);
    return view(request, repository.find(request.fileId()).orElseThrow());
  }

  /**
   * The receiving structure accepts, refuses or records the admission; the sender (the file's case
   * manager) may cancel. {@code expectedVersion} is the version the person answered from.
   */
  public OrientationRequestView answer(
      Caller caller, UUID requestId, long expectedVersion, AnswerOrientationRequest command) {
    var actor = directory.professionalOf(caller);
    var request = visible(caller, actor, requestId);
    if (request.version() != expectedVersion) {
      throw new StaleVersionException(expectedVersion, request.version());
    }
    boolean receiving =
        actor.structure().id().equals(request.toStructureId()) && caller.answersRequests();
    if (!receiving) {
      access.requireCaseManager(caller, request.fileId());
    }
    request.answer(command, !receiving, actor.id(), clock.instant());
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
    audit.record(
        audited(caller, actor),
        request.fileId(),
        AuditAction.UPDATE,
        RESOURCE,
        "request " + command.status());
    if (receiving) {
      tellSender(request, actor);
    } else {
      tellReceivers(request, NotificationKind.REQUEST_WITHDRAWN, actor);
    }
    return view(request, repository.find(request.fileId()).orElseThrow());
  }

  /**
   * Those who answer the receiving structure's requests, in the app and by e-mail as each prefers;
   * when none of them has logged in yet, the structure's own address, if the directory has one.
   */
  private void tellReceivers(
      OrientationRequest request, NotificationKind kind, ProfessionalView by) {
    var actorName = by.displayName() + " (" + by.structure().name() + ")";
    var path = "/orientation-requests";
    var to = request.toStructureId();
    notifications.notifyStructure(
        directory.requestReceiversOf(to),
        directory.structureAddress(to),
        kind,
        request.fileId(),
        actorName,
        path);
  }

  /** The sender hears the receiving structure's answer, on the patient's file. */
  private void tellSender(OrientationRequest request, ProfessionalView by) {
    var kind =
        switch (request.status()) {
          case ACCEPTED -> NotificationKind.REQUEST_ACCEPTED;
          case REFUSED -> NotificationKind.REQUEST_REFUSED;
          default -> NotificationKind.REQUEST_ADMITTED;
        };
    directory
        .findProfessional(request.sentBy())
        .ifPresent(
            sender ->
                notifications.notify(
                    sender,
                    kind,
                    request.fileId(),
                    by.displayName() + " (" + by.structure().name() + ")",
                    "/patients/" + request.fileId()));
  }

  /** Receiving staff, or a member of the file's team; anyone else: 404. */
  private OrientationRequest visible(Caller caller, ProfessionalView actor, UUID requestId) {
    var request =
        repository
            .orientationRequest(requestId)
            .orElseThrow(() -> new NotFoundException("No orientation request " + requestId + "."));
    var receiver =
        actor.structure().id().equals(request.toStructureId()) && caller.answersRequests();
    if (!receiver && !access.isTeamMember(request.fileId(), actor.id())) {
      throw new NotFoundException("No orientation request " + requestId + ".");
    }
    return request;
  }

  /**
   * A structure's requests carry patient identities: its administrators and case managers
   * (coordinators) answer them, not every member of its staff.
   */
  private static void requireReceiver(Caller caller) {
    if (!caller.answersRequests()) {
      throw new ForbiddenException(
          "not-a-receiver",
          "Only your structure's administrators and case managers see the requests it receives.");
    }
  }

  private static AuditedActor audited(Caller caller, ProfessionalView actor) {
    return new AuditedActor(actor.id(), caller.username(), false);
  }

  private OrientationRequestView view(OrientationRequest r, CoordinationFile f) {
    return new OrientationRequestView(
        r.id(),
        r.fileId(),
        f.firstName(),
        f.lastName(),
        f.birthDate(),
        f.sex(),
        f.address().city(),
        directory.findStructure(r.fromStructureId()).orElseThrow(),
        directory.findStructure(r.toStructureId()).orElseThrow(),
        r.kind(),
        r.summary(),
        r.status(),
        directory.findProfessional(r.sentBy()).orElseThrow(),
        r.sentAt(),
        r.answeredBy() == null ? null : directory.findProfessional(r.answeredBy()).orElse(null),
        r.answeredAt(),
        r.answerComment(),
        r.admittedOn(),
        r.version());
  }
}

package org.liaison.logbook;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFiles;
import org.liaison.coordinationfile.CoordinationFileClosed;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.FileType;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.LogbookNote;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.SqlValues;
import org.liaison.notification.LiveMessage;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/** Use cases of the logbook. */
@Stateless
public class LogbookService {

  private static final String RESOURCE = "logbook";
  static final int MAX_ATTACHMENTS = 5;

  @Inject private LogbookRepository repository;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;
  @Inject private CareTeamService careTeam;
  @Inject private NotificationService notifications;
  @Inject private Event<LiveMessage> live;
  @Inject private PatientFiles files;

  private final Clock clock = Clock.systemUTC();

  /**
   * Writes an entry — or, when its client key was already used by this author, returns the entry
   * written the first time (an offline queue may send the same entry again).
   */
  public LogbookEntryView write(Caller caller, UUID fileId, WriteLogbookEntry command) {
    var grant = access.requireToEditOpen(caller, fileId);
    if (command.clientKey() != null) {
      var existing = repository.byClientKey(grant.actor().id(), command.clientKey());
      if (existing.isPresent()) {
        if (!existing.get().fileId().equals(fileId)) {
          throw new InvalidInputException("clientKey", "already used for another patient's entry");
        }
        return views(List.of(existing.get()), grant).get(0);
      }
    }
    if (!categoriesOfFile(fileId).contains(command.category())) {
      throw new InvalidInputException(
          "category", "not a category of this patient's coordination structure");
    }
    var toWrite = command;
    if (command.corrects() != null) {
      var corrected =
          repository
              .entry(command.corrects())
              .filter(e -> e.fileId().equals(fileId))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "corrects",
                          "no entry " + command.corrects() + " in this patient's logbook"));
      if (!corrected.authorId().equals(grant.actor().id())) {
        throw new ForbiddenException(
            "not-author-of-entry",
            "Only the author of an entry corrects it; add an entry of your own instead.");
      }
      if (command.important() == null) {
        toWrite = command.keepingImportance(corrected.important());
      }
    }
    var attachments = new java.util.ArrayList<LogbookAttachment>();
    for (int i = 0; i < command.attachments().size(); i++) {
      var id = command.attachments().get(i);
      attachments.add(
          repository
              .attachment(id)
              .filter(a -> a.joinable(fileId, grant.actor().id()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "attachments[" + attachments.size() + "]",
                          "no attachment "
                              + id
                              + " uploaded by you for this patient and not yet used")));
    }
    var entry = LogbookEntry.write(fileId, grant, toWrite, clock.instant());
    repository.add(entry);
    attachments.forEach(a -> a.join(entry.id()));
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.CREATE,
        RESOURCE,
        command.category().name() + (command.corrects() == null ? "" : " correction"));
    published(entry, grant.actor().id(), grant.actor().displayName());
    // A new entry: nobody has read or corrected it yet, its attachments are those just joined —
    // no query needed (three of them were most of a write's time, benchmark P2).
    return entry.view(
        null, List.of(), true, attachments.stream().map(LogbookAttachment::view).toList());
  }

  /**
   * A message of a conversation about the patient, copied into the logbook by a team member: the
   * entry keeps the message's author and time.
   */
  public LogbookEntryView recordMessage(Caller caller, UUID fileId, MessageCopy copy) {
    var grant = access.requireToEditOpen(caller, fileId);
    if (!categoriesOfFile(fileId).contains(copy.category())) {
      throw new InvalidInputException(
          "category", "not a category of this patient's coordination structure");
    }
    var entry = LogbookEntry.copied(fileId, copy, roleOf(fileId, copy.authorId()));
    repository.add(entry);
    audit.record(
        grant.audited(), fileId, AuditAction.CREATE, RESOURCE, copy.category() + " from message");
    published(entry, copy.authorId(), copy.authorName());
    return views(List.of(entry), grant).get(0);
  }

  /**
   * The file was closed (re-orientation, discharge, death), in the transaction of the change: its
   * last entry says so, marked important so that the team is told, written as the case manager who
   * closed it; from then on the logbook is read only until the file is reopened.
   */
  public void fileClosed(@Observes CoordinationFileClosed closed) {
    noted(
        new LogbookNote(
            closed.fileId(),
            closed.by().id(),
            closed.by().username(),
            closed.by().emergency(),
            closed.byName(),
            closed.note(),
            true,
            closed.at()));
  }

  /** What another context records in the logbook, written as the person who did it. */
  public void noted(@Observes LogbookNote note) {
    var entry =
        LogbookEntry.copied(
            note.fileId(),
            new MessageCopy(
                note.authorId(),
                note.authorName(),
                note.text(),
                note.at(),
                LogbookCategory.OTHER,
                note.important()),
            roleOf(note.fileId(), note.authorId()));
    repository.add(entry);
    var by =
        new org.liaison.audit.AuditedActor(
            note.authorId(), note.authorUsername(), note.emergency());
    audit.record(by, note.fileId(), AuditAction.CREATE, RESOURCE, "note");
    published(entry, note.authorId(), note.authorName());
  }

  /** The role in the patient's team of an author (OTHER when no longer a member). */
  private org.liaison.careteam.CareTeamRole roleOf(UUID fileId, UUID professionalId) {
    return careTeam.activeMembers(fileId).stream()
        .filter(m -> m.professional().id().equals(professionalId))
        .map(org.liaison.careteam.CareTeamMemberView::role)
        .findFirst()
        .orElse(org.liaison.careteam.CareTeamRole.OTHER);
  }

  /** Tells the team, after commit: live to everyone, a notification when it is important. */
  private void published(LogbookEntry entry, UUID authorId, String authorName) {
    var fileId = entry.fileId();
    var team = careTeam.activeMembers(fileId);
    live.fire(
        new LiveMessage(
            team.stream().map(m -> m.professional().id()).collect(Collectors.toSet()),
            "logbook-entry",
            "{\"fileId\":\""
                + fileId
                + "\",\"entryId\":\""
                + entry.id()
                + "\",\"important\":"
                + entry.important()
                + "}"));
    if (entry.important()) {
      for (var member : team) {
        if (!member.professional().id().equals(authorId)) {
          notifications.notify(
              member.professional(),
              NotificationKind.LOGBOOK_IMPORTANT_ENTRY,
              fileId,
              authorName,
              "/patients/" + fileId);
        }
      }
    }
  }

  /** A page of entries, newest first; those shown are marked as read by the caller. */
  public Page<LogbookEntryView> entries(Caller caller, UUID fileId, PageRequest page) {
    var grant = access.require(caller, fileId);
    var entries = repository.page(fileId, page.offset(), page.size());
    var items = views(entries, grant);
    repository.markRead(
        items.stream().filter(e -> !e.readByMe()).map(LogbookEntryView::id).toList(),
        grant.actor().id(),
        clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "page " + page.page());
    return new Page<>(items, page.page(), page.size(), repository.count(fileId));
  }

  /**
   * Stores a photo or PDF for an entry the caller is about to write; its type is found in its
   * content, whatever its name says.
   */
  public AttachmentView upload(Caller caller, UUID fileId, String name, byte[] content) {
    var grant = access.requireToEditOpen(caller, fileId);
    var type = FileType.check(content);
    var attachment =
        LogbookAttachment.upload(
            fileId, grant.actor().id(), FileType.safeName(name), type, content, clock.instant());
    repository.add(attachment);
    audit.record(grant.audited(), fileId, AuditAction.CREATE, RESOURCE, "attachment");
    return attachment.view();
  }

  /** An attachment of an entry of the file, for a member of its team. */
  public AttachmentContent attachment(Caller caller, UUID fileId, UUID attachmentId) {
    var grant = access.require(caller, fileId);
    var attachment =
        repository
            .attachment(attachmentId)
            .filter(a -> a.fileId().equals(fileId))
            .filter(a -> a.entryId() != null || a.joinable(fileId, grant.actor().id()))
            .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " here."));
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "attachment");
    return new AttachmentContent(attachment.name(), attachment.mediaType(), attachment.content());
  }

  /** The categories offered in a patient's logbook: those of the structure that follows it. */
  public List<LogbookCategory> categories(Caller caller, UUID fileId) {
    access.require(caller, fileId);
    return categoriesOfFile(fileId);
  }

  /** The categories a structure offers (all of them, in the usual order, until it chooses). */
  public List<LogbookCategory> structureCategories(Caller caller, UUID structureId) {
    directory.professionalOf(caller);
    directory
        .findStructure(structureId)
        .orElseThrow(() -> new NotFoundException("No structure " + structureId + "."));
    return orAll(repository.categoriesOf(structureId));
  }

  /** A structure admin chooses the categories of the structure's logbooks, in order. */
  public List<LogbookCategory> chooseCategories(
      Caller caller, UUID structureId, List<LogbookCategory> categories) {
    directory.requireAdminOf(caller, structureId);
    if (categories.isEmpty()) {
      throw new InvalidInputException("categories", "choose at least one category");
    }
    if (new java.util.HashSet<>(categories).size() != categories.size()) {
      throw new InvalidInputException("categories", "a category is chosen twice");
    }
    repository.replaceCategories(structureId, categories);
    return categories;
  }

  private List<LogbookCategory> categoriesOfFile(UUID fileId) {
    return files
        .summary(fileId)
        .map(f -> orAll(repository.categoriesOf(f.structureId())))
        .orElse(List.of(LogbookCategory.values()));
  }

  private static List<LogbookCategory> orAll(List<LogbookCategory> chosen) {
    return chosen.isEmpty() ? List.of(LogbookCategory.values()) : chosen;
  }

  /** How many entries of others the caller has not read yet. */
  public long unread(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    return repository.unread(fileId, grant.actor().id());
  }

  /** For each file the caller may see now, how many entries of others he or she has not read. */
  public Map<UUID, Long> unreadByFile(Caller caller) {
    var me = directory.professionalOf(caller).id();
    var counts = new java.util.LinkedHashMap<UUID, Long>();
    for (var row : repository.unreadByFile(access.visibleFileIds(me), me)) {
      counts.put((UUID) row[0], (Long) row[1]);
    }
    return counts;
  }

  private List<LogbookEntryView> views(List<LogbookEntry> entries, AccessGrant grant) {
    var ids = entries.stream().map(LogbookEntry::id).toList();
    var correctedBy = new HashMap<UUID, UUID>();
    for (var row : repository.corrections(ids)) {
      correctedBy.put((UUID) row[0], (UUID) row[1]); // ordered by time: the newest wins
    }
    var me = grant.actor().id();
    var readByMe = new java.util.HashSet<UUID>();
    var readers = new HashMap<UUID, List<LogbookEntryView.Reading>>();
    Map<UUID, String> names = new HashMap<>();
    for (var read : repository.reads(ids)) {
      var entryId = (UUID) read[0];
      var readerId = (UUID) read[1];
      if (readerId.equals(me)) {
        readByMe.add(entryId);
      }
      var name =
          names.computeIfAbsent(
              readerId,
              p -> directory.findProfessional(p).map(ProfessionalView::displayName).orElse("?"));
      readers
          .computeIfAbsent(entryId, k -> new java.util.ArrayList<>())
          .add(new LogbookEntryView.Reading(name, SqlValues.instant(read[2])));
    }
    var attachments = new HashMap<UUID, List<AttachmentView>>();
    for (var a : repository.attachmentsOf(ids)) {
      attachments
          .computeIfAbsent((UUID) a[0], k -> new java.util.ArrayList<>())
          .add(
              new AttachmentView(
                  (UUID) a[1], (String) a[2], (String) a[3], ((Number) a[4]).intValue()));
    }
    return entries.stream()
        .map(
            e ->
                e.view(
                    correctedBy.get(e.id()),
                    readers.getOrDefault(e.id(), List.of()),
                    e.authorId().equals(me) || readByMe.contains(e.id()),
                    attachments.getOrDefault(e.id(), List.of())))
        .toList();
  }
}

package org.liaison.messaging;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFiles;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalQuery;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.FileType;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.logbook.LogbookEntryView;
import org.liaison.logbook.LogbookService;
import org.liaison.logbook.MessageCopy;
import org.liaison.messaging.ConversationViews.Detail;
import org.liaison.messaging.ConversationViews.Member;
import org.liaison.messaging.ConversationViews.Mention;
import org.liaison.messaging.ConversationViews.MessageView;
import org.liaison.messaging.ConversationViews.Summary;
import org.liaison.messaging.MessagingCommands.AddMembers;
import org.liaison.messaging.MessagingCommands.CallResourceTeam;
import org.liaison.messaging.MessagingCommands.CopyToLogbook;
import org.liaison.messaging.MessagingCommands.HandOver;
import org.liaison.notification.LiveMessage;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Use cases of messaging. Who may read a conversation is decided here: for a patient, the active
 * care team (checked by the careteam context) and the members called in; for a topic, its named
 * members. Anybody else gets 404. Reads and writes about a patient are audited on the patient.
 */
@Stateless
public class MessagingService {

  private static final String RESOURCE = "messaging";
  private static final int RESOURCE_TEAM_MAX = PageRequest.MAX_SIZE;

  @Inject private MessagingRepository repository;
  @Inject private PatientAccess access;
  @Inject private CareTeamService careTeam;
  @Inject private PatientFiles files;
  @Inject private DirectoryService directory;
  @Inject private LogbookService logbook;
  @Inject private NotificationService notifications;
  @Inject private AuditTrail audit;
  @Inject private Event<LiveMessage> live;

  private final Clock clock = Clock.systemUTC();

  public Detail start(Caller caller, StartConversation command) {
    var me = directory.professionalOf(caller);
    Conversation conversation;
    if (command.kind() == Conversation.Kind.PATIENT) {
      if (command.fileId() == null) {
        throw new InvalidInputException("fileId", "a conversation about a patient names the file");
      }
      var grant = access.requireToEdit(caller, command.fileId());
      conversation =
          Conversation.start(command.kind(), command.fileId(), command.subject(), me.id(), now());
      repository.add(conversation);
      audit.record(grant.audited(), command.fileId(), AuditAction.CREATE, RESOURCE, "conversation");
    } else {
      if (command.fileId() != null) {
        throw new InvalidInputException("fileId", "a topic conversation is about no patient");
      }
      var chosen = existingProfessionals(command.memberIds(), "memberIds");
      conversation = Conversation.start(command.kind(), null, command.subject(), me.id(), now());
      repository.add(conversation);
      repository.add(member(conversation, me.id(), ConversationMember.Via.CHOSEN, me));
      for (var p : chosen) {
        if (!p.id().equals(me.id())) {
          repository.add(member(conversation, p.id(), ConversationMember.Via.CHOSEN, me));
        }
      }
    }
    return detail(conversation, me);
  }

  /** The caller's conversations, most recent activity first, with unread counts. */
  public List<Summary> conversations(Caller caller) {
    var me = directory.professionalOf(caller);
    return repository.conversationsFor(access.visibleFileIds(me.id()), me.id()).stream()
        .filter(c -> isMember(c, me.id()))
        .map(c -> summary(c, me.id()))
        .toList();
  }

  /** The conversations about one patient, for its team. */
  public List<Summary> conversationsOfFile(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    return repository.conversationsOfFile(fileId).stream()
        .map(c -> summary(c, grant.actor().id()))
        .toList();
  }

  public long unread(Caller caller) {
    return conversations(caller).stream().mapToLong(Summary::unread).sum();
  }

  public Detail conversation(Caller caller, UUID id) {
    var me = directory.professionalOf(caller);
    return detail(requireMember(caller, me, id), me);
  }

  /** A page of messages, newest first; the conversation is read up to the newest one. */
  public Page<MessageView> messages(Caller caller, UUID id, PageRequest page) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    var messages = repository.messages(id, page.offset(), page.size());
    if (page.page() == 0 && !messages.isEmpty()) {
      repository.markRead(id, me.id(), messages.get(0).sentAt());
    }
    auditPatient(caller, me, conversation, AuditAction.READ, "messages");
    var names = new HashMap<UUID, String>();
    var files = new HashMap<UUID, List<ConversationViews.Attachment>>();
    for (var a : repository.attachmentsOf(messages.stream().map(Message::id).toList())) {
      files.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a.view());
    }
    return new Page<>(
        messages.stream()
            .map(m -> view(m, me.id(), names, files.getOrDefault(m.id(), List.of())))
            .toList(),
        page.page(),
        page.size(),
        repository.countMessages(id));
  }

  public MessageView post(Caller caller, UUID id, PostMessage command) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    if (command.clientKey() != null) {
      var existing = repository.byClientKey(me.id(), command.clientKey());
      if (existing.isPresent()) {
        if (!existing.get().conversationId().equals(id)) {
          throw new InvalidInputException("clientKey", "already used in another conversation");
        }
        return view(
            existing.get(),
            me.id(),
            new HashMap<>(),
            repository.attachmentsOf(List.of(existing.get().id())).stream()
                .map(MessageAttachment::view)
                .toList());
      }
    }
    var members = members(conversation);
    for (int i = 0; i < command.mentions().size(); i++) {
      var mentioned = command.mentions().get(i);
      if (members.stream().noneMatch(m -> m.id().equals(mentioned))) {
        throw new InvalidInputException("mentions[" + i + "]", "not a member of this conversation");
      }
    }
    var attachments = new ArrayList<MessageAttachment>();
    for (var attachmentId : command.attachments()) {
      attachments.add(
          repository
              .attachment(attachmentId)
              .filter(a -> a.joinable(id, me.id()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "attachments[" + attachments.size() + "]",
                          "no file " + attachmentId + " uploaded by you here and not yet used")));
    }
    var message =
        Message.post(
            id,
            me.id(),
            me.displayName(),
            command.text().strip(),
            command.mentions().stream().distinct().toList(),
            command.clientKey(),
            false,
            now());
    repository.add(message);
    attachments.forEach(a -> a.join(message.id()));
    conversation.messageSent(message.sentAt());
    repository.markRead(id, me.id(), message.sentAt());
    auditPatient(caller, me, conversation, AuditAction.CREATE, "message");
    for (var mentioned : message.mentions()) {
      if (!mentioned.equals(me.id())) {
        directory
            .findProfessional(mentioned)
            .ifPresent(
                p ->
                    notifications.notify(
                        p,
                        NotificationKind.MESSAGE_MENTION,
                        conversation.fileId(),
                        me.displayName(),
                        "/messages/" + id));
      }
    }
    announce(conversation, members, message);
    return view(
        message,
        me.id(),
        new HashMap<>(),
        attachments.stream().map(MessageAttachment::view).toList());
  }

  /** A photo or PDF a member uploads for the message he or she is writing. */
  public ConversationViews.Attachment upload(Caller caller, UUID id, String name, byte[] content) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    var type = FileType.check(content);
    var attachment = MessageAttachment.upload(id, me.id(), name, type, content, now());
    repository.add(attachment);
    auditPatient(caller, me, conversation, AuditAction.CREATE, "attachment");
    return attachment.view();
  }

  /** A file of a message, for the conversation's members. */
  public ConversationViews.AttachmentContent attachment(Caller caller, UUID id, UUID attachmentId) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    var attachment =
        repository
            .attachment(attachmentId)
            .filter(a -> a.readableBy(id, me.id()))
            .orElseThrow(() -> new NotFoundException("No file " + attachmentId + " here."));
    auditPatient(caller, me, conversation, AuditAction.READ, "attachment");
    return new ConversationViews.AttachmentContent(
        attachment.name(), attachment.mediaType(), attachment.content());
  }

  /** The owner of a topic conversation adds chosen members. */
  public Detail addMembers(Caller caller, UUID id, AddMembers command) {
    var me = directory.professionalOf(caller);
    var conversation = requireOwner(caller, me, id);
    if (conversation.isAboutPatient()) {
      throw new ConflictException(
          "not-a-topic-conversation",
          "A conversation about a patient is open to the care team; call in a resource team"
              + " instead.");
    }
    var added = new ArrayList<String>();
    for (var p : existingProfessionals(command.professionalIds(), "professionalIds")) {
      if (!repository.isNamedMember(id, p.id())) {
        repository.add(member(conversation, p.id(), ConversationMember.Via.CHOSEN, me));
        added.add(p.displayName());
      }
    }
    if (!added.isEmpty()) {
      systemMessage(conversation, me, me.displayName() + " a ajouté " + String.join(", ", added));
    }
    return detail(conversation, me);
  }

  /** A member calls in the professionals of a structure (e.g. a mobile geriatrics team). */
  public Detail callResourceTeam(Caller caller, UUID id, CallResourceTeam command) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    var structure =
        directory
            .findStructure(command.structureId())
            .orElseThrow(
                () ->
                    new InvalidInputException("structureId", "no such structure in the directory"));
    var current = members(conversation).stream().map(Member::id).collect(Collectors.toSet());
    var team =
        directory
            .searchProfessionals(
                caller,
                new ProfessionalQuery(null, null, null, structure.id()),
                new PageRequest(0, RESOURCE_TEAM_MAX))
            .items();
    for (var p : team) {
      if (!current.contains(p.id())) {
        repository.add(member(conversation, p.id(), ConversationMember.Via.RESOURCE_TEAM, me));
      }
    }
    auditPatient(caller, me, conversation, AuditAction.UPDATE, "resource team " + structure.id());
    systemMessage(
        conversation,
        me,
        me.displayName() + " a fait appel à l'équipe ressource " + structure.name());
    return detail(conversation, me);
  }

  /** The owner hands the conversation over to another member. */
  public Detail handOver(Caller caller, UUID id, HandOver command) {
    var me = directory.professionalOf(caller);
    var conversation = requireOwner(caller, me, id);
    var to =
        members(conversation).stream()
            .filter(m -> m.id().equals(command.to()))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("to", "not a member of this conversation"));
    conversation.handOver(to.id());
    systemMessage(conversation, me, me.displayName() + " a confié la conversation à " + to.name());
    return detail(conversation, me);
  }

  /** A message about a patient becomes a logbook entry, with its author and time. */
  public LogbookEntryView copyToLogbook(
      Caller caller, UUID id, UUID messageId, CopyToLogbook command) {
    var me = directory.professionalOf(caller);
    var conversation = requireMember(caller, me, id);
    if (!conversation.isAboutPatient()) {
      throw new ConflictException(
          "not-a-patient-conversation", "Only a message about a patient goes into a logbook.");
    }
    var message =
        repository
            .message(messageId)
            .filter(m -> m.conversationId().equals(id) && !m.system())
            .orElseThrow(() -> new NotFoundException("No message " + messageId + " here."));
    if (message.logbookEntryId() != null) {
      throw new ConflictException(
              "already-in-logbook", "This message is already in the patient's logbook.")
          .with("logbookEntryId", message.logbookEntryId());
    }
    var entry =
        logbook.recordMessage(
            caller,
            conversation.fileId(),
            new MessageCopy(
                message.authorId(),
                message.authorName(),
                message.text(),
                message.sentAt(),
                command.category(),
                Boolean.TRUE.equals(command.important())));
    message.copiedToLogbook(entry.id());
    return entry;
  }

  // ------------------------------------------------------------------ helpers

  /** Now, at the database's precision: what a client reads back is what it was sent. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private Conversation requireMember(Caller caller, ProfessionalView me, UUID id) {
    return repository
        .conversation(id)
        .filter(c -> isMember(c, me.id()))
        .orElseThrow(() -> new NotFoundException("No conversation " + id + " for you."));
  }

  private Conversation requireOwner(Caller caller, ProfessionalView me, UUID id) {
    var conversation = requireMember(caller, me, id);
    if (!conversation.ownerId().equals(me.id())) {
      throw new ForbiddenException(
          "not-conversation-owner", "Only the member in charge of this conversation does this.");
    }
    return conversation;
  }

  private boolean isMember(Conversation c, UUID professionalId) {
    return (c.isAboutPatient() && access.isTeamMember(c.fileId(), professionalId))
        || repository.isNamedMember(c.id(), professionalId);
  }

  /** Everybody in the conversation now: the care team (for a patient), then named members. */
  private List<Member> members(Conversation c) {
    var all = new LinkedHashMap<UUID, Member>();
    if (c.isAboutPatient()) {
      for (var m : careTeam.activeMembers(c.fileId())) {
        var p = m.professional();
        all.put(p.id(), new Member(p.id(), p.displayName(), p.structure().name(), "TEAM"));
      }
    }
    for (var named : repository.members(c.id())) {
      if (!all.containsKey(named.professionalId())) {
        directory
            .findProfessional(named.professionalId())
            .ifPresent(
                p ->
                    all.put(
                        p.id(),
                        new Member(
                            p.id(), p.displayName(), p.structure().name(), named.via().name())));
      }
    }
    return List.copyOf(all.values());
  }

  private List<ProfessionalView> existingProfessionals(List<UUID> ids, String field) {
    var found = new ArrayList<ProfessionalView>();
    for (int i = 0; i < ids.size(); i++) {
      var id = ids.get(i);
      found.add(
          directory
              .findProfessional(id)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field + "[" + found.size() + "]", "no such professional: " + id)));
    }
    return found;
  }

  private ConversationMember member(
      Conversation c, UUID professionalId, ConversationMember.Via via, ProfessionalView by) {
    return new ConversationMember(c.id(), professionalId, via, by.id(), now());
  }

  private void systemMessage(Conversation c, ProfessionalView by, String text) {
    var message =
        Message.post(c.id(), by.id(), by.displayName(), text, List.of(), null, true, now());
    repository.add(message);
    c.messageSent(message.sentAt());
    announce(c, members(c), message);
  }

  private void announce(Conversation c, List<Member> members, Message message) {
    live.fire(
        new LiveMessage(
            members.stream().map(Member::id).collect(Collectors.toSet()),
            "message",
            "{\"conversationId\":\"" + c.id() + "\",\"messageId\":\"" + message.id() + "\"}"));
  }

  private void auditPatient(
      Caller caller, ProfessionalView me, Conversation c, AuditAction action, String detail) {
    if (c.isAboutPatient()) {
      audit.record(
          new AuditedActor(me.id(), caller.username(), false),
          c.fileId(),
          action,
          RESOURCE,
          detail);
    }
  }

  private Summary summary(Conversation c, UUID me) {
    return new Summary(
        c.id(),
        c.kind(),
        c.fileId(),
        patientName(c),
        c.subject(),
        c.ownerId(),
        name(c.ownerId()),
        c.lastMessageAt(),
        repository.unread(c.id(), me));
  }

  private Detail detail(Conversation c, ProfessionalView me) {
    return new Detail(
        c.id(),
        c.kind(),
        c.fileId(),
        patientName(c),
        c.subject(),
        c.ownerId(),
        name(c.ownerId()),
        c.createdAt(),
        members(c),
        c.ownerId().equals(me.id()));
  }

  private String patientName(Conversation c) {
    return c.isAboutPatient()
        ? files.summary(c.fileId()).map(PatientFiles.FileSummary::patientName).orElse(null)
        : null;
  }

  private String name(UUID professionalId) {
    return directory
        .findProfessional(professionalId)
        .map(ProfessionalView::displayName)
        .orElse("?");
  }

  private MessageView view(
      Message m, UUID me, Map<UUID, String> names, List<ConversationViews.Attachment> files) {
    return new MessageView(
        m.id(),
        m.authorId(),
        m.authorName(),
        m.text(),
        m.sentAt(),
        m.mentions().stream()
            .map(id -> new Mention(id, names.computeIfAbsent(id, this::name)))
            .toList(),
        m.logbookEntryId(),
        m.authorId().equals(me),
        m.system(),
        files);
  }
}

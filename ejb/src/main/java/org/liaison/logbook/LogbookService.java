package org.liaison.logbook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careteam.PatientAccess;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;

/** Use cases of the logbook. */
@Stateless
public class LogbookService {

  private static final String RESOURCE = "logbook";

  @Inject private LogbookRepository repository;
  @Inject private PatientAccess access;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public LogbookEntryView write(Caller caller, UUID fileId, WriteLogbookEntry command) {
    var grant = access.require(caller, fileId);
    if (grant.emergency()) {
      throw new ForbiddenException(
          "emergency-access-read-only", "An emergency access reads the file; it does not edit it.");
    }
    var entry = LogbookEntry.write(fileId, grant, command, clock.instant());
    repository.add(entry);
    audit.record(grant.audited(), fileId, AuditAction.CREATE, RESOURCE, command.category().name());
    return entry.view();
  }

  public Page<LogbookEntryView> entries(Caller caller, UUID fileId, PageRequest page) {
    var grant = access.require(caller, fileId);
    var items =
        repository.page(fileId, page.offset(), page.size()).stream()
            .map(LogbookEntry::view)
            .toList();
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "page " + page.page());
    return new Page<>(items, page.page(), page.size(), repository.count(fileId));
  }
}

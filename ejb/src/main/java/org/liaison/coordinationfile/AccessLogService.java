package org.liaison.coordinationfile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditRecordView;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.EmergencyAccessView;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFileNotFoundException;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;

/**
 * A patient's access log (who read or changed the file, when): shown to the team's case managers
 * and to the data officer of the structure that follows the file, who alone exports it. Reading the
 * log is itself recorded.
 */
@Stateless
public class AccessLogService {

  private static final String RESOURCE = "access-log";

  @Inject private CoordinationFileRepository repository;
  @Inject private PatientAccess access;
  @Inject private CareTeamService careTeam;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;

  public Page<AuditRecordView> page(
      Caller caller, UUID fileId, AuditFilter filter, PageRequest page) {
    var reader = requireReader(caller, fileId, false);
    audit.record(reader, fileId, AuditAction.READ, RESOURCE, null);
    return audit.page(fileId, filter, page);
  }

  /**
   * The log told by person, action and part of the file per hour: repeated reads are one line. The
   * people are named as the directory knows them.
   */
  public Page<AccessLogGroupView> groups(
      Caller caller, UUID fileId, AuditFilter filter, PageRequest page) {
    var reader = requireReader(caller, fileId, false);
    audit.record(reader, fileId, AuditAction.READ, RESOURCE, "grouped");
    var people = people(audit.facets(fileId).actors());
    var groups = audit.groups(fileId, filter, page);
    return groups.map(
        g ->
            new AccessLogGroupView(
                g.hour(),
                people.get(g.actorId()),
                g.action(),
                g.resource(),
                g.count(),
                g.first(),
                g.last(),
                g.emergency()));
  }

  /** The filters' choices: the people of the log by name, and the parts of the file it names. */
  public AccessLogFacets facets(Caller caller, UUID fileId) {
    requireReader(caller, fileId, false);
    var facets = audit.facets(fileId);
    var people =
        people(facets.actors()).values().stream()
            .sorted(Comparator.comparing(AccessLogPerson::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new AccessLogFacets(people, facets.resources());
  }

  private Map<UUID, AccessLogPerson> people(Map<UUID, String> actors) {
    var people = new HashMap<UUID, AccessLogPerson>();
    actors.forEach(
        (id, username) ->
            people.put(
                id,
                directory
                    .findProfessional(id)
                    .map(
                        p ->
                            new AccessLogPerson(
                                id,
                                username,
                                p.displayName(),
                                p.profession(),
                                p.structure().name()))
                    .orElse(new AccessLogPerson(id, username, username, null, null))));
    return people;
  }

  /** The whole log (or the filtered part), oldest first, for a CSV export. */
  public List<AuditRecordView> export(Caller caller, UUID fileId, AuditFilter filter) {
    var reader = requireReader(caller, fileId, true);
    audit.record(reader, fileId, AuditAction.READ, RESOURCE, "export");
    return audit.export(fileId, filter);
  }

  public List<EmergencyAccessView> emergencyAccesses(Caller caller, UUID fileId) {
    requireReader(caller, fileId, false);
    return careTeam.emergencyAccesses(fileId);
  }

  private AuditedActor requireReader(Caller caller, UUID fileId, boolean export) {
    var actor = directory.professionalOf(caller);
    var file = repository.find(fileId).orElseThrow(() -> new PatientFileNotFoundException(fileId));
    if (caller.hasRole(Caller.DATA_OFFICER) && actor.structure().id().equals(file.structureId())) {
      return new AuditedActor(actor.id(), caller.username(), false);
    }
    var grant = access.requireCaseManager(caller, fileId);
    if (export) {
      throw new ForbiddenException(
          "not-a-data-officer", "Only the structure's data officer exports the access log.");
    }
    return grant.audited();
  }
}

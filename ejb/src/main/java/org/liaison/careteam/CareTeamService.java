package org.liaison.careteam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;

/** Use cases of the care team. */
@Stateless
public class CareTeamService {

  private static final String RESOURCE = "care-team";

  @Inject private CareTeamRepository repository;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.system(PatientAccess.CARE_ZONE);

  /** The first member of a new file: the case manager who opened it. Audited by the caller. */
  public void addFounder(UUID fileId, ProfessionalView founder) {
    repository.add(
        CareTeamMember.join(
            fileId,
            founder.id(),
            CareTeamRole.CASE_MANAGER,
            founder.id(),
            clock.instant(),
            today()));
  }

  public List<CareTeamMemberView> members(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(caller, grant.actor(), fileId, AuditAction.READ, RESOURCE, null);
    return repository.members(fileId).stream().map(this::view).toList();
  }

  /** Only the file's case managers build its team. */
  public CareTeamMemberView addMember(Caller caller, UUID fileId, AddCareTeamMember command) {
    var grant = access.require(caller, fileId);
    if (grant.role() != CareTeamRole.CASE_MANAGER) {
      throw new ForbiddenException(
          "not-case-manager-of-patient",
          "Only the case manager of this patient adds team members.");
    }
    var professional =
        directory
            .findProfessional(command.professionalId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "professionalId",
                        "no professional " + command.professionalId() + " in the directory"));
    if (repository.membership(fileId, professional.id()).isPresent()) {
      throw new ConflictException(
          "already-in-team", professional.displayName() + " is already in this care team.");
    }
    var member =
        CareTeamMember.join(
            fileId,
            professional.id(),
            command.role(),
            grant.actor().id(),
            clock.instant(),
            today());
    repository.add(member);
    audit.record(
        caller,
        grant.actor(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "added " + professional.id() + " as " + command.role());
    return new CareTeamMemberView(
        member.id(), professional, member.role(), member.since(), member.until());
  }

  private CareTeamMemberView view(CareTeamMember m) {
    var professional = directory.findProfessional(m.professionalId()).orElseThrow();
    return new CareTeamMemberView(m.id(), professional, m.role(), m.since(), m.until());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}

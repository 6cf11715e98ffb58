package org.liaison.careteam;

import java.time.Instant;
import java.util.UUID;
import org.liaison.audit.AuditedActor;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.LogbookNote;

/**
 * Proof that a caller may work on one patient's file now, and as what: a team {@code role}, or an
 * {@code emergency} (break-glass) access with no role.
 */
public record AccessGrant(
    Caller caller, ProfessionalView actor, CareTeamRole role, boolean emergency) {

  public AccessGrant(Caller caller, ProfessionalView actor, CareTeamRole role) {
    this(caller, actor, role, false);
  }

  /** Who the audit records, flagged when the access is an emergency one. */
  public AuditedActor audited() {
    return new AuditedActor(actor.id(), caller.username(), emergency);
  }

  public boolean isCaseManager() {
    return role == CareTeamRole.CASE_MANAGER;
  }

  /** A line for the patient's logbook, written as this grant's professional. */
  public LogbookNote note(UUID fileId, String text, Instant at) {
    return new LogbookNote(
        fileId, actor.id(), caller.username(), emergency, actor.displayName(), text, false, at);
  }
}

package org.liaison.careteam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;

/**
 * The one place that decides who may touch a patient's data: an active member of the care team,
 * today, in Europe/Paris. Anybody else gets {@link PatientFileNotFoundException}.
 */
@Stateless
public class PatientAccess {

  static final ZoneId CARE_ZONE = ZoneId.of("Europe/Paris");

  @Inject private CareTeamRepository repository;
  @Inject private DirectoryService directory;

  private final Clock clock = Clock.system(CARE_ZONE);

  public AccessGrant require(Caller caller, UUID fileId) {
    var actor = directory.professionalOf(caller);
    var member =
        repository
            .membership(fileId, actor.id())
            .filter(m -> m.isActiveOn(today()))
            .orElseThrow(() -> new PatientFileNotFoundException(fileId));
    return new AccessGrant(caller, actor, member.role());
  }

  /** The files the professional may see today. */
  public List<UUID> visibleFileIds(UUID professionalId) {
    return repository.activeFileIds(professionalId, today());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}

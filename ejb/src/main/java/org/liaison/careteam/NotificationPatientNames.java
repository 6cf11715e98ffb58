package org.liaison.careteam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.audit.FileAccess;
import org.liaison.notification.PatientNames;

/** Notifications name a patient to the members of his team only; each name shown is audited. */
@ApplicationScoped
public class NotificationPatientNames implements PatientNames {

  @Inject private PatientAccess access;
  @Inject private PatientFiles files;
  @Inject private AuditTrail audit;

  @Override
  public Map<UUID, String> visibleTo(
      UUID professionalId, String username, Collection<UUID> fileIds) {
    var names = new LinkedHashMap<UUID, String>();
    if (fileIds.isEmpty()) {
      return names;
    }
    var visible = access.visibleFiles(professionalId); // id → through an emergency access only
    var named = fileIds.stream().filter(visible::containsKey).distinct().toList();
    files.preload(named);
    for (var fileId : named) {
      files.summary(fileId).ifPresent(s -> names.put(fileId, s.patientName()));
    }
    audit.recordEach(
        names.keySet().stream()
            .map(
                id ->
                    new FileAccess(id, new AuditedActor(professionalId, username, visible.get(id))))
            .toList(),
        AuditAction.READ,
        "notifications",
        "patient named in a notification");
    return names;
  }
}

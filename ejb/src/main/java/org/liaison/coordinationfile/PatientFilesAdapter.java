package org.liaison.coordinationfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.liaison.careteam.PatientFiles;

/**
 * What the care team may know of a file: its structure, the patient's initials and names, whether
 * it is closed.
 */
@ApplicationScoped
public class PatientFilesAdapter implements PatientFiles {

  @Inject private CoordinationFileRepository repository;

  @Override
  public void preload(Collection<UUID> fileIds) {
    repository.findAll(fileIds);
  }

  @Override
  public Optional<FileSummary> summary(UUID fileId) {
    return repository
        .find(fileId)
        .map(
            f ->
                new FileSummary(
                    f.structureId(),
                    f.initials(),
                    f.lastName().toUpperCase() + " " + f.firstName(),
                    f.discreetName(),
                    f.status().closes()));
  }
}

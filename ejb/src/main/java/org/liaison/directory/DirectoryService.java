package org.liaison.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;

/** Use cases of the directory. */
@Stateless
public class DirectoryService {

  @Inject private DirectoryRepository repository;

  /** The directory entry of the caller; a login without one gets 403. */
  public ProfessionalView professionalOf(Caller caller) {
    return repository
        .professionalByUsername(caller.username())
        .map(this::view)
        .orElseThrow(() -> new NotAProfessionalException(caller.username()));
  }

  public CurrentUserView currentUser(Caller caller) {
    return new CurrentUserView(caller.username(), professionalOf(caller), caller.roles());
  }

  /** A professional by id, if the directory has one. */
  public Optional<ProfessionalView> findProfessional(UUID id) {
    return repository.professional(id).map(this::view);
  }

  public Page<ProfessionalView> searchProfessionals(Caller caller, String text, PageRequest page) {
    professionalOf(caller);
    var items =
        repository.search(text, page.offset(), page.size()).stream().map(this::view).toList();
    return new Page<>(items, page.page(), page.size(), repository.count(text));
  }

  private ProfessionalView view(Professional p) {
    return new ProfessionalView(
        p.id(),
        p.firstName(),
        p.lastName(),
        p.profession(),
        p.rpps(),
        p.email(),
        p.phone(),
        StructureView.of(repository.structure(p.structureId())));
  }
}

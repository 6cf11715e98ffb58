package org.liaison.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.directory.ImportReport.LineError;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.ProblemKind;

/** Use cases of the directory. Everybody with a directory entry reads it; admins keep their own. */
@Stateless
public class DirectoryService {

  /** An import larger than this is split by whoever prepares it. */
  public static final int MAX_IMPORT_LINES = 2000;

  @Inject private DirectoryRepository repository;
  @Inject private Validator validator;
  @Inject private LoginRoles loginRoles;

  /** The directory entry of the caller; a login without one gets 403. */
  public ProfessionalView professionalOf(Caller caller) {
    var professional =
        repository
            .professionalByUsername(caller.username())
            .orElseThrow(() -> new NotAProfessionalException(caller.username()));
    loginRoles.seen(professional.id(), caller.roles());
    return view(professional);
  }

  /**
   * Who answers the requests sent to a structure: its administrators and case managers, as far as
   * their logins' latest calls told (Keycloak holds the roles; see {@link LoginRoles}).
   */
  public List<ProfessionalView> requestReceiversOf(UUID structureId) {
    return repository.withRoleIn(structureId, Caller.REQUEST_RECEIVER_ROLES).stream()
        .map(this::view)
        .toList();
  }

  /** The directory entry of a login, if it has one. */
  public Optional<ProfessionalView> findProfessionalOf(String username) {
    return repository.professionalByUsername(username).map(this::view);
  }

  public CurrentUserView currentUser(Caller caller) {
    return new CurrentUserView(caller.username(), professionalOf(caller), caller.roles());
  }

  /** A professional by id, if the directory has one. */
  public Optional<ProfessionalView> findProfessional(UUID id) {
    return repository.professional(id).map(this::view);
  }

  /** The structure's own e-mail address, if the directory has one. */
  public Optional<String> structureAddress(UUID id) {
    return repository
        .findStructure(id)
        .map(Structure::email)
        .filter(address -> address != null && !address.isBlank());
  }

  public Optional<StructureView> findStructure(UUID id) {
    return repository.findStructure(id).map(StructureView::of);
  }

  public Page<ProfessionalView> searchProfessionals(
      Caller caller, ProfessionalQuery query, PageRequest page) {
    professionalOf(caller);
    var items =
        repository.search(query, page.offset(), page.size()).stream().map(this::view).toList();
    return new Page<>(items, page.page(), page.size(), repository.count(query));
  }

  public ProfessionalView professional(Caller caller, UUID id) {
    professionalOf(caller);
    return findProfessional(id).orElseThrow(() -> notFound("professional", id));
  }

  public Page<StructureView> searchStructures(
      Caller caller, String text, StructureType type, PageRequest page) {
    professionalOf(caller);
    var items =
        repository.searchStructures(text, type, page.offset(), page.size()).stream()
            .map(StructureView::of)
            .toList();
    return new Page<>(items, page.page(), page.size(), repository.countStructures(text, type));
  }

  public StructureDetailView structure(Caller caller, UUID id) {
    professionalOf(caller);
    var s = repository.findStructure(id).orElseThrow(() -> notFound("structure", id));
    return new StructureDetailView(
        s.id(),
        s.name(),
        s.type(),
        s.commune(),
        s.postalCode(),
        s.phone(),
        s.email(),
        repository.services(id).stream().map(HealthcareService::view).toList());
  }

  public HealthcareServiceView addService(
      Caller caller, UUID structureId, AddHealthcareService command) {
    requireAdminOf(caller, structureId);
    if (repository.serviceExists(structureId, command.name())) {
      throw new ConflictException(
          "service-exists", "The structure already has a service named " + command.name() + ".");
    }
    var service = HealthcareService.of(structureId, command.name(), command.phone());
    repository.add(service);
    return service.view();
  }

  /** A structure admin adds a professional to the staff of his or her structure. */
  public ProfessionalView createProfessional(
      Caller caller, UUID structureId, ProfessionalDetails details) {
    requireAdminOf(caller, structureId);
    var professional = Professional.create(structureId, details);
    requireUnique(professional);
    repository.add(professional);
    flush();
    return view(professional);
  }

  public ProfessionalView updateProfessional(
      Caller caller, UUID id, long expectedVersion, ProfessionalDetails details) {
    var professional = repository.professional(id).orElseThrow(() -> notFound("professional", id));
    requireAdminOf(caller, professional.structureId());
    professional.update(details, expectedVersion);
    requireUnique(professional);
    flush();
    return view(professional);
  }

  /**
   * Imports professionals into the admin's structure from CSV. Every line is checked first; if any
   * is wrong nothing is imported and the report says what to fix on which line.
   */
  public ImportReport importProfessionals(Caller caller, UUID structureId, String csv) {
    requireAdminOf(caller, structureId);
    var parsed = ProfessionalCsv.parse(csv);
    var errors = new ArrayList<>(parsed.errors());
    if (parsed.rows().size() > MAX_IMPORT_LINES) {
      errors.add(
          new LineError(
              MAX_IMPORT_LINES + 2, "line", "at most " + MAX_IMPORT_LINES + " lines per import"));
      return new ImportReport(parsed.rows().size(), 0, errors);
    }
    var created = new ArrayList<Professional>();
    var seenRpps = new HashSet<String>();
    var seenUsernames = new HashSet<String>();
    for (var row : parsed.rows()) {
      var before = errors.size();
      var details = details(row, errors);
      if (details == null) {
        continue;
      }
      for (var v : validator.validate(details)) {
        errors.add(new LineError(row.line(), v.getPropertyPath().toString(), v.getMessage()));
      }
      if (errors.size() > before) {
        continue;
      }
      try {
        var p = Professional.create(structureId, details);
        if (p.rpps() != null && (!seenRpps.add(p.rpps()) || repository.rppsTaken(p.rpps(), null))) {
          errors.add(new LineError(row.line(), "rpps", "already in the directory"));
        } else if (p.username() != null
            && (!seenUsernames.add(p.username()) || repository.usernameTaken(p.username(), null))) {
          errors.add(new LineError(row.line(), "username", "already linked to a professional"));
        } else {
          created.add(p);
        }
      } catch (BusinessException e) {
        e.errors().forEach(f -> errors.add(new LineError(row.line(), f.field(), f.message())));
      }
    }
    if (!errors.isEmpty()) {
      return new ImportReport(parsed.rows().size(), 0, errors);
    }
    created.forEach(repository::add);
    flush();
    return new ImportReport(parsed.rows().size(), created.size(), errors);
  }

  /**
   * The directory entry of a login accepting an invitation: the existing one, or a new one in the
   * structure the invitation names.
   */
  public ProfessionalView ensureProfessionalFor(
      String username, UUID structureId, ProfessionalDetails details) {
    var existing = repository.professionalByUsername(username);
    if (existing.isPresent()) {
      return view(existing.get());
    }
    var professional = Professional.create(structureId, details);
    professional.linkLogin(username);
    repository.add(professional);
    flush();
    return view(professional);
  }

  private static ProfessionalDetails details(ProfessionalCsv.Row row, ArrayList<LineError> errors) {
    Profession profession = null;
    var raw = row.get("profession");
    if (raw == null) {
      errors.add(new LineError(row.line(), "profession", "must not be blank"));
      return null;
    }
    profession = ProfessionalCsv.profession(raw);
    if (profession == null) {
      errors.add(new LineError(row.line(), "profession", "unknown profession '" + raw + "'"));
      return null;
    }
    return new ProfessionalDetails(
        row.get("firstName"),
        row.get("lastName"),
        profession,
        row.get("rpps"),
        row.get("email"),
        row.get("phone"),
        row.get("username"));
  }

  private void requireUnique(Professional p) {
    if (p.rpps() != null && repository.rppsTaken(p.rpps(), p.id())) {
      throw new ConflictException(
          "rpps-taken", "The RPPS number " + p.rpps() + " is already in the directory.");
    }
    if (p.username() != null && repository.usernameTaken(p.username(), p.id())) {
      throw new ConflictException(
          "username-taken", "The login " + p.username() + " is already linked to a professional.");
    }
  }

  private void flush() {
    try {
      repository.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new BusinessException(
          ProblemKind.STALE_VERSION, "Someone changed this entry at the same time: reload it.");
    } catch (PersistenceException e) {
      throw new ConflictException(
          "directory-duplicate", "Another entry has the same RPPS number or login.");
    }
  }

  /** Refuses (403, or 404 for an unknown structure) anybody but an admin of the structure. */
  public void requireAdminOf(Caller caller, UUID structureId) {
    var actor = professionalOf(caller);
    repository.findStructure(structureId).orElseThrow(() -> notFound("structure", structureId));
    if (!caller.hasRole(Caller.STRUCTURE_ADMIN) || !actor.structure().id().equals(structureId)) {
      throw new ForbiddenException(
          "not-admin-of-structure", "Only an administrator of this structure changes its entries.");
    }
  }

  private static NotFoundException notFound(String what, UUID id) {
    return new NotFoundException("No " + what + " " + id + " in the directory.");
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
        StructureView.of(repository.structure(p.structureId())),
        p.username() != null,
        p.version());
  }
}

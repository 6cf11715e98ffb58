package org.liaison.coordinationfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.kernel.SqlValues;

/** Queries of coordination files, their history, contacts and orientation requests. */
@ApplicationScoped
public class CoordinationFileRepository {

  @PersistenceContext private EntityManager em;

  void add(Object fileRecord) {
    em.persist(fileRecord);
  }

  Optional<CoordinationFile> find(UUID id) {
    return Optional.ofNullable(em.find(CoordinationFile.class, id));
  }

  /** Several files in one query, by id. */
  Map<UUID, CoordinationFile> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select f from CoordinationFile f where f.id in :ids", CoordinationFile.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(CoordinationFile::id, f -> f));
  }

  boolean insTakenByAnother(CoordinationFile file) {
    return !em.createQuery(
            "select f.id from CoordinationFile f"
                + " where f.structureId = :s and f.ins = :ins and f.id <> :self",
            UUID.class)
        .setParameter("s", file.structureId())
        .setParameter("ins", file.ins())
        .setParameter("self", file.id())
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * A page of the files among {@code ids} that match, by name. Native, with the ids as one array
   * parameter: a JPQL {@code in} list of a case manager's few hundred files was translated again at
   * each request (benchmark P1b).
   */
  @SuppressWarnings("unchecked")
  List<CoordinationFile> search(Collection<UUID> ids, FileSearch search, int offset, int limit) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var sql =
        "select f.* from coordination_file f where "
            + where(search)
            + " order by lower(f.last_name), lower(f.first_name), f.id";
    // A read: nothing of the session to flush first, and the files are not dirty-checked after.
    return bind(em.createNativeQuery(sql, CoordinationFile.class), ids, search)
        .setFlushMode(FlushModeType.COMMIT)
        .setHint("org.hibernate.readOnly", true)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long count(Collection<UUID> ids, FileSearch search) {
    if (ids.isEmpty()) {
      return 0;
    }
    var sql = "select count(*) from coordination_file f where " + where(search);
    return ((Number)
            bind(em.createNativeQuery(sql), ids, search)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult())
        .longValue();
  }

  private static String where(FileSearch s) {
    var sql = new StringBuilder("f.id = any(cast(:ids as uuid[]))");
    if (s.name() != null) {
      sql.append(
          " and (lower(f.last_name) like :name or lower(f.first_name) like :name"
              + " or lower(f.first_name || ' ' || f.last_name) like :name"
              + " or lower(f.last_name || ' ' || f.first_name) like :name)");
    }
    if (s.birthDate() != null) {
      sql.append(" and f.birth_date = :birthDate");
    }
    if (s.ins() != null) {
      sql.append(" and f.ins = :ins");
    }
    if (s.status() != null) {
      sql.append(" and f.status = :status");
    }
    if (s.caseManagerId() != null) {
      sql.append(" and f.case_manager_id = :caseManager");
    }
    if (s.catchmentArea() != null) {
      sql.append(" and lower(f.catchment_area) like :area");
    }
    return sql.toString();
  }

  private static Query bind(Query q, Collection<UUID> ids, FileSearch s) {
    q.setParameter("ids", SqlValues.uuidArray(ids));
    if (s.name() != null) {
      q.setParameter("name", like(s.name()));
    }
    if (s.birthDate() != null) {
      q.setParameter("birthDate", s.birthDate());
    }
    if (s.ins() != null) {
      q.setParameter("ins", Ins.normalize(s.ins()));
    }
    if (s.status() != null) {
      q.setParameter("status", s.status().name());
    }
    if (s.caseManagerId() != null) {
      q.setParameter("caseManager", s.caseManagerId());
    }
    if (s.catchmentArea() != null) {
      q.setParameter("area", like(s.catchmentArea()));
    }
    return q;
  }

  /**
   * Files with this INS (when given), or this last and first name (any case) and birth date (when
   * given); at most 20, oldest first.
   */
  List<CoordinationFile> sameIdentity(
      String ins, String lastName, String firstName, LocalDate birthDate) {
    var byIdentity = lastName != null && firstName != null && birthDate != null;
    var where = new java.util.ArrayList<String>();
    if (ins != null) {
      where.add("f.ins = :ins");
    }
    if (byIdentity) {
      where.add(
          "(lower(f.lastName) = :last and lower(f.firstName) = :first and f.birthDate = :birth)");
    }
    if (where.isEmpty()) {
      return List.of();
    }
    var q =
        em.createQuery(
            "select f from CoordinationFile f where "
                + String.join(" or ", where)
                + " order by f.openedAt",
            CoordinationFile.class);
    if (ins != null) {
      q.setParameter("ins", ins);
    }
    if (byIdentity) {
      q.setParameter("last", lastName.strip().toLowerCase(Locale.ROOT));
      q.setParameter("first", firstName.strip().toLowerCase(Locale.ROOT));
      q.setParameter("birth", birthDate);
    }
    return q.setMaxResults(20).getResultList();
  }

  /** Files of a structure for a patient named by last name (any case) and birth date. */
  List<CoordinationFile> inStructure(UUID structureId, String lastName, LocalDate birthDate) {
    return em.createQuery(
            "select f from CoordinationFile f where f.structureId = :s"
                + " and lower(f.lastName) = :name and f.birthDate = :birth",
            CoordinationFile.class)
        .setParameter("s", structureId)
        .setParameter("name", lastName.strip().toLowerCase(Locale.ROOT))
        .setParameter("birth", birthDate)
        .getResultList();
  }

  List<CaseStatusChange> history(UUID fileId) {
    return em.createQuery(
            "select c from CaseStatusChange c where c.fileId = :f order by c.recordedAt, c.id",
            CaseStatusChange.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  List<FileContact> contacts(UUID fileId) {
    return em.createQuery(
            "select c from FileContact c where c.fileId = :f order by c.addedAt, c.id",
            FileContact.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  Optional<FileContact> contact(UUID fileId, UUID contactId) {
    return Optional.ofNullable(em.find(FileContact.class, contactId))
        .filter(c -> c.fileId().equals(fileId));
  }

  void remove(FileContact contact) {
    em.remove(contact);
  }

  Optional<OrientationRequest> orientationRequest(UUID id) {
    return Optional.ofNullable(em.find(OrientationRequest.class, id));
  }

  List<OrientationRequest> orientationRequestsOf(UUID fileId) {
    return em.createQuery(
            "select r from OrientationRequest r where r.fileId = :f order by r.sentAt desc",
            OrientationRequest.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  List<OrientationRequest> orientationRequestsTo(UUID structureId, int offset, int limit) {
    return em.createQuery(
            "select r from OrientationRequest r where r.toStructureId = :s order by r.sentAt desc",
            OrientationRequest.class)
        .setParameter("s", structureId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  Optional<Signal> signal(UUID id) {
    return Optional.ofNullable(em.find(Signal.class, id));
  }

  /**
   * The signals whose {@code column} (toStructureId or sentBy, never user input) is the id, newest
   * first.
   */
  List<Signal> signals(String column, UUID id, int offset, int limit) {
    return em.createQuery(
            "select s from Signal s where s." + column + " = :id order by s.sentAt desc",
            Signal.class)
        .setParameter("id", id)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long countSignals(String column, UUID id) {
    return em.createQuery("select count(s) from Signal s where s." + column + " = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  long countOrientationRequestsTo(UUID structureId) {
    return em.createQuery(
            "select count(r) from OrientationRequest r where r.toStructureId = :s", Long.class)
        .setParameter("s", structureId)
        .getSingleResult();
  }

  void flush() {
    em.flush();
  }

  private static String like(String text) {
    var t = text.strip().toLowerCase(Locale.ROOT);
    return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

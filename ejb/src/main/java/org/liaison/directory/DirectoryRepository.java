package org.liaison.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Queries of the directory. */
@ApplicationScoped
public class DirectoryRepository {

  @PersistenceContext private EntityManager em;

  Optional<Professional> professional(UUID id) {
    return Optional.ofNullable(em.find(Professional.class, id));
  }

  Optional<Professional> professionalByUsername(String username) {
    return em
        .createQuery("select p from Professional p where p.username = :u", Professional.class)
        .setParameter("u", username)
        .setHint("org.hibernate.cacheable", true)
        // a list, not a stream: Hibernate's query cache serves lists only (a stream scrolls)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The structure's professionals whose login had one of the roles at its latest call. */
  @SuppressWarnings("unchecked")
  List<Professional> withRoleIn(UUID structureId, List<String> roles) {
    return em.createNativeQuery(
            "select p.* from professional p join professional_login l on l.professional_id = p.id"
                + " where p.structure_id = ?1 and l.roles like any (cast(?2 as text[]))"
                + " order by p.last_name, p.first_name",
            Professional.class)
        .setParameter(1, structureId)
        // a text[] literal: {"%,case_manager,%","%,structure_admin,%"}
        .setParameter(
            2,
            roles.stream()
                .map(r -> "\"%," + r + ",%\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
        .getResultList();
  }

  boolean rppsTaken(String rpps, UUID except) {
    return !em.createQuery(
            "select p.id from Professional p where p.rpps = :r and p.id <> :x", UUID.class)
        .setParameter("r", rpps)
        .setParameter("x", except == null ? new UUID(0, 0) : except)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  boolean usernameTaken(String username, UUID except) {
    return professionalByUsername(username).filter(p -> !p.id().equals(except)).isPresent();
  }

  void add(Professional professional) {
    em.persist(professional);
  }

  void add(HealthcareService service) {
    em.persist(service);
  }

  void flush() {
    em.flush();
  }

  Structure structure(UUID id) {
    return em.find(Structure.class, id);
  }

  Optional<Structure> findStructure(UUID id) {
    return Optional.ofNullable(em.find(Structure.class, id));
  }

  List<HealthcareService> services(UUID structureId) {
    return em.createQuery(
            "select s from HealthcareService s where s.structureId = :s order by s.name",
            HealthcareService.class)
        .setParameter("s", structureId)
        .getResultList();
  }

  boolean serviceExists(UUID structureId, String name) {
    return !em.createQuery(
            "select s.id from HealthcareService s where s.structureId = :s and lower(s.name) = :n",
            UUID.class)
        .setParameter("s", structureId)
        .setParameter("n", name.strip().toLowerCase(Locale.ROOT))
        .getResultList()
        .isEmpty();
  }

  List<Professional> search(ProfessionalQuery query, int offset, int limit) {
    return professionals(query, "select p", Professional.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long count(ProfessionalQuery query) {
    return professionals(query, "select count(p)", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> professionals(ProfessionalQuery query, String select, Class<T> type) {
    var jpql =
        new StringBuilder(select)
            .append(" from Professional p, Structure s where s.id = p.structureId and ")
            .append(SEARCH);
    if (query.profession() != null) {
      jpql.append(" and p.profession = :profession");
    }
    if (query.commune() != null) {
      jpql.append(" and lower(s.commune) like :commune");
    }
    if (query.structureId() != null) {
      jpql.append(" and p.structureId = :structure");
    }
    if (type == Professional.class) {
      jpql.append(" order by p.lastName, p.firstName, p.id");
    }
    var q = em.createQuery(jpql.toString(), type).setParameter("q", pattern(query.text()));
    if (query.profession() != null) {
      q.setParameter("profession", query.profession());
    }
    if (query.commune() != null) {
      q.setParameter("commune", pattern(query.commune()));
    }
    if (query.structureId() != null) {
      q.setParameter("structure", query.structureId());
    }
    return q;
  }

  List<Structure> searchStructures(String text, StructureType type, int offset, int limit) {
    return structures(text, type, "select s", Structure.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long countStructures(String text, StructureType type) {
    return structures(text, type, "select count(s)", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> structures(
      String text, StructureType structureType, String select, Class<T> type) {
    var jpql =
        new StringBuilder(select)
            .append(" from Structure s where (lower(s.name) like :q or lower(s.commune) like :q)");
    if (structureType != null) {
      jpql.append(" and s.type = :type");
    }
    if (type == Structure.class) {
      jpql.append(" order by s.name, s.id");
    }
    var q = em.createQuery(jpql.toString(), type).setParameter("q", pattern(text));
    if (structureType != null) {
      q.setParameter("type", structureType);
    }
    return q;
  }

  private static final String SEARCH =
      "(lower(p.lastName) like :q or lower(p.firstName) like :q"
          + " or lower(concat(p.firstName, ' ', p.lastName)) like :q"
          + " or lower(concat(p.lastName, ' ', p.firstName)) like :q"
          + " or lower(cast(p.profession as string)) like :q)";

  private static String pattern(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

package org.liaison.coordinationfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of coordination files. */
@ApplicationScoped
public class CoordinationFileRepository {

  @PersistenceContext private EntityManager em;

  void add(CoordinationFile file) {
    em.persist(file);
  }

  Optional<CoordinationFile> find(UUID id) {
    return Optional.ofNullable(em.find(CoordinationFile.class, id));
  }

  boolean insTakenByAnother(CoordinationFile file) {
    return !em.createQuery(
            "select f.id from CoordinationFile f"
                + " where f.structureId = :s and f.ins = :ins and f.id <> :self",
            UUID.class)
        .setParameter("s", file.structureId())
        .setParameter("ins", file.ins())
        .setParameter("self", file.id())
        .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  List<CoordinationFile> page(Collection<UUID> ids, int offset, int limit) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from CoordinationFile f where f.id in :ids"
                + " order by lower(f.lastName), lower(f.firstName), f.id",
            CoordinationFile.class)
        .setParameter("ids", ids)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  void flush() {
    em.flush();
  }
}

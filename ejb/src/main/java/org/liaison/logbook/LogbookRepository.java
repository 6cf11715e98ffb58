package org.liaison.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Queries of logbook entries. */
@ApplicationScoped
public class LogbookRepository {

  @PersistenceContext private EntityManager em;

  void add(LogbookEntry entry) {
    em.persist(entry);
  }

  /** Newest first. */
  List<LogbookEntry> page(UUID fileId, int offset, int limit) {
    return em.createQuery(
            "select e from LogbookEntry e where e.fileId = :f order by e.writtenAt desc, e.id desc",
            LogbookEntry.class)
        .setParameter("f", fileId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long count(UUID fileId) {
    return em.createQuery("select count(e) from LogbookEntry e where e.fileId = :f", Long.class)
        .setParameter("f", fileId)
        .getSingleResult();
  }
}

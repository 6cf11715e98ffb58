package org.liaison.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    return em.createQuery("select p from Professional p where p.username = :u", Professional.class)
        .setParameter("u", username)
        .setHint("org.hibernate.cacheable", true)
        .getResultStream()
        .findFirst();
  }

  Structure structure(UUID id) {
    return em.find(Structure.class, id);
  }

  List<Professional> search(String text, int offset, int limit) {
    return em.createQuery(
            "select p from Professional p where "
                + SEARCH
                + " order by p.lastName, p.firstName, p.id",
            Professional.class)
        .setParameter("q", pattern(text))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long count(String text) {
    return em.createQuery("select count(p) from Professional p where " + SEARCH, Long.class)
        .setParameter("q", pattern(text))
        .getSingleResult();
  }

  private static final String SEARCH =
      "(lower(p.lastName) like :q or lower(p.firstName) like :q"
          + " or lower(concat(p.firstName, ' ', p.lastName)) like :q"
          + " or lower(cast(p.profession as string)) like :q)";

  private static String pattern(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

package org.liaison.careteam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of care-team memberships. */
@ApplicationScoped
public class CareTeamRepository {

  private static final String ACTIVE = "m.since <= :day and (m.until is null or m.until >= :day)";

  @PersistenceContext private EntityManager em;

  void add(CareTeamMember member) {
    em.persist(member);
  }

  Optional<CareTeamMember> membership(UUID fileId, UUID professionalId) {
    return em.createQuery(
            "select m from CareTeamMember m where m.fileId = :f and m.professionalId = :p",
            CareTeamMember.class)
        .setParameter("f", fileId)
        .setParameter("p", professionalId)
        .getResultStream()
        .findFirst();
  }

  List<CareTeamMember> members(UUID fileId) {
    return em.createQuery(
            "select m from CareTeamMember m where m.fileId = :f order by m.addedAt, m.id",
            CareTeamMember.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  List<UUID> activeFileIds(UUID professionalId, LocalDate day) {
    return em.createQuery(
            "select m.fileId from CareTeamMember m where m.professionalId = :p and " + ACTIVE,
            UUID.class)
        .setParameter("p", professionalId)
        .setParameter("day", day)
        .getResultList();
  }
}

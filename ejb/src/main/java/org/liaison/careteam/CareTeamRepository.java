package org.liaison.careteam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of care-team memberships, invitations, delegations and emergency accesses. */
@ApplicationScoped
public class CareTeamRepository {

  private static final String ACTIVE =
      "m.endedAt is null and m.since <= :day and (m.until is null or m.until >= :day)";

  @PersistenceContext private EntityManager em;

  void add(Object teamRecord) {
    em.persist(teamRecord);
  }

  void flush() {
    em.flush();
  }

  /** The membership that is not ended (there is at most one per file and professional). */
  Optional<CareTeamMember> openMembership(UUID fileId, UUID professionalId) {
    return em.createQuery(
            "select m from CareTeamMember m where m.fileId = :f and m.professionalId = :p"
                + " and m.endedAt is null",
            CareTeamMember.class)
        .setParameter("f", fileId)
        .setParameter("p", professionalId)
        .getResultStream()
        .findFirst();
  }

  Optional<CareTeamMember> member(UUID fileId, UUID memberId) {
    return Optional.ofNullable(em.find(CareTeamMember.class, memberId))
        .filter(m -> m.fileId().equals(fileId));
  }

  List<CareTeamMember> members(UUID fileId) {
    return em.createQuery(
            "select m from CareTeamMember m where m.fileId = :f order by m.addedAt, m.id",
            CareTeamMember.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  List<CareTeamMember> activeMembers(UUID fileId, LocalDate day) {
    return em.createQuery(
            "select m from CareTeamMember m where m.fileId = :f and " + ACTIVE,
            CareTeamMember.class)
        .setParameter("f", fileId)
        .setParameter("day", day)
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

  List<UUID> activeFileIds(UUID professionalId, LocalDate day, CareTeamRole role) {
    return em.createQuery(
            "select m.fileId from CareTeamMember m where m.professionalId = :p and m.role = :role"
                + " and "
                + ACTIVE,
            UUID.class)
        .setParameter("p", professionalId)
        .setParameter("role", role)
        .setParameter("day", day)
        .getResultList();
  }

  Optional<EmergencyAccess> openEmergencyAccess(UUID fileId, UUID professionalId, Instant now) {
    return em.createQuery(
            "select e from EmergencyAccess e where e.fileId = :f and e.professionalId = :p"
                + " and e.expiresAt > :now order by e.expiresAt desc",
            EmergencyAccess.class)
        .setParameter("f", fileId)
        .setParameter("p", professionalId)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  List<UUID> emergencyFileIds(UUID professionalId, Instant now) {
    return em.createQuery(
            "select e.fileId from EmergencyAccess e where e.professionalId = :p"
                + " and e.expiresAt > :now",
            UUID.class)
        .setParameter("p", professionalId)
        .setParameter("now", now)
        .getResultList();
  }

  List<EmergencyAccess> emergencyAccesses(UUID fileId) {
    return em.createQuery(
            "select e from EmergencyAccess e where e.fileId = :f order by e.grantedAt desc",
            EmergencyAccess.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  Optional<CarePlanDelegation> openDelegation(UUID fileId) {
    return em.createQuery(
            "select d from CarePlanDelegation d where d.fileId = :f and d.revokedAt is null",
            CarePlanDelegation.class)
        .setParameter("f", fileId)
        .getResultStream()
        .findFirst();
  }

  List<CareTeamInvitation> invitations(UUID fileId) {
    return em.createQuery(
            "select i from CareTeamInvitation i where i.fileId = :f order by i.invitedAt desc",
            CareTeamInvitation.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  Optional<CareTeamInvitation> invitationByTokenHash(String tokenHash) {
    return em.createQuery(
            "select i from CareTeamInvitation i where i.tokenHash = :h", CareTeamInvitation.class)
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }

  Optional<CareTeamInvitation> invitation(UUID fileId, UUID id) {
    return Optional.ofNullable(em.find(CareTeamInvitation.class, id))
        .filter(i -> i.fileId().equals(fileId));
  }
}

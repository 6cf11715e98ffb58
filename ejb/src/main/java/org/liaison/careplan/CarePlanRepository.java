package org.liaison.careplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.kernel.NativeUpdates;

/** Queries of care plans. */
@ApplicationScoped
public class CarePlanRepository {

  @PersistenceContext private EntityManager em;

  void add(CarePlan plan) {
    em.persist(plan);
  }

  void flush() {
    em.flush();
  }

  Optional<CarePlan> ofFile(UUID fileId) {
    return em.createQuery("select p from CarePlan p where p.fileId = :f", CarePlan.class)
        .setParameter("f", fileId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The plan, locked until the end of the transaction: concurrent changes of one plan run one after
   * the other, each checking the revision it was made from.
   */
  Optional<CarePlan> ofFileForUpdate(UUID fileId) {
    return em.createQuery("select p from CarePlan p where p.fileId = :f", CarePlan.class)
        .setParameter("f", fileId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  List<CarePlan> ofFiles(List<UUID> fileIds) {
    if (fileIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from CarePlan p where p.fileId in :f", CarePlan.class)
        .setParameter("f", fileIds)
        .getResultList();
  }

  /** Plans with something that may fall due: all started plans (small enough to scan daily). */
  List<CarePlan> all() {
    return em.createQuery("select p from CarePlan p", CarePlan.class).getResultList();
  }

  /**
   * Claims a reminder: true for the one caller (on any node) that inserts it first, false when it
   * was already sent.
   */
  boolean claimReminder(java.util.UUID itemId, String kind, java.time.LocalDate dueOn) {
    return NativeUpdates.execute(
            em.createNativeQuery(
                    "insert into care_plan_reminder (item_id, kind, due_on, sent_at)"
                        + " values (:i, :k, :d, now()) on conflict do nothing")
                .setParameter("i", itemId)
                .setParameter("k", kind)
                .setParameter("d", dueOn),
            "care_plan_reminder")
        == 1;
  }
}

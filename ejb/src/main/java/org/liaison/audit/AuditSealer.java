package org.liaison.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the audit records appended since the last pass into their file's hash chain, in the
 * database ({@code audit_seal}, V12 migration): every second on each node, and before a
 * verification. One sealer works at a time in the whole cluster; the others find the lock taken and
 * leave the work to it (docs/adr/0012).
 */
@Stateless
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
  static final int BATCH = 5_000;

  @Inject private AuditSealer self;

  @PersistenceContext private EntityManager em;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sealRegularly() {
    try {
      sealPending();
    } catch (RuntimeException e) {
      // The next pass takes the same records again: nothing is lost by waiting a second.
      LOG.log(Level.WARNING, "Audit sealing failed, will retry: " + e);
    }
  }

  /** Seals what is pending now, unless another sealer is at work (it will). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sealPending() {
    while (self.sealBatch(false) == BATCH) {
      // a full batch: there may be more
    }
  }

  /**
   * Seals every record appended before this call, waiting for another sealer to finish first: a
   * verification then sees every record of the chains it checks.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sealAll() {
    while (self.sealBatch(true) == BATCH) {
      // a full batch: there may be more
    }
  }

  /** One transaction: at most {@link #BATCH} records, or -1 if another sealer is at work. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch(boolean wait) {
    return ((Number)
            em.createNativeQuery("select audit_seal(:n, :wait)")
                .setParameter("n", BATCH)
                .setParameter("wait", wait)
                .getSingleResult())
        .intValue();
  }

  /** Records appended but not sealed yet. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long unsealed() {
    return ((Number)
            em.createNativeQuery("select count(*) from audit_record where hash is null")
                .getSingleResult())
        .longValue();
  }
}

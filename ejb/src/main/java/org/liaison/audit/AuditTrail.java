package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.liaison.kernel.NativeUpdates;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;

/** Writes audit records, always inside the transaction of the use case being audited. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  /** An export stops there: a larger one is filtered by period first. */
  public static final int MAX_EXPORT = 50_000;

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public void record(
      AuditedActor actor, UUID fileId, AuditAction action, String resource, String detail) {
    em.persist(new AuditRecord(clock.instant(), actor, fileId, action, resource, detail));
  }

  /**
   * The same action on several files (a list page naming them): one record per file, written in one
   * statement. Nothing is locked: the records are sealed into their chains after commit.
   */
  public void recordEach(
      List<FileAccess> accesses, AuditAction action, String resource, String detail) {
    if (accesses.isEmpty()) {
      return;
    }
    var now = clock.instant();
    var sql =
        new StringBuilder(
            "insert into audit_record (occurred_at, actor_id, actor_username, file_id, action,"
                + " resource, detail, emergency) values ");
    for (int i = 0; i < accesses.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
    }
    var insert = em.createNativeQuery(sql.toString());
    int p = 1;
    for (var access : accesses) {
      var r = new AuditRecord(now, access.actor(), access.fileId(), action, resource, detail);
      insert
          .setParameter(p++, r.occurredAt())
          .setParameter(p++, access.actor().id())
          .setParameter(p++, access.actor().username())
          .setParameter(p++, access.fileId())
          .setParameter(p++, action.name())
          .setParameter(p++, resource)
          .setParameter(p++, r.detail())
          .setParameter(p++, access.actor().emergency());
    }
    NativeUpdates.execute(insert, "audit_record");
  }

  /** A file's access log, newest first. */
  public Page<AuditRecordView> page(UUID fileId, AuditFilter filter, PageRequest page) {
    var items =
        query(fileId, filter, "select r", AuditRecord.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(AuditRecord::view)
            .toList();
    long total = query(fileId, filter, "select count(r)", Long.class).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** A file's access log, oldest first, for an export (at most {@link #MAX_EXPORT} records). */
  public List<AuditRecordView> export(UUID fileId, AuditFilter filter) {
    return query(fileId, filter, "select r", AuditRecord.class)
        .setMaxResults(MAX_EXPORT)
        .getResultStream()
        .map(AuditRecord::view)
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }

  private <T> TypedQuery<T> query(UUID fileId, AuditFilter f, String select, Class<T> type) {
    var jpql = new StringBuilder(select).append(" from AuditRecord r where r.fileId = :file");
    if (f.actorUsername() != null) {
      jpql.append(" and r.actorUsername = :actor");
    }
    if (f.action() != null) {
      jpql.append(" and r.action = :action");
    }
    if (f.from() != null) {
      jpql.append(" and r.occurredAt >= :from");
    }
    if (f.to() != null) {
      jpql.append(" and r.occurredAt < :to");
    }
    if (type == AuditRecord.class) {
      jpql.append(" order by r.id desc");
    }
    var q = em.createQuery(jpql.toString(), type).setParameter("file", fileId);
    if (f.actorUsername() != null) {
      q.setParameter("actor", f.actorUsername());
    }
    if (f.action() != null) {
      q.setParameter("action", f.action());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    return q;
  }
}

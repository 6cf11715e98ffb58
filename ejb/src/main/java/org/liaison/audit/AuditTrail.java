package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.kernel.NativeUpdates;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.SqlValues;

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
    // One statement whatever the number of files: the same SQL at each call (prepared once), the
    // per-file values as arrays, inserted in the order given.
    var insert =
        em.createNativeQuery(
                "insert into audit_record (occurred_at, actor_id, actor_username, file_id, action,"
                    + " resource, detail, emergency)"
                    + " select ?1, u.actor_id, u.actor_username, u.file_id, ?2, ?3, ?4, u.emergency"
                    + " from unnest(cast(?5 as uuid[]), cast(?6 as uuid[]), cast(?7 as text[]),"
                    + " cast(?8 as boolean[])) with ordinality"
                    + " as u(file_id, actor_id, actor_username, emergency, n) order by u.n")
            .setParameter(1, AuditRecord.stored(clock.instant()))
            .setParameter(2, action.name())
            .setParameter(3, resource)
            .setParameter(4, AuditRecord.stored(detail))
            .setParameter(
                5, SqlValues.uuidArray(accesses.stream().map(FileAccess::fileId).toList()))
            .setParameter(
                6, SqlValues.uuidArray(accesses.stream().map(a -> a.actor().id()).toList()))
            .setParameter(
                7, SqlValues.textArray(accesses.stream().map(a -> a.actor().username()).toList()))
            .setParameter(
                8,
                accesses.stream()
                    .map(a -> String.valueOf(a.actor().emergency()))
                    .collect(Collectors.joining(",", "{", "}")));
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

  /**
   * A file's access log told by person, action and part of the file per hour (Paris time), the
   * latest first: what a reader takes in, where the raw log has one line per request.
   */
  public Page<AuditGroupView> groups(UUID fileId, AuditFilter filter, PageRequest page) {
    var conditions = Condition.of(filter);
    var where = new StringBuilder("where file_id = :file");
    conditions.forEach(c -> where.append(" and ").append(c.column()).append(" ").append(c.test()));
    var grouped =
        "select date_trunc('hour', occurred_at, 'Europe/Paris') as hour, actor_id, action, resource,"
            + " count(*) as n, min(occurred_at) as first, max(occurred_at) as last,"
            + " bool_or(emergency) as emergency from audit_record "
            + where
            + " group by 1, 2, 3, 4";
    var items = em.createNativeQuery(grouped + " order by last desc, actor_id, action, resource");
    var total = em.createNativeQuery("select count(*) from (" + grouped + ") g");
    for (var query : List.of(items, total)) {
      query.setParameter("file", fileId);
      conditions.forEach(c -> query.setParameter(c.param(), c.columnValue()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    var views =
        rows.stream()
            .map(
                r ->
                    new AuditGroupView(
                        instant(r[0]),
                        (UUID) r[1],
                        AuditAction.valueOf((String) r[2]),
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        instant(r[5]),
                        instant(r[6]),
                        (Boolean) r[7]))
            .toList();
    return new Page<>(
        views, page.page(), page.size(), ((Number) total.getSingleResult()).longValue());
  }

  /** Who appears in a file's access log, and on which parts of the file: the filters' choices. */
  public AuditFacets facets(UUID fileId) {
    var actors =
        em.createQuery(
                "select r.actorId, max(r.actorUsername) from AuditRecord r where r.fileId = :file"
                    + " group by r.actorId",
                Object[].class)
            .setParameter("file", fileId)
            .getResultStream()
            .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    var resources =
        em.createQuery(
                "select distinct r.resource from AuditRecord r where r.fileId = :file"
                    + " order by r.resource",
                String.class)
            .setParameter("file", fileId)
            .getResultList();
    return new AuditFacets(actors, resources);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return (Instant) value;
  }

  private <T> TypedQuery<T> query(UUID fileId, AuditFilter f, String select, Class<T> type) {
    var conditions = Condition.of(f);
    var jpql = new StringBuilder(select).append(" from AuditRecord r where r.fileId = :file");
    conditions.forEach(c -> jpql.append(" and r.").append(c.field()).append(" ").append(c.test()));
    if (type == AuditRecord.class) {
      jpql.append(" order by r.id desc");
    }
    var q = em.createQuery(jpql.toString(), type).setParameter("file", fileId);
    conditions.forEach(c -> q.setParameter(c.param(), c.value()));
    return q;
  }

  /**
   * One filter of the log, as the JPQL field and the SQL column it tests; {@code columnValue} is
   * what the native statement binds (an action's name).
   */
  private record Condition(String field, String column, String test, String param, Object value) {

    Object columnValue() {
      return value instanceof AuditAction a ? a.name() : value;
    }

    static List<Condition> of(AuditFilter f) {
      var all = new ArrayList<Condition>();
      add(all, "actorUsername", "actor_username", "= :actor", "actor", f.actorUsername());
      add(all, "actorId", "actor_id", "= :actorId", "actorId", f.actorId());
      add(all, "action", "action", "= :action", "action", f.action());
      add(all, "resource", "resource", "= :resource", "resource", f.resource());
      add(all, "occurredAt", "occurred_at", ">= :from", "from", f.from());
      add(all, "occurredAt", "occurred_at", "< :to", "to", f.to());
      return all;
    }

    private static void add(
        List<Condition> all, String field, String column, String test, String param, Object value) {
      if (value != null) {
        all.add(new Condition(field, column, test, param, value));
      }
    }
  }
}

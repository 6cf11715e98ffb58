package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;

/**
 * Verifies the hash chains of the audit log, independently of the database trigger that builds
 * them: every record's hash is recomputed from its content and the previous record's hash, and the
 * end of each chain is compared with the head kept apart (so a cut-off end is seen too).
 */
@Stateless
public class AuditChain {

  static final int MAX_BREAKS = 20;
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;

  /** For a structure's data officer or an operator: reads every record, changes nothing. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditChainReport verify(Caller caller) {
    if (!caller.hasRole(Caller.DATA_OFFICER)) {
      throw new ForbiddenException(
          "not-a-data-officer", "Only a data officer verifies the audit log.");
    }
    var breaks = new ArrayList<AuditChainReport.Break>();
    var lastOfFile = new HashMap<UUID, AuditRecord>();
    long records = 0;
    UUID file = null;
    long afterId = 0;
    String previous = "";
    while (true) {
      var batch = nextBatch(file, afterId);
      if (batch.isEmpty()) {
        break;
      }
      for (var r : batch) {
        if (!r.fileId().equals(file)) {
          file = r.fileId();
          previous = "";
        }
        records++;
        check(r, previous, breaks);
        previous = r.hash();
        afterId = r.id();
        lastOfFile.put(file, r);
      }
      em.clear();
    }
    checkHeads(lastOfFile, breaks);
    return new AuditChainReport(
        records,
        lastOfFile.size(),
        breaks.isEmpty(),
        breaks.subList(0, Math.min(breaks.size(), MAX_BREAKS)));
  }

  private List<AuditRecord> nextBatch(UUID file, long afterId) {
    var q =
        file == null
            ? em.createQuery(
                "select r from AuditRecord r order by r.fileId, r.id", AuditRecord.class)
            : em.createQuery(
                    "select r from AuditRecord r where r.fileId > :f or (r.fileId = :f and r.id > :id)"
                        + " order by r.fileId, r.id",
                    AuditRecord.class)
                .setParameter("f", file)
                .setParameter("id", afterId);
    return q.setMaxResults(BATCH).getResultList();
  }

  private static void check(AuditRecord r, String previous, List<AuditChainReport.Break> breaks) {
    if (!previous.equals(r.prevHash())) {
      breaks.add(
          new AuditChainReport.Break(
              r.id(), r.fileId(), "does not follow the previous record (one was removed)"));
    } else if (!sha256(r.canonical(previous)).equals(r.hash())) {
      breaks.add(
          new AuditChainReport.Break(
              r.id(), r.fileId(), "content does not match its hash (the record was altered)"));
    }
  }

  private void checkHeads(
      java.util.Map<UUID, AuditRecord> lastOfFile, List<AuditChainReport.Break> breaks) {
    @SuppressWarnings("unchecked")
    List<Object[]> heads =
        em.createNativeQuery("select file_id, last_id, last_hash from audit_chain_head")
            .getResultList();
    for (var head : heads) {
      var file = (UUID) head[0];
      var lastId = ((Number) head[1]).longValue();
      var last = lastOfFile.get(file);
      if (last == null || last.id() != lastId || !last.hash().equals(head[2])) {
        breaks.add(
            new AuditChainReport.Break(
                lastId, file, "the chain ends before its last record (records were removed)"));
      }
    }
  }

  static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

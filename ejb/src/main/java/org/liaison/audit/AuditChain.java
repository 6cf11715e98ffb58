package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.UUID;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ForbiddenException;

/**
 * Verifies the hash chains of the audit log, independently of the database function that builds
 * them ({@link AuditSealer}): every record's hash is recomputed from its content and the previous
 * record's hash, the records of a file must follow each other (chain_seq 1, 2, 3…), and the end of
 * each chain is compared with the head kept apart (so a cut-off end is seen too).
 */
@Stateless
public class AuditChain {

  static final int MAX_BREAKS = 20;
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private AuditSealer sealer;

  /** A chain's end as the head table knew it when the check began. */
  private record Head(long lastSeq, String lastHash) {}

  /** For a data officer or an operator: reads every record, changes nothing. */
  public AuditChainReport verify(Caller caller) {
    if (!caller.hasRole(Caller.DATA_OFFICER)) {
      throw new ForbiddenException(
          "not-a-data-officer", "Only a data officer verifies the audit log.");
    }
    // Everything appended so far is sealed first; then the heads: records sealed while the check
    // runs come after them and are not "cut off".
    sealer.sealAll();
    var heads = heads();
    var breaks = new ArrayList<AuditChainReport.Break>();
    var lastSeen = new HashMap<UUID, Long>();
    long records = 0;
    UUID file = null;
    long seq = 0;
    String previous = "";
    while (true) {
      var batch = nextBatch(file, seq);
      if (batch.isEmpty()) {
        break;
      }
      for (var r : batch) {
        if (!r.fileId().equals(file)) {
          file = r.fileId();
          previous = "";
          if (r.chainSeq() != 1) {
            breaks.add(
                brk(r, "the chain does not start at its first record (records were removed)"));
          }
        } else if (r.chainSeq() != seq + 1) {
          breaks.add(brk(r, "does not follow the previous record (records were removed)"));
        }
        records++;
        check(r, previous, breaks);
        previous = r.hash();
        seq = r.chainSeq();
        lastSeen.put(file, seq);
        var head = heads.get(file);
        if (head != null && head.lastSeq() == seq && !head.lastHash().equals(r.hash())) {
          breaks.add(brk(r, "differs from the end of the chain recorded apart (altered)"));
        }
      }
      em.clear();
    }
    checkEnds(heads, lastSeen, breaks);
    return new AuditChainReport(
        records,
        lastSeen.size(),
        breaks.isEmpty(),
        breaks.subList(0, Math.min(breaks.size(), MAX_BREAKS)),
        sealer.unsealed());
  }

  private Map<UUID, Head> heads() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select file_id, last_seq, last_hash from audit_chain_head")
            .getResultList();
    var heads = new HashMap<UUID, Head>();
    for (var row : rows) {
      heads.put((UUID) row[0], new Head(((Number) row[1]).longValue(), (String) row[2]));
    }
    return heads;
  }

  private List<AuditRecord> nextBatch(UUID file, long afterSeq) {
    var q =
        file == null
            ? em.createQuery(
                "select r from AuditRecord r where r.hash is not null order by r.fileId, r.chainSeq",
                AuditRecord.class)
            : em.createQuery(
                    "select r from AuditRecord r where r.hash is not null and (r.fileId > :f"
                        + " or (r.fileId = :f and r.chainSeq > :seq)) order by r.fileId, r.chainSeq",
                    AuditRecord.class)
                .setParameter("f", file)
                .setParameter("seq", afterSeq);
    return q.setMaxResults(BATCH).getResultList();
  }

  private static void check(AuditRecord r, String previous, List<AuditChainReport.Break> breaks) {
    if (!previous.equals(r.prevHash())) {
      breaks.add(brk(r, "does not carry the hash of the previous record (altered or removed)"));
    } else if (!sha256(r.canonical(previous)).equals(r.hash())) {
      breaks.add(brk(r, "content does not match its hash (the record was altered)"));
    }
  }

  /** A chain whose last record (as the head knew it) is missing was cut off. */
  private static void checkEnds(
      Map<UUID, Head> heads, Map<UUID, Long> lastSeen, List<AuditChainReport.Break> breaks) {
    for (var entry : heads.entrySet()) {
      if (lastSeen.getOrDefault(entry.getKey(), 0L) < entry.getValue().lastSeq()) {
        breaks.add(
            new AuditChainReport.Break(
                null,
                entry.getKey(),
                "the chain ends before its last record (records were removed)"));
      }
    }
  }

  private static AuditChainReport.Break brk(AuditRecord r, String problem) {
    return new AuditChainReport.Break(r.id(), r.fileId(), problem);
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

package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
import org.liaison.kernel.SqlValues;

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
  private static final int BATCH = 5_000;
  // The smallest uuid as PostgreSQL orders them (bytes, unsigned), where the chain index starts.
  private static final UUID BEFORE_ALL = new UUID(0, 0);

  @PersistenceContext private EntityManager em;
  @Inject private AuditSealer sealer;

  /** A chain's end as the head table knew it when the check began. */
  private record Head(long lastSeq, String lastHash) {}

  /** A sealed record as stored, read without the entity. */
  private record Sealed(
      long id,
      UUID fileId,
      long chainSeq,
      String prevHash,
      String hash,
      Instant occurredAt,
      UUID actorId,
      String actorUsername,
      String action,
      String resource,
      String detail,
      boolean emergency) {

    String canonical(String previous) {
      return AuditRecord.canonical(
          previous,
          id,
          chainSeq,
          occurredAt,
          actorId,
          actorUsername,
          fileId,
          action,
          resource,
          detail,
          emergency);
    }
  }

  /**
   * For a data officer or an operator: reads every record, changes nothing. Outside any
   * transaction: a regional platform's log holds millions of records, read in batches along the
   * chain index, and no transaction timeout cuts the check short.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
    UUID file = BEFORE_ALL;
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

  /** The next sealed records in chain order, after (file, seq): a range of the chain index. */
  private List<Sealed> nextBatch(UUID file, long afterSeq) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, file_id, chain_seq, prev_hash, hash, occurred_at, actor_id,"
                    + " actor_username, action, resource, detail, emergency from audit_record"
                    + " where (file_id, chain_seq) > (:f, :seq) and hash is not null"
                    + " order by file_id, chain_seq limit :n")
            .setParameter("f", file)
            .setParameter("seq", afterSeq)
            .setParameter("n", BATCH)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Sealed(
                    ((Number) r[0]).longValue(),
                    (UUID) r[1],
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    (String) r[4],
                    SqlValues.instant(r[5]),
                    (UUID) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (Boolean) r[11]))
        .toList();
  }

  private static void check(Sealed r, String previous, List<AuditChainReport.Break> breaks) {
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

  private static AuditChainReport.Break brk(Sealed r, String problem) {
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

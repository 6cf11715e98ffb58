package org.liaison.audit;

import java.util.List;
import java.util.UUID;

/**
 * The result of checking the audit chains: how many records and files were checked and, if some
 * were altered, which (at most the first {@link AuditChain#MAX_BREAKS}); {@code unsealed} counts
 * the records appended while the check ran, which the next check covers.
 */
public record AuditChainReport(
    long records, long files, boolean intact, List<Break> breaks, long unsealed) {

  /** A record whose hash does not match what it says, or a chain whose end was cut. */
  public record Break(Long recordId, UUID fileId, String problem) {}
}

package org.liaison.web.coordinationfile;

import jakarta.ws.rs.core.EntityTag;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.ProblemKind;

/** The optimistic-locking version of what people edit, as an ETag and from If-Match. */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** A missing If-Match is 428 (an edit must say which version it started from). */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new BusinessException(
          ProblemKind.PRECONDITION_REQUIRED,
          "Send the ETag you read in If-Match, so that nobody's changes are overwritten.");
    }
    var value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BusinessException(
          ProblemKind.STALE_VERSION,
          "If-Match "
              + ifMatch
              + " is not a version of this resource: reload, then redo your change.");
    }
  }
}

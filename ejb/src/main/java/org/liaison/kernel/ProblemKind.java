package org.liaison.kernel;

/** Stable kinds of business problems; the API turns each into an RFC 9457 problem type. */
public enum ProblemKind {
  INVALID_INPUT("invalid-input", "Invalid input"),
  FORBIDDEN("forbidden", "Not allowed"),
  NOT_FOUND("not-found", "Not found"),
  CONFLICT("conflict", "Conflict"),
  STALE_VERSION("stale-version", "Changed by someone else"),
  PRECONDITION_REQUIRED("precondition-required", "If-Match required"),
  TOO_LARGE("too-large", "Too large"),
  UNSUPPORTED_TYPE("unsupported-type", "Unsupported type");

  private final String slug;
  private final String title;

  ProblemKind(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }
}

package org.liaison.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of the domain refused the request. Rolls the transaction back, so nothing is half-written;
 * the API maps it once to problem JSON.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

  private final ProblemKind kind;
  private final String code;
  private final transient List<FieldError> errors;
  private final transient Map<String, Object> properties = new LinkedHashMap<>();

  public BusinessException(ProblemKind kind, String detail) {
    this(kind, detail, List.of());
  }

  public BusinessException(ProblemKind kind, String detail, List<FieldError> errors) {
    this(kind, null, detail, errors);
  }

  /**
   * {@code code} names this particular refusal (e.g. "already-in-team") so that a client can
   * explain it in the user's language; {@code detail} explains it in English.
   */
  public BusinessException(ProblemKind kind, String code, String detail, List<FieldError> errors) {
    super(detail);
    this.kind = kind;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public ProblemKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Extra members of the problem JSON (e.g. the transitions that are allowed instead). */
  public Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }

  protected BusinessException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** One wrong field of a request: its JSON name (or query parameter) and what is wrong. */
  public record FieldError(String field, String message) {}
}

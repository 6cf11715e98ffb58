package org.liaison.web.problem;

import java.util.List;
import org.liaison.kernel.BusinessException.FieldError;

/**
 * RFC 9457 problem details, with the wrong fields of a request in {@code errors} and, for a
 * business refusal, a {@code code} that clients translate into the user's language.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:liaison:problem:";

  public static Problem of(
      String slug, String title, int status, String detail, List<FieldError> errors) {
    return new Problem(
        TYPE_PREFIX + slug,
        title,
        status,
        detail,
        null,
        null,
        errors.isEmpty() ? null : List.copyOf(errors));
  }

  public Problem withCode(String code) {
    return new Problem(type, title, status, detail, instance, code, errors);
  }

  public Problem at(String instance) {
    return new Problem(type, title, status, detail, instance, code, errors);
  }
}

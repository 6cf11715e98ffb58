package org.liaison.web.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import org.liaison.kernel.BusinessException.FieldError;

/**
 * RFC 9457 problem details, with the wrong fields of a request in {@code errors}, for a business
 * refusal a {@code code} that clients translate into the user's language, and extension members
 * (e.g. the {@code allowed} transitions of a refused one).
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors,
    @JsonIgnore Map<String, Object> extensions) {

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
        errors.isEmpty() ? null : List.copyOf(errors),
        Map.of());
  }

  /** Extension members, written at the top level of the problem object. */
  @JsonAnyGetter
  public Map<String, Object> members() {
    return extensions;
  }

  public Problem withCode(String code) {
    return new Problem(type, title, status, detail, instance, code, errors, extensions);
  }

  public Problem withExtensions(Map<String, Object> members) {
    return new Problem(type, title, status, detail, instance, code, errors, Map.copyOf(members));
  }

  public Problem at(String instance) {
    return new Problem(type, title, status, detail, instance, code, errors, extensions);
  }
}

package org.liaison.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.ProblemKind;

/** Builds problem responses; the one place where a problem kind gets its HTTP status. */
public final class ProblemResponses {

  private static final Map<ProblemKind, Integer> STATUS =
      Map.of(
          ProblemKind.INVALID_INPUT, 400,
          ProblemKind.FORBIDDEN, 403,
          ProblemKind.NOT_FOUND, 404,
          ProblemKind.CONFLICT, 409,
          ProblemKind.STALE_VERSION, 412,
          ProblemKind.PRECONDITION_REQUIRED, 428,
          ProblemKind.TOO_LARGE, 413,
          ProblemKind.UNSUPPORTED_TYPE, 415);

  private ProblemResponses() {}

  public static Response of(BusinessException e) {
    var kind = e.kind();
    return of(
        Problem.of(kind.slug(), kind.title(), STATUS.get(kind), e.getMessage(), e.errors())
            .withCode(e.code())
            .withExtensions(e.properties()));
  }

  public static Response invalidInput(String detail, List<FieldError> errors) {
    return of(
        Problem.of(
            ProblemKind.INVALID_INPUT.slug(),
            ProblemKind.INVALID_INPUT.title(),
            400,
            detail,
            errors));
  }

  public static Response of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** Generic problem for an HTTP status the container or JAX-RS decided on. */
  public static Problem forStatus(int status, String detail) {
    var reason = Response.Status.fromStatusCode(status);
    var title = reason == null ? "Error" : reason.getReasonPhrase();
    var slug =
        switch (status) {
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          default -> status >= 500 ? "server-error" : "http-" + status;
        };
    return Problem.of(slug, title, status, detail, List.of());
  }
}

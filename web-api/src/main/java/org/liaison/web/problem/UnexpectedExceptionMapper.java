package org.liaison.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.ProblemKind;

/**
 * Everything else: unreadable JSON (400 naming the field), errors JAX-RS decided on (404 unknown
 * path, 405, 415…), business errors wrapped by the container, and real failures (500 with an
 * incident number to quote, logged; never a stack trace in the response).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return JsonExceptionMapper.unreadable(json);
      }
      if (cause instanceof BusinessException business) {
        return ProblemResponses.of(business);
      }
      if (cause instanceof ConstraintViolationException violations) {
        return new ConstraintViolationMapper().toResponse(violations);
      }
      if (cause instanceof OptimisticLockException) {
        var kind = ProblemKind.STALE_VERSION;
        return ProblemResponses.of(
            Problem.of(
                kind.slug(),
                kind.title(),
                412,
                "Someone else changed this at the same time: reload, then redo your change.",
                List.of()));
      }
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      var status = web.getResponse().getStatus();
      var response = ProblemResponses.of(ProblemResponses.forStatus(status, web.getMessage()));
      var allow = web.getResponse().getHeaderString("Allow");
      return allow == null
          ? response
          : Response.fromResponse(response).header("Allow", allow).build();
    }
    var incident = UUID.randomUUID();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return ProblemResponses.of(
        ProblemResponses.forStatus(
            500,
            "Something went wrong on our side. If it happens again, quote incident "
                + incident
                + "."));
  }
}

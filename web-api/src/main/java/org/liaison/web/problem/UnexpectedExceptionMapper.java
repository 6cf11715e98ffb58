package org.liaison.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
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
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        var refusal = databaseRefusal(sql.getSQLState());
        if (refusal != null) {
          return refusal;
        }
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
    // (a database refusal that no business rule caught first is answered above)
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return ProblemResponses.of(
        ProblemResponses.forStatus(
            500,
            "Something went wrong on our side. If it happens again, quote incident "
                + incident
                + "."));
  }

  /**
   * What the database refused when two requests raced past a business check (a unique index) or a
   * value passed validation but not PostgreSQL's range (e.g. the year 999999999): never a 500.
   */
  private static Response databaseRefusal(String sqlState) {
    if (sqlState.equals("23505")) {
      var kind = ProblemKind.CONFLICT;
      return ProblemResponses.of(
          Problem.of(
              kind.slug(),
              kind.title(),
              409,
              "The same change was made at the same time by someone else: reload.",
              List.of()));
    }
    if (sqlState.startsWith("22")) {
      return ProblemResponses.invalidInput(
          "A value is out of the range Liaison can store (a date too far away, a number too large).",
          List.of());
    }
    return null;
  }
}

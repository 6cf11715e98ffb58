package org.liaison.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.liaison.kernel.BusinessException.FieldError;

/** Bean Validation of a request body: 400 naming every wrong field by its JSON path. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    var errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    var detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return ProblemResponses.invalidInput(detail, errors);
  }

  /** "open.identity.address.postalCode" -> "address.postalCode"; the whole body -> "body". */
  static String field(ConstraintViolation<?> violation) {
    var names =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
            .map(Path.Node::getName)
            .toList();
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}

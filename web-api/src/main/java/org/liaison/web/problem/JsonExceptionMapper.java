package org.liaison.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.kernel.BusinessException.FieldError;

/**
 * Unreadable JSON: 400 naming the field (unknown, wrongly typed) or the position (malformed).
 * Replaces RESTEasy's own mapper, which answers in plain text.
 */
@Provider
@Priority(1)
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    return unreadable(e);
  }

  static Response unreadable(JsonProcessingException e) {
    var field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = path(unknown);
      message = "unknown field";
    } else if (e instanceof InvalidFormatException invalid) {
      message =
          "'" + invalid.getValue() + "' is not a valid " + simpleType(invalid.getTargetType());
    } else if (e instanceof MismatchedInputException mismatched
        && mismatched.getTargetType() != null) {
      message = "expected " + simpleType(mismatched.getTargetType());
    } else if (e instanceof JsonMappingException) {
      message = "invalid value";
    } else {
      message =
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr();
    }
    return ProblemResponses.invalidInput(
        field + ": " + message, List.of(new FieldError(field, message)));
  }

  private static String path(JsonMappingException e) {
    var path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return path.isEmpty() ? "body" : path;
  }

  private static String simpleType(Class<?> type) {
    if (type.isEnum()) {
      return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "UUID" -> "identifier (UUID)";
      case "Boolean", "boolean" -> "boolean (true or false)";
      case "String" -> "text";
      default -> type.getSimpleName();
    };
  }
}

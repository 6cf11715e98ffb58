package org.liaison.web;

import java.util.UUID;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.PageRequest;

/**
 * Parses path and query parameters so that a wrong one is a 400 naming it (JAX-RS would answer a
 * badly typed path parameter with a bare 404).
 */
public final class RequestParams {

  private RequestParams() {}

  public static UUID id(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "'" + raw + "' is not an identifier (UUID)");
    }
  }

  public static PageRequest page(String page, String size) {
    return new PageRequest(integer("page", page), integer("size", size));
  }

  private static int integer(String name, String raw) {
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "'" + raw + "' is not a whole number");
    }
  }
}

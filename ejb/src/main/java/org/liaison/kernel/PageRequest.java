package org.liaison.kernel;

/** A page of a list: zero-based page number and page size (1 to 100). */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;

  /** Far beyond any real list; keeps page × size a valid offset. */
  public static final int MAX_PAGE = 100_000;

  public PageRequest {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException("page", "must be between 0 and " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}

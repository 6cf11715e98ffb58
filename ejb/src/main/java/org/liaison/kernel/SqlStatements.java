package org.liaison.kernel;

/**
 * How many SQL statements Hibernate prepared on the current thread, so that a request can tell how
 * many it needed (the {@code Server-Timing} header of the API, when enabled). The ITs use it to
 * catch a change that multiplies the statements of a hot endpoint (an N+1 query). Counted by {@link
 * SqlStatementInspector}.
 */
public final class SqlStatements {

  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private SqlStatements() {}

  static void counted() {
    COUNT.get()[0]++;
  }

  /** Starts counting from zero on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** Statements prepared on this thread since {@link #reset()}. */
  public static int count() {
    return COUNT.get()[0];
  }
}

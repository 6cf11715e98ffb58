package org.liaison.kernel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Values of native SQL: a list of ids as one parameter, and a timestamp read back. A JPQL query
 * with an {@code in} list is translated again at each execution (each list length is a new query);
 * a native {@code = any(cast(? as uuid[]))} with the ids in one text parameter is one statement,
 * prepared once.
 */
public final class SqlValues {

  private SqlValues() {}

  /** The ids as a PostgreSQL array literal, for {@code cast(? as uuid[])}. */
  public static String uuidArray(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  /**
   * The texts as a PostgreSQL array literal, for {@code cast(? as text[])}: each quoted, its
   * backslashes and double quotes escaped; {@code null} stays a null element.
   */
  public static String textArray(Collection<String> texts) {
    return texts.stream()
        .map(t -> t == null ? "NULL" : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A {@code timestamp with time zone} as the JDBC driver returns it to a native query. */
  public static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass());
  }
}

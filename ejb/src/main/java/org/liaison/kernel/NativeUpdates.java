package org.liaison.kernel;

import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Runs a native INSERT, UPDATE or DELETE saying which table it changes. Without that, Hibernate
 * cannot know what the statement touched and empties the whole second-level cache (the directory's
 * structures and professionals) at each one: a page of a logbook, which writes its read receipts
 * natively, then cost every following request its cache.
 */
public final class NativeUpdates {

  private NativeUpdates() {}

  /** Executes the native statement, which changes {@code table} only; returns the rows changed. */
  public static int execute(Query nativeStatement, String table) {
    return nativeStatement
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace(table)
        .executeUpdate();
  }
}

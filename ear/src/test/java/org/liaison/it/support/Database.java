package org.liaison.it.support;

import java.sql.Connection;
import java.sql.DriverManager;

/** Direct reads (and, to play an attacker, writes) of the test database. */
public final class Database {

  private Database() {}

  public static long count(String sql, Object... params) {
    try (var c = connect();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String sql, Object... params) {
    try (var c = connect();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs statements in one transaction, as the database owner; the first failure is thrown. */
  public static void execute(String... statements) throws Exception {
    try (var c = connect()) {
      c.setAutoCommit(false);
      try (var s = c.createStatement()) {
        for (var sql : statements) {
          s.execute(sql);
        }
        c.commit();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(Stack.DB_URL, "liaison", "liaison");
  }
}

package org.liaison.it.support;

import java.sql.DriverManager;

/** Direct reads of the test database, to check what was (and was not) stored. */
public final class Database {

  private Database() {}

  public static long count(String sql, Object... params) {
    try (var c = DriverManager.getConnection(Stack.DB_URL, "liaison", "liaison");
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
}

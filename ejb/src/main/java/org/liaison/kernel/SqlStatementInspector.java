package org.liaison.kernel;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts every statement Hibernate prepares ({@link SqlStatements}); changes none. */
public class SqlStatementInspector implements StatementInspector {

  @Override
  public String inspect(String sql) {
    SqlStatements.counted();
    return sql;
  }
}

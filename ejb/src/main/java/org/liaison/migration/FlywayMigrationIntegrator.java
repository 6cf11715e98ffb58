package org.liaison.migration;

import java.util.ArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the database with Flyway when the persistence unit starts. Hibernate calls integrators
 * before it runs schema validation ({@code hibernate.hbm2ddl.auto=validate}), so the mappings are
 * always checked against a migrated schema, on every node, with no hand step. Flyway's lock table
 * makes concurrent starts of several nodes safe.
 *
 * <p>Demo data (directory, one demo patient) is a repeatable migration in {@code db/demo}, applied
 * only when {@code LIAISON_DEMO_DATA=true}.
 */
public class FlywayMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    var dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    var locations = new ArrayList<String>();
    locations.add("classpath:db/migration");
    if (demoData()) {
      locations.add("classpath:db/demo");
    }
    var result =
        Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database migrated with "
                + locations
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, schema version "
                + result.targetSchemaVersion);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}

  private static boolean demoData() {
    var value = System.getProperty("liaison.demo-data", System.getenv("LIAISON_DEMO_DATA"));
    return Boolean.parseBoolean(value);
  }
}

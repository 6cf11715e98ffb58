/**
 * Schema migrations: Flyway runs while Hibernate boots the persistence unit, just before Hibernate
 * validates the mappings against the schema (see docs/adr/0004).
 */
package org.liaison.migration;

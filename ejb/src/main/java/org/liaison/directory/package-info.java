/**
 * Directory (annuaire): the structures of the territory and their professionals. A professional's
 * Keycloak user name links a login to a directory entry. Reference data, read on every request,
 * hence kept in the Infinispan second-level cache.
 */
package org.liaison.directory;

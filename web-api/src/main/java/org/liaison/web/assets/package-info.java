/**
 * How the built SPA's files leave the server: the {@code .br} or {@code .gz} sibling written at
 * build time when the browser accepts it, a year of caching for content-hashed names and
 * revalidation for everything else (docs/adr/0011). The API is never touched here.
 */
package org.liaison.web.assets;

/**
 * The HTTP boundary: thin JAX-RS resources under {@code /api} (one sub-package per context),
 * problem JSON for every error, security headers, and the SPA served at {@code /}.
 */
package org.liaison.web;

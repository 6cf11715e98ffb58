/**
 * What every context shares and nothing more: who is calling ({@link org.liaison.kernel.Caller}),
 * the business errors that the API maps to problem JSON, and paging.
 */
package org.liaison.kernel;

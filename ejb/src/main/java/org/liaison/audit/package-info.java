/**
 * Audit (traçabilité): who read or changed which patient's data, and when. Every read and write of
 * patient data records here, in the caller's transaction: if the work rolls back, so does its
 * record, and no work commits without one.
 */
package org.liaison.audit;

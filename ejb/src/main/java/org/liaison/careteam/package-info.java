/**
 * Care team (équipe de prise en charge): the professionals around one patient, each with a role.
 * Membership is what grants access to the patient's data; {@link
 * org.liaison.careteam.PatientAccess} is the one place where that is decided.
 */
package org.liaison.careteam;

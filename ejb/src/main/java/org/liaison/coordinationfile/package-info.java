/**
 * Coordination file (dossier de coordination): one per patient and coordination structure, with the
 * patient's identity (optionally the national identifier INS). Opening a file makes the case
 * manager its first care-team member.
 */
package org.liaison.coordinationfile;

/**
 * Logbook (cahier de liaison): the dated, signed, append-only thread of observations about one
 * patient, written by any member of the team. Entries are never edited nor deleted.
 */
package org.liaison.logbook;

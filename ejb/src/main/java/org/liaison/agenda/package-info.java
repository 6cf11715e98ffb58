/**
 * Shared agendas: a patient's appointments and home visits (recurring series with exceptions, in
 * Paris wall-clock time), each professional's agenda, multidisciplinary meetings (RCP) with
 * invitations and a decision record copied into the patients' logbooks, availability slots booked
 * once, reminders sent once on a cluster, and private iCalendar feeds (docs/adr/0010).
 */
package org.liaison.agenda;

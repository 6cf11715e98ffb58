/**
 * Activity dashboards (tableaux de bord d'activité): the indicators a coordination structure
 * reports on (MAIA / DAC activity report), computed from the dated history of the other contexts
 * (status changes, memberships, plan versions, entries, messages, meetings, requests, forms) so
 * that a past period gives the figures it gave then. Read-only: the service writes nothing but its
 * audit records.
 */
package org.liaison.dashboard;

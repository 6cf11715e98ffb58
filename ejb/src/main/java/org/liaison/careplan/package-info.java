/**
 * Care plan (PPS — plan personnalisé de santé): problems, goals and actions of one patient, in
 * numbered versions that the GP validates (frozen and signed by a hash), scheduled reviews (bilans)
 * and a printable synthesis. Authoring is the GP's, or the coordination structure's on delegation
 * (decided by the careteam context); assignees update their own actions.
 */
package org.liaison.careplan;

/**
 * Configurable forms (formulaires paramétrables): a structure designs its own forms (sections,
 * typed questions, conditions, computed scores) in versions; team members fill a published version
 * in a patient's file and the server checks every answer and recomputes every score. Conditions and
 * scores are written in a small expression language ({@link org.liaison.forms.Expression}).
 */
package org.liaison.forms;

package org.liaison.forms;

import java.util.List;
import java.util.Optional;

/** The forms shipped with Liaison, ready to copy into a structure and use or adapt. */
final class FormTemplates {

  record Template(String key, String title, String description, String resource) {
    FormDefinition definition() {
      return FormJson.template(resource);
    }
  }

  static final List<Template> ALL =
      List.of(
          new Template(
              "orientation",
              "Grille d'orientation",
              "Repérage d'une situation complexe et orientation vers le dispositif d'appui"
                  + " (parcours de Bernard).",
              "/forms/orientation.json"),
          new Template(
              "aggir",
              "Grille AGGIR",
              "Autonomie gérontologique : les huit variables discriminantes donnent le GIR (1 à"
                  + " 6) par l'algorithme officiel.",
              "/forms/aggir.json"),
          new Template(
              "frailty",
              "Repérage de la fragilité",
              "Questionnaire de repérage de la fragilité de la personne âgée à domicile (six"
                  + " questions).",
              "/forms/frailty.json"));

  private FormTemplates() {}

  static Optional<Template> byKey(String key) {
    return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
  }
}

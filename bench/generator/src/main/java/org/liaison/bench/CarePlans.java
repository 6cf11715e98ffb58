package org.liaison.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Care-plan content as the application stores it: the JSON-B text of CarePlanContent (properties in
 * lexicographic order, null values written), so the content hash of a validated version is the
 * SHA-256 of exactly this text.
 */
final class CarePlans {

  private CarePlans() {}

  /** domain, problem, goal, then (action, role of who does it) pairs; role STRUCTURE = home care. */
  static final String[][] CATALOG = {
    {"AUTONOMY", "Chutes à répétition à domicile", "Sécuriser les déplacements dans le logement",
      "Téléassistance et barres d'appui dans la salle de bain", "CASE_MANAGER",
      "Kinésithérapie : équilibre et prévention des chutes", "PHYSIOTHERAPIST"},
    {"HEALTH", "Alimentation insuffisante, perte de poids", "Reprendre du poids : trois repas par jour",
      "Portage de repas cinq jours sur sept", "STRUCTURE",
      "Pesée hebdomadaire et surveillance de l'alimentation", "NURSE"},
    {"HEALTH", "Traitement mal pris, oublis fréquents", "Sécuriser la prise des médicaments",
      "Préparation du pilulier chaque semaine", "NURSE",
      "Bilan partagé de médication", "PHARMACIST"},
    {"AUTONOMY", "Perte d'autonomie pour la toilette et l'habillage", "Maintenir l'hygiène et le confort",
      "Aide à la toilette trois fois par semaine", "STRUCTURE",
      "Évaluation du logement par un ergothérapeute", "CASE_MANAGER"},
    {"SOCIAL", "Isolement social", "Rompre l'isolement",
      "Inscription à l'accueil de jour", "CASE_MANAGER",
      "Visites de bénévoles d'une association", "SOCIAL_WORKER"},
    {"SOCIAL", "Droits non ouverts", "Ouvrir les droits à l'APA",
      "Constituer le dossier APA", "SOCIAL_WORKER",
      "Demander la carte mobilité inclusion", "SOCIAL_WORKER"},
    {"HOUSING", "Logement inadapté (escaliers, baignoire)", "Adapter le logement",
      "Devis de remplacement de la baignoire par une douche", "CASE_MANAGER",
      "Dossier d'aide à l'adaptation du logement", "SOCIAL_WORKER"},
    {"CAREGIVER", "Aidant épuisé", "Soulager l'aidant",
      "Proposer un accueil de jour et une aide au répit", "CASE_MANAGER",
      "Orientation vers la plateforme de répit", "CASE_MANAGER"},
    {"HEALTH", "Troubles de la mémoire non explorés", "Obtenir un diagnostic",
      "Consultation mémoire", "GP",
      "Bilan orthophonique", "GP"},
    {"OTHER", "Projet d'entrée en établissement", "Préparer l'entrée en EHPAD",
      "Dossier d'admission en EHPAD", "CASE_MANAGER",
      "Visite de l'EHPAD avec la famille", "CASE_MANAGER"},
    {"HEALTH", "Douleurs chroniques mal soulagées", "Soulager la douleur",
      "Réévaluation du traitement antalgique", "GP",
      "Évaluation de la douleur à chaque passage", "NURSE"}
  };

  record Assignee(String kind, UUID id, String name) {}

  static final class Action {
    UUID id;
    UUID goalId;
    String description;
    Assignee assignee;
    LocalDate dueOn;
    String status;
  }

  static final class Plan {
    final List<String[]> problems = new ArrayList<>(); // id, domain, description, goalId, goal
    final List<Action> actions = new ArrayList<>();
  }

  static String json(Plan p) {
    var sb = new StringBuilder(2048);
    sb.append("{\"actions\":[");
    for (int i = 0; i < p.actions.size(); i++) {
      var a = p.actions.get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"assignee\":");
      if (a.assignee == null) {
        sb.append("null");
      } else {
        sb.append("{\"id\":\"").append(a.assignee.id()).append("\",\"kind\":\"").append(a.assignee.kind())
            .append("\",\"name\":");
        str(sb, a.assignee.name());
        sb.append('}');
      }
      sb.append(",\"comments\":[],\"description\":");
      str(sb, a.description);
      sb.append(",\"dueOn\":");
      if (a.dueOn == null) sb.append("null");
      else sb.append('"').append(a.dueOn).append('"');
      sb.append(",\"goalId\":\"").append(a.goalId).append("\",\"id\":\"").append(a.id)
          .append("\",\"status\":\"").append(a.status).append("\"}");
    }
    sb.append("],\"goals\":[");
    for (int i = 0; i < p.problems.size(); i++) {
      var pr = p.problems.get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"description\":");
      str(sb, pr[4]);
      sb.append(",\"id\":\"").append(pr[3]).append("\",\"problemId\":\"").append(pr[0]).append("\"}");
    }
    sb.append("],\"problems\":[");
    for (int i = 0; i < p.problems.size(); i++) {
      var pr = p.problems.get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"description\":");
      str(sb, pr[2]);
      sb.append(",\"domain\":\"").append(pr[1]).append("\",\"id\":\"").append(pr[0]).append("\"}");
    }
    return sb.append("]}").toString();
  }

  static void str(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }

  static String sha256(String text) {
    try {
      var d = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(d.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String[] pickProblems(SplittableRandom r, int n) {
    var idx = new ArrayList<Integer>();
    for (int i = 0; i < CATALOG.length; i++) idx.add(i);
    var out = new String[n];
    for (int i = 0; i < n; i++) {
      int k = idx.remove(r.nextInt(idx.size()));
      out[i] = Integer.toString(k);
    }
    return out;
  }
}

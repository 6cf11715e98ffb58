package org.liaison.bench;

import java.util.SplittableRandom;

/** French names, streets and the sentences people write, for realistic-looking rows. */
final class Texts {

  private Texts() {}

  static final String[] FEMALE_OLD = {
    "Jeanne", "Marie", "Monique", "Simone", "Yvette", "Paulette", "Odette", "Denise", "Colette",
    "Jacqueline", "Germaine", "Suzanne", "Madeleine", "Renée", "Geneviève", "Lucienne", "Marcelle",
    "Georgette", "Andrée", "Ginette", "Huguette", "Josette", "Micheline", "Nicole", "Françoise",
    "Christiane", "Michèle", "Danielle", "Annie", "Martine", "Éliane", "Raymonde", "Gisèle",
    "Thérèse", "Yvonne", "Bernadette", "Arlette", "Solange", "Claudine", "Janine", "Marguerite",
    "Lucette", "Henriette", "Jeannine", "Raymonde", "Paule"
  };
  static final String[] MALE_OLD = {
    "Jean", "Pierre", "André", "Michel", "Jacques", "René", "Roger", "Marcel", "Robert", "Henri",
    "Louis", "Georges", "Paul", "Raymond", "Bernard", "Claude", "Gérard", "Maurice", "Lucien",
    "Roland", "Gilbert", "Guy", "Daniel", "Alain", "Jean-Pierre", "Jean-Claude", "Yves", "Francis",
    "Serge", "Christian", "Gaston", "Fernand", "Albert", "Émile", "Léon", "Joseph", "Norbert",
    "Marius", "Armand", "Jean-Louis", "Jean-Marie", "Maxime"
  };
  static final String[] FEMALE_YOUNG = {
    "Camille", "Julie", "Sophie", "Émilie", "Aurélie", "Céline", "Élodie", "Laura", "Marine",
    "Pauline", "Sandrine", "Nathalie", "Stéphanie", "Virginie", "Caroline", "Hélène", "Anne",
    "Mélanie", "Chloé", "Léa", "Manon", "Sarah", "Inès", "Nadia", "Fatima", "Karima", "Audrey",
    "Morgane", "Justine", "Charlotte", "Amélie", "Agnès", "Valérie", "Isabelle", "Christelle"
  };
  static final String[] MALE_YOUNG = {
    "Nicolas", "Julien", "Thomas", "Maxime", "Antoine", "Sébastien", "Guillaume", "Romain",
    "Mathieu", "Alexandre", "Vincent", "François", "Olivier", "Laurent", "Karim", "Mehdi", "Yann",
    "Florian", "Kévin", "Jérôme", "Cédric", "Benoît", "David", "Éric", "Frédéric", "Hugo"
  };
  static final String[] LAST = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval",
    "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
    "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
    "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
    "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Rolland",
    "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier",
    "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher",
    "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot",
    "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin",
    "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier",
    "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain", "Breton",
    "Besson", "Langlois", "Rémy", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
    "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud",
    "Guichard", "Gillet", "Étienne", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
    "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud",
    "Antoine", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy",
    "Delaunay", "Pasquier", "Carlier", "Laporte", "Beaulieu", "Chartier", "Pineau", "Boutin"
  };
  static final String[] STREETS = {
    "rue de la République", "rue Jeanne d'Arc", "rue des Carmes", "avenue de Paris",
    "rue du Général de Gaulle", "rue Victor Hugo", "rue Pasteur", "rue Jean Jaurès",
    "rue de la Gare", "chemin des Vignes", "allée des Tilleuls", "rue des Écoles",
    "impasse des Lilas", "rue du Moulin", "rue de l'Église", "route de Blois", "rue des Acacias",
    "rue Saint-Martin", "rue Nationale", "rue de Bourgogne", "rue des Rosiers", "rue de la Mairie",
    "résidence Les Charmilles", "rue du Stade", "rue Voltaire", "rue Gambetta",
    "avenue du Maréchal Foch", "rue des Peupliers", "rue de la Fontaine", "rue du Château",
    "rue des Prés", "rue de la Loire", "quai du Roi", "rue Émile Zola", "place du Marché",
    "rue des Jardins", "rue du Four", "chemin de la Croix", "rue des Hirondelles", "rue Porte Neuve"
  };

  /** Zipf-like: the first names of a list are the most frequent. */
  static String zipf(SplittableRandom r, String[] values) {
    double u = r.nextDouble();
    int n = values.length;
    // inverse of a truncated 1/(k+8) law, close enough for names
    double total = Math.log((n + 8.0) / 8.0);
    int k = (int) (8.0 * Math.exp(u * total) - 8.0);
    return values[Math.min(n - 1, Math.max(0, k))];
  }

  static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  static String ascii(String s) {
    var n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").replace("œ", "oe").replace("Œ", "Oe").replace(' ', '-')
        .replace("'", "").toLowerCase(java.util.Locale.ROOT);
  }

  static String phone(SplittableRandom r, boolean mobile, String department) {
    var prefix = mobile ? (r.nextBoolean() ? "06" : "07") : "02";
    return String.format(
        "%s %02d %02d %02d %02d", prefix, r.nextInt(100), r.nextInt(100), r.nextInt(100),
        r.nextInt(100));
  }

  // ------------------------------------------------------------------ logbook
  static final String[] CATEGORIES = {
    "CARE", "HYGIENE", "MEALS", "MOOD", "FALL", "MEDICATION", "SOCIAL", "OTHER"
  };

  private static final String[][] ENTRY = {
    { // CARE
      "Pansement refait, plaie propre, pas de signe d'infection.",
      "Soins d'hygiène et prévention d'escarres, peau en bon état aux points d'appui.",
      "Prise de sang faite ce matin, résultats attendus demain.",
      "Injection d'insuline faite, glycémie à %d,%d g/L.",
      "Œdèmes des membres inférieurs stables, bas de contention mis.",
      "Tension %d/%d, pouls régulier.",
      "Surveillance du poids : %d kg.",
      "Soins de bouche, {p} signale une douleur dentaire à signaler au médecin."
    },
    { // HYGIENE
      "Toilette au lavabo avec aide partielle, {p} participe bien.",
      "Douche faite, {p} a eu froid : prévoir de chauffer la salle de bain avant.",
      "Change effectué, stock de protections à renouveler.",
      "Linge lavé et rangé, draps changés.",
      "Toilette refusée ce matin, reprise l'après-midi sans difficulté.",
      "Rasage et soins des ongles faits."
    },
    { // MEALS
      "{p} a bien mangé ce midi.",
      "Repas à peine entamé, peu d'appétit aujourd'hui.",
      "Réfrigérateur presque vide, courses à prévoir.",
      "Portage de repas livré, le plat de la veille n'a pas été mangé.",
      "Hydratation insuffisante, bouteille d'eau laissée à portée de main.",
      "Courses faites avec {p}, liste préparée ensemble.",
      "Petit-déjeuner pris, {p} a demandé une compote pour le goûter."
    },
    { // MOOD
      "{p} est de bonne humeur, a parlé de ses petits-enfants.",
      "Moral en baisse, {p} dit se sentir {seul}.",
      "Un peu {confus} ce matin, ne savait plus quel jour on était.",
      "{Il} est {anxieux} à l'approche de la consultation.",
      "{Agite} en fin de journée, a refusé de se coucher.",
      "{p} a regardé des photos avec moi, souvenirs agréables.",
      "Pleurs à l'évocation de son conjoint décédé, écoute proposée."
    },
    { // FALL
      "{p} a chuté dans la cuisine, {releve} sans blessure apparente.",
      "Chute nocturne en allant aux toilettes, petit hématome au genou.",
      "{Trouve} au sol ce matin, a passé une partie de la nuit par terre : médecin prévenu.",
      "Chute sans gravité dans le jardin, la téléassistance a bien fonctionné.",
      "Perte d'équilibre en se levant du fauteuil, rattrapée de justesse."
    },
    { // MEDICATION
      "Pilulier de la semaine préparé.",
      "Traitement pris devant moi.",
      "Oubli des médicaments du soir deux jours de suite.",
      "Nouvelle ordonnance déposée à la pharmacie, livraison prévue demain.",
      "Antalgique donné pour des douleurs au dos.",
      "Anticoagulant : INR à contrôler jeudi.",
      "Somnolence depuis le nouveau traitement, à voir avec le médecin."
    },
    { // SOCIAL
      "Dossier APA déposé au conseil départemental.",
      "Appel de la famille : visite prévue ce week-end.",
      "Rencontre avec l'assistante sociale pour l'aide au logement.",
      "Inscription à l'accueil de jour le mardi.",
      "Demande de téléassistance envoyée.",
      "Plan d'aide APA révisé : %d heures d'aide à domicile par mois.",
      "Réunion avec la famille sur le projet d'entrée en établissement."
    },
    { // OTHER
      "Passage sans particularité.",
      "Rendez-vous chez l'ophtalmologiste reporté.",
      "Clés confiées au voisin.",
      "Le chauffage est en panne, propriétaire prévenu.",
      "Facture d'électricité impayée signalée à la famille."
    }
  };

  private static final String[] TAILS = {
    "", "", "", "", " Vu avec l'infirmière.", " À surveiller.", " Famille informée.",
    " Transmis au médecin traitant.", " Rien d'autre à signaler.", " À reprendre au prochain passage."
  };

  static String entry(SplittableRandom r, int category, String firstName, boolean female) {
    var lines = ENTRY[category];
    var t = lines[r.nextInt(lines.length)];
    if (t.contains("%d")) {
      t = switch (category) {
        case 0 -> t.contains("glycémie")
            ? String.format(t, 1, r.nextInt(10))
            : t.contains("Tension")
                ? String.format(t, 11 + r.nextInt(7), 6 + r.nextInt(4))
                : String.format(t, 45 + r.nextInt(35));
        default -> String.format(t, 10 + r.nextInt(40));
      };
    }
    t = t.replace("{p}", firstName)
        .replace("{seul}", female ? "seule" : "seul")
        .replace("{confus}", female ? "confuse" : "confus")
        .replace("{anxieux}", female ? "anxieuse" : "anxieux")
        .replace("{Il}", female ? "Elle" : "Il")
        .replace("{Agite}", female ? "Agitée" : "Agité")
        .replace("{releve}", female ? "relevée" : "relevé")
        .replace("{Trouve}", female ? "Trouvée" : "Trouvé");
    return t + TAILS[r.nextInt(TAILS.length)];
  }

  // ------------------------------------------------------------------ case workflow
  static final String[] REASON_INCLUDED = {
    "Évaluation multidimensionnelle à domicile : situation complexe, critères d'inclusion en gestion de cas remplis.",
    "Situation complexe (isolement, troubles cognitifs, aidant épuisé) : inclusion en gestion de cas.",
    "Chutes répétées et refus d'aide : inclusion décidée en réunion d'équipe.",
    "Retour d'hospitalisation sans aide suffisante : inclusion en gestion de cas."
  };
  static final String[] REASON_REORIENTED_T1 = {
    "Situation relevant d'un accompagnement par le SSIAD : réorientation.",
    "Besoin d'aide ponctuelle : orientation vers le CCAS.",
    "Appui à la coordination du médecin traitant suffisant : réorientation vers la CPTS.",
    "Demande réorientée vers le service social de l'hôpital.",
    "Situation non complexe : conseils donnés et orientation vers un service d'aide à domicile."
  };
  static final String[] REASON_DECEASED = {
    "Décès à domicile.", "Décès au cours d'une hospitalisation.", "Décès signalé par la famille."
  };
  static final String[] REASON_REORIENTED_T2 = {
    "Situation stabilisée : relais au SSIAD et au médecin traitant.",
    "Déménagement hors du territoire : dossier transmis au dispositif du nouveau domicile.",
    "Relais par l'équipe mobile de gériatrie."
  };
  static final String[] REASON_DISCHARGED = {
    "Entrée en EHPAD : sortie de la gestion de cas.",
    "Objectifs du plan atteints : sortie de la gestion de cas.",
    "Refus de poursuivre l'accompagnement : sortie.",
    "Aides en place et situation stable : sortie de la gestion de cas.",
    "Aides en place et situation stable : sortie de la gestion de cas.",
    "Entrée en EHPAD : sortie de la gestion de cas.",
    "Déménagement hors du territoire : sortie.",
    "Hospitalisation prolongée : sortie de la gestion de cas."
  };
  /** The structured exit reason (ExitReason) of each text above, the same index. */
  static final String[] EXIT_REASONS = {
    "NURSING_HOME", "GOALS_MET", "REFUSAL", "STABLE_WITH_SUPPORT",
    "STABLE_WITH_SUPPORT", "NURSING_HOME", "MOVED_AWAY", "LONG_HOSPITAL_STAY"
  };

  static final String[] ORIGINS = {
    "GP", "HOSPITAL", "HOME_CARE_SERVICE", "NURSE", "SOCIAL_SERVICES", "FAMILY", "SELF", "OTHER"
  };
  static final double[] ORIGIN_WEIGHTS = {30, 24, 10, 8, 10, 13, 2, 3};

  static String referralDetail(SplittableRandom r, String origin, Territories.Territory t) {
    return switch (origin) {
      case "GP" -> "Dr " + zipf(r, LAST) + " (médecin traitant)";
      case "HOSPITAL" -> pick(r, new String[] {
          "Court séjour gériatrique", "Service des urgences", "Équipe mobile de gériatrie",
          "Service de médecine interne", "SSR gériatrique"}) + ", centre hospitalier de " + t.commune();
      case "HOME_CARE_SERVICE" -> "Service d'aide à domicile (" + pick(r, FEMALE_YOUNG) + ", aide à domicile)";
      case "NURSE" -> "Cabinet infirmier de " + t.commune();
      case "SOCIAL_SERVICES" -> pick(r, new String[] {"CCAS de ", "Maison des solidarités de ", "Service social du département, "}) + t.commune();
      case "FAMILY" -> pick(r, new String[] {"Sa fille", "Son fils", "Son épouse", "Son époux", "Sa nièce", "Sa belle-fille"});
      case "SELF" -> "Le patient lui-même";
      default -> pick(r, new String[] {"Mairie", "Bailleur social", "Pharmacien", "Voisin"});
    };
  }

  // ------------------------------------------------------------------ agenda
  static final String[] MEETING_DECISIONS = {
    "Maintien à domicile avec renforcement des passages de l'aide à domicile.",
    "Demande d'entrée en EHPAD à déposer ; visite avec la famille.",
    "Hospitalisation de répit à organiser.",
    "Consultation mémoire à programmer par le médecin traitant.",
    "Mise en place d'un accueil de jour deux fois par semaine.",
    "Réévaluation dans un mois ; pas de changement du plan.",
    "Mesure de protection juridique à demander au juge des contentieux de la protection."
  };
}

package org.liaison.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The region in memory, before anything is written: structures, staff, files with their identity,
 * case-status history and care team, and how many logbook entries, submissions and appointments
 * each file gets. Rows that are many (entries, appointments…) are made while they are written.
 */
final class Model {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  // the demo data's directory (db/demo/R__demo_data.sql)
  static final UUID ISABELLE = UUID.fromString("9b000000-0000-4000-8000-000000000001");
  static final UUID PAUL = UUID.fromString("9b000000-0000-4000-8000-000000000002");
  static final UUID LUCIE = UUID.fromString("9b000000-0000-4000-8000-000000000003");
  static final UUID HENRI = UUID.fromString("9b000000-0000-4000-8000-000000000004");
  static final UUID CLAIRE = UUID.fromString("9b000000-0000-4000-8000-000000000005");
  static final UUID SOPHIE = UUID.fromString("9b000000-0000-4000-8000-000000000006");
  static final UUID MARC = UUID.fromString("9b000000-0000-4000-8000-000000000007");
  static final UUID NADIA = UUID.fromString("9b000000-0000-4000-8000-000000000008");
  static final UUID THOMAS = UUID.fromString("9b000000-0000-4000-8000-000000000009");

  static final class Pro {
    UUID id;
    UUID structureId;
    String first;
    String last;
    String profession;
    String username;
    String rpps;
    String email;
    String phone;
    boolean demo;

    String name() {
      return first + " " + last;
    }
  }

  static final class Structure {
    UUID id;
    String name;
    String type;
    String commune;
    String postalCode;
    String phone;
    String email;
  }

  static final class Terr {
    int index;
    Territories.Territory def;
    UUID id;
    boolean demo;
    Pro coordinator;
    final List<Pro> caseManagers = new ArrayList<>();
    final List<Pro> gps = new ArrayList<>();
    final List<Pro> nurses = new ArrayList<>();
    final List<Pro> physios = new ArrayList<>();
    final List<Pro> pharmacists = new ArrayList<>();
    final List<Pro> homeAides = new ArrayList<>();
    final List<Pro> careAssistants = new ArrayList<>();
    final List<Pro> socialWorkers = new ArrayList<>();
    Structure homeCare;
    Structure practice;
    final List<FileM> files = new ArrayList<>();
    UUID formId;
    UUID formVersionId;
    int meetings;
  }

  static final class Member {
    Pro pro;
    String role;
    LocalDate since;
    Instant addedAt;
    Instant endedAt;
    String endReason;
  }

  record Step(String from, String to, LocalDate on) {}

  static final class FileM {
    int index;
    UUID id;
    Terr terr;
    String first;
    String last;
    String sex;
    LocalDate birth;
    int age;
    Territories.Area area;
    Territories.Commune commune;
    String address;
    String ins;
    String insStatus;
    String phone;
    Instant openedAt;
    LocalDate opened;
    LocalDate t1Date; // date of the T1 outcome, null while in analysis
    LocalDate exitDate; // date of leaving INCLUDED, null while included
    final List<Step> steps = new ArrayList<>();
    String status;
    LocalDate statusSince;
    LocalDate endDay; // last day anything happens in the file
    String origin;
    String originDetail;
    String consentBy;
    String consentRelationship;
    LocalDate consentOn;
    String consentScope;
    LocalDate consentWithdrawnOn;
    Pro cm;
    final List<Member> team = new ArrayList<>();
    boolean bench;
    boolean heavy;
    boolean demoTeam;
    int entries;
    int submissions;
    int appointments;
    boolean plan;
    double dependency;

    boolean active() {
      return status.equals("REQUEST_ANALYSIS") || status.equals("INCLUDED");
    }

    boolean everIncluded() {
      return t1Date != null && steps.size() > 1 && steps.get(1).to().equals("INCLUDED");
    }

    boolean female() {
      return sex.equals("FEMALE");
    }

    Member member(String role) {
      for (var m : team) {
        if (m.role.equals(role)) {
          return m;
        }
      }
      return null;
    }

    long includedDays() {
      return everIncluded() ? Math.max(0, endDay.toEpochDay() - t1Date.toEpochDay()) : 0;
    }

    long analysisDays() {
      var end = t1Date == null ? endDay : t1Date;
      return Math.max(1, end.toEpochDay() - opened.toEpochDay());
    }
  }

  final long seed;
  final double scale;
  final LocalDate asOf;
  final LocalDate lastDay;
  final LocalDate windowStart;
  final List<Terr> terrs = new ArrayList<>();
  final List<Structure> newStructures = new ArrayList<>();
  final List<Pro> newPros = new ArrayList<>();
  final List<FileM> files = new ArrayList<>();
  final Set<String> usedIns = new HashSet<>();
  final Set<String> usedUsernames = new HashSet<>();
  FileM benchFile;
  final List<FileM> heavyFiles = new ArrayList<>();
  final List<FileM> writerFiles = new ArrayList<>();
  final int benchEntries;

  Model(long seed, double scale, LocalDate asOf, Set<String> existingIns, Set<String> usernames,
      int benchEntries) {
    this.seed = seed;
    this.scale = scale;
    this.asOf = asOf;
    this.lastDay = asOf.minusDays(1);
    this.windowStart = asOf.minusYears(5);
    this.usedIns.addAll(existingIns);
    this.usedUsernames.addAll(usernames);
    this.benchEntries = benchEntries;
  }

  static Instant at(LocalDate d, int minuteOfDay) {
    return d.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(PARIS).toInstant();
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  LocalDate weekday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) d = d.plusDays(2);
    else if (d.getDayOfWeek() == DayOfWeek.SUNDAY) d = d.plusDays(1);
    while (d.isAfter(lastDay)) d = d.minusDays(1);
    return d;
  }

  static LocalDate between(SplittableRandom r, LocalDate a, LocalDate b) {
    long span = b.toEpochDay() - a.toEpochDay();
    return span <= 0 ? a : a.plusDays(r.nextLong(span + 1));
  }

  static double gauss(SplittableRandom r) {
    double u = 1 - r.nextDouble(), v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static int weighted(SplittableRandom r, double[] w) {
    double total = 0;
    for (double x : w) total += x;
    double u = r.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0) return i;
    }
    return w.length - 1;
  }

  // ------------------------------------------------------------------ directory
  void buildDirectory(List<Pro> demoPros) {
    var all = Territories.ALL;
    for (int i = 0; i < all.size(); i++) {
      var t = new Terr();
      t.index = i;
      t.def = all.get(i);
      t.demo = t.def.demoId() != null;
      t.id = t.demo ? t.def.demoId() : Ids.uuid(seed, Ids.STRUCTURE, i, 0);
      if (!t.demo) {
        newStructures.add(structure(t.id, t.def.name(), t.def.type(), t.def.commune(), t.def.postalCode(), i, 0));
      }
      terrs.add(t);
    }
    for (var t : terrs) {
      var r = Ids.rng(seed, Ids.STAFF, t.index);
      var d = t.def;
      var practice = structure(Ids.uuid(seed, Ids.STRUCTURE, t.index, 1),
          "Maison de santé pluriprofessionnelle de " + d.commune(), "HEALTH_PRACTICE", d.commune(), d.postalCode(), t.index, 1);
      var homeCare = structure(Ids.uuid(seed, Ids.STRUCTURE, t.index, 2),
          "Aide à domicile " + d.areas().get(0).name(), "HOME_CARE_SERVICE", d.commune(), d.postalCode(), t.index, 2);
      var pharmacy = structure(Ids.uuid(seed, Ids.STRUCTURE, t.index, 3),
          "Pharmacie " + Texts.pick(r, new String[] {"du Centre", "de la Place", "des Halles", "de la Gare", "du Marché", "Saint-Martin"}) + " (" + d.commune() + ")",
          "PHARMACY", d.commune(), d.postalCode(), t.index, 3);
      newStructures.add(practice);
      newStructures.add(homeCare);
      newStructures.add(pharmacy);
      t.practice = practice;
      t.homeCare = homeCare;
      int k = 0;
      for (var p : demoPros) {
        if (p.profession.equals("CASE_MANAGER") && p.structureId.equals(t.id)) {
          t.caseManagers.add(p);
        }
        if (p.profession.equals("COORDINATOR") && p.structureId.equals(t.id)) {
          t.coordinator = p;
        }
      }
      while (t.caseManagers.size() < d.caseManagers()) {
        t.caseManagers.add(pro(r, t, k++, t.id, "CASE_MANAGER"));
      }
      if (t.coordinator == null) {
        t.coordinator = pro(r, t, k++, t.id, "COORDINATOR");
      }
      t.socialWorkers.add(pro(r, t, k++, t.id, "SOCIAL_WORKER"));
      for (int j = 0; j < 3; j++) t.gps.add(pro(r, t, k++, practice.id, "GP"));
      for (int j = 0; j < 3; j++) t.nurses.add(pro(r, t, k++, practice.id, "NURSE"));
      t.physios.add(pro(r, t, k++, practice.id, "PHYSIOTHERAPIST"));
      t.pharmacists.add(pro(r, t, k++, pharmacy.id, "PHARMACIST"));
      for (int j = 0; j < 2; j++) t.homeAides.add(pro(r, t, k++, homeCare.id, "HOME_AIDE"));
      t.careAssistants.add(pro(r, t, k++, homeCare.id, "CARE_ASSISTANT"));
    }
  }

  private Structure structure(UUID id, String name, String type, String commune, String postal, int t, int k) {
    var s = new Structure();
    var r = Ids.rng(seed, Ids.STRUCTURE, t * 16L + k);
    s.id = id;
    s.name = name;
    s.type = type;
    s.commune = commune;
    s.postalCode = postal;
    s.phone = Texts.phone(r, false, null);
    s.email = "contact@" + Texts.ascii(name).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-") + ".example";
    return s;
  }

  private Pro pro(SplittableRandom r, Terr t, int k, UUID structureId, String profession) {
    var p = new Pro();
    p.id = Ids.uuid(seed, Ids.PROFESSIONAL, t.index, k);
    p.structureId = structureId;
    boolean female = r.nextDouble() < (profession.equals("GP") || profession.equals("PHARMACIST") ? 0.55 : 0.85);
    p.first = Texts.pick(r, female ? Texts.FEMALE_YOUNG : Texts.MALE_YOUNG);
    p.last = Texts.zipf(r, Texts.LAST);
    p.profession = profession;
    var base = Texts.ascii(p.first) + "." + Texts.ascii(p.last);
    var u = base;
    for (int n = 2; usedUsernames.contains(u); n++) u = base + n;
    usedUsernames.add(u);
    p.username = u; // a directory entry of someone who has an account (not in the demo realm)
    p.email = u + "@" + Texts.ascii(t.def.commune()).replaceAll("[^a-z0-9-]", "") + ".sante.example";
    p.phone = Texts.phone(r, r.nextBoolean(), null);
    if (Set.of("GP", "NURSE", "PHARMACIST", "PHYSIOTHERAPIST").contains(profession)) {
      p.rpps = rpps(r);
    }
    newPros.add(p);
    return p;
  }

  static String rpps(SplittableRandom r) {
    var sb = new StringBuilder("10");
    for (int i = 0; i < 8; i++) sb.append((char) ('0' + r.nextInt(10)));
    for (int check = 0; check < 10; check++) {
      var candidate = sb.toString() + check;
      if (luhn(candidate)) return candidate;
    }
    throw new IllegalStateException();
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  // ------------------------------------------------------------------ files
  int totalFiles() {
    return Math.max(terrs.size(), (int) Math.round(100_000 * scale));
  }

  void buildFiles() {
    int total = totalFiles();
    int s0 = Math.max(1, (int) Math.round(5_000 * scale));
    double[] w = new double[terrs.size()];
    for (int i = 1; i < w.length; i++) w[i] = terrs.get(i).def.weight();
    long[] counts = allocate(total - s0, w, Ids.rng(seed, Ids.ALLOCATION, 1));
    counts[0] = s0;
    int index = 0;
    for (var t : terrs) {
      for (int j = 0; j < counts[t.index]; j++) {
        var f = file(t, index++, j == 0 && t.index == 0);
        t.files.add(f);
        files.add(f);
      }
    }
  }

  private static final String[] DEPARTMENTS = {
    "45", "41", "37", "18", "28", "36", "75", "72", "58", "89", "86", "49", "03", "23", "62", "59", "29", "2A", "2B", "99"
  };
  private static final double[] DEPARTMENT_WEIGHTS = {
    30, 10, 10, 8, 8, 6, 6, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 0.3, 0.3, 4
  };

  private FileM file(Terr t, int index, boolean bench) {
    var r = Ids.rng(seed, Ids.FILE, index);
    var f = new FileM();
    f.index = index;
    f.id = Ids.uuid(seed, Ids.FILE, index);
    f.terr = t;
    f.bench = bench;
    f.sex = r.nextDouble() < 0.62 ? "FEMALE" : "MALE";
    f.first = Texts.zipf(r, f.female() ? Texts.FEMALE_OLD : Texts.MALE_OLD);
    f.last = Texts.zipf(r, Texts.LAST);
    f.age = (int) Math.max(60, Math.min(104, Math.round(84 + 7.5 * gauss(r))));
    f.birth = asOf.minusYears(f.age).minusDays(1 + r.nextInt(364));
    f.area = t.def.areas().get(r.nextInt(t.def.areas().size()));
    f.commune = f.area.communes().get(r.nextInt(f.area.communes().size()));
    f.address = (1 + r.nextInt(r.nextDouble() < 0.8 ? 60 : 240)) + (r.nextDouble() < 0.05 ? " bis " : " ")
        + Texts.pick(r, Texts.STREETS);
    f.phone = r.nextDouble() < 0.85 ? Texts.phone(r, r.nextDouble() < 0.3, t.def.department()) : null;
    if (r.nextDouble() < 0.93) {
      String ins;
      do {
        var dep = DEPARTMENTS[weighted(r, DEPARTMENT_WEIGHTS)];
        int commune = dep.equals("99") ? 100 + r.nextInt(400) : 1 + r.nextInt(dep.equals("45") ? 350 : 300);
        ins = Ins.of(f.female() ? 2 : 1, f.birth.getYear(), f.birth.getMonthValue(), dep, commune, 1 + r.nextInt(999));
      } while (!usedIns.add(ins));
      f.ins = ins;
      f.insStatus = r.nextDouble() < 0.85 ? "QUALIFIED" : "PROVISIONAL";
    }
    // opened over five years, a little more often lately
    long window = lastDay.toEpochDay() - windowStart.toEpochDay();
    f.opened = weekday(windowStart.plusDays((long) (Math.pow(r.nextDouble(), 0.85) * window)));
    int openMinute = 8 * 60 + 30 + r.nextInt(9 * 60);
    var t1Length = 3 + (long) Math.min(120, Math.exp(Math.log(12) + 0.6 * gauss(r)));
    double u = r.nextDouble();
    String t1 = u < 0.02 + (f.age > 90 ? 0.03 : 0) ? "DECEASED" : u < 0.36 ? "INCLUDED" : "REORIENTED_T1";
    var inclusionLength = 30 + (long) (-330 * Math.log(1 - r.nextDouble()));
    double pDead = Math.max(0.15, Math.min(0.6, 0.3 + (f.age - 84) * 0.012));
    double v = r.nextDouble();
    String exit = v < pDead ? "DECEASED" : v < pDead + (1 - pDead) * 0.6 ? "DISCHARGED" : "REORIENTED_T2";
    if (bench) {
      f.opened = weekday(asOf.minusDays(730));
      t1Length = 14;
      t1 = "INCLUDED";
      inclusionLength = 100_000;
      f.age = Math.max(f.age, 82);
      f.birth = asOf.minusYears(f.age).minusDays(40);
    }
    f.openedAt = at(f.opened, openMinute);
    f.steps.add(new Step(null, "REQUEST_ANALYSIS", f.opened));
    var d1 = f.opened.plusDays(t1Length);
    if (d1.isAfter(lastDay)) {
      f.status = "REQUEST_ANALYSIS";
      f.statusSince = f.opened;
      f.endDay = lastDay;
    } else {
      f.t1Date = d1;
      f.steps.add(new Step("REQUEST_ANALYSIS", t1, d1));
      if (!t1.equals("INCLUDED")) {
        f.status = t1;
        f.statusSince = d1;
        f.endDay = d1;
      } else {
        var d2 = d1.plusDays(inclusionLength);
        if (d2.isAfter(lastDay)) {
          f.status = "INCLUDED";
          f.statusSince = d1;
          f.endDay = lastDay;
        } else {
          f.exitDate = d2;
          f.steps.add(new Step("INCLUDED", exit, d2));
          f.status = exit;
          f.statusSince = d2;
          f.endDay = d2;
        }
      }
    }
    int o = weighted(r, Texts.ORIGIN_WEIGHTS);
    f.origin = Texts.ORIGINS[o];
    f.originDetail = Texts.referralDetail(r, f.origin, t.def);
    if (r.nextDouble() < 0.93 || bench) {
      double c = r.nextDouble();
      f.consentRelationship = c < 0.75 ? "PATIENT" : c < 0.95 ? "FAMILY_MEMBER" : "LEGAL_REPRESENTATIVE";
      f.consentBy = switch (f.consentRelationship) {
        case "PATIENT" -> f.first + " " + f.last;
        case "FAMILY_MEMBER" -> Texts.pick(r, Texts.FEMALE_YOUNG) + " " + f.last;
        default -> "Association tutélaire du " + t.def.department();
      };
      f.consentOn = min(f.opened.plusDays(r.nextInt(10)), f.endDay);
      f.consentScope = r.nextDouble() < 0.88 || bench ? "WHOLE_TEAM" : "HEALTH_PROFESSIONALS";
      if (r.nextDouble() < 0.01 && !bench) {
        var w = f.consentOn.plusDays(30 + r.nextInt(300));
        if (!w.isAfter(lastDay)) f.consentWithdrawnOn = w;
      }
    }
    f.dependency = (f.age - 60) / 45.0 + 0.25 * gauss(r);
    return f;
  }

  /** Largest remainder: n items over weights, exactly, deterministic. */
  static long[] allocate(long n, double[] w, SplittableRandom r) {
    double total = 0;
    for (double x : w) total += x;
    long[] out = new long[w.length];
    if (total <= 0 || n <= 0) return out;
    long given = 0;
    Integer[] order = new Integer[w.length];
    double[] frac = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double share = n * w[i] / total;
      out[i] = (long) Math.floor(share);
      frac[i] = share - out[i];
      given += out[i];
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -frac[i]).thenComparingInt(i -> i));
    for (int k = 0; given < n; k = (k + 1) % w.length) {
      out[order[k]]++;
      given++;
    }
    return out;
  }

  // ------------------------------------------------------------------ case managers, teams
  void assignCaseManagers(int isabelleQuota) {
    for (var t : terrs) {
      var active = t.files.stream().filter(FileM::active).toList();
      var closed = t.files.stream().filter(f -> !f.active()).toList();
      var cms = t.caseManagers;
      if (t.index == 0) {
        Pro isabelle = cms.stream().filter(p -> p.id.equals(ISABELLE)).findFirst().orElseThrow();
        var others = cms.stream().filter(p -> p != isabelle).toList();
        int given = 0, k = 0;
        for (var f : active) {
          if (f.bench) {
            f.cm = isabelle;
          } else if (given < isabelleQuota - 1) {
            f.cm = isabelle;
            given++;
          } else {
            f.cm = others.get(k++ % others.size());
          }
        }
      } else {
        int k = 0;
        for (var f : active) f.cm = cms.get(k++ % cms.size());
      }
      int k = 0;
      for (var f : closed) f.cm = cms.get(k++ % cms.size());
    }
  }

  void buildTeams() {
    for (var f : files) {
      var r = Ids.rng(seed, Ids.MEMBER, f.index);
      var t = f.terr;
      add(f, f.cm, "CASE_MANAGER", f.opened, f.openedAt);
      add(f, t.gps.get(r.nextInt(t.gps.size())), "GP", f.opened, f.openedAt.plusSeconds(300));
      // the people around the request, from the start
      int early = 1 + (r.nextDouble() < 0.35 ? 1 : 0);
      String[] earlyRoles = switch (f.origin) {
        case "HOME_CARE_SERVICE" -> new String[] {"HOME_AIDE", "NURSE"};
        case "NURSE" -> new String[] {"NURSE", "HOME_AIDE"};
        case "SOCIAL_SERVICES" -> new String[] {"SOCIAL_WORKER", "HOME_AIDE"};
        default -> r.nextBoolean() ? new String[] {"NURSE", "HOME_AIDE"} : new String[] {"HOME_AIDE", "SOCIAL_WORKER"};
      };
      for (int i = 0; i < early; i++) {
        var since = min(f.opened.plusDays(r.nextInt(4)), f.endDay);
        add(f, pool(t, earlyRoles[i], r), earlyRoles[i], since, at(since, 9 * 60 + r.nextInt(8 * 60)));
      }
      if (f.everIncluded()) {
        int size = 4 + weighted(r, new double[] {20, 30, 25, 15, 10});
        String[] roles = {"NURSE", "HOME_AIDE", "PHARMACIST", "PHYSIOTHERAPIST", "SOCIAL_WORKER", "OTHER"};
        double[] p = {0.85, 0.8, 0.5, 0.35, 0.45, 0.2};
        for (int pass = 0; pass < 2 && f.team.size() < size; pass++) {
          for (int i = 0; i < roles.length && f.team.size() < size; i++) {
            if (f.member(roles[i]) == null && (pass == 1 || r.nextDouble() < p[i])) {
              var since = min(f.t1Date.plusDays(r.nextInt(21)), f.endDay);
              add(f, pool(t, roles[i], r), roles[i], since, at(since, 9 * 60 + r.nextInt(8 * 60)));
            }
          }
        }
      }
      if (!f.active()) {
        var reason = switch (f.status) {
          case "DECEASED" -> "Décès du patient";
          case "DISCHARGED" -> "Sortie de la gestion de cas";
          default -> "Réorientation : fin de l'accompagnement par le dispositif";
        };
        var endedAt = at(f.endDay, 17 * 60 + r.nextInt(90));
        for (var m : f.team) {
          m.endedAt = endedAt;
          m.endReason = reason;
        }
      }
    }
  }

  private static Pro pool(Terr t, String role, SplittableRandom r) {
    var list = switch (role) {
      case "NURSE" -> t.nurses;
      case "HOME_AIDE" -> t.homeAides;
      case "PHARMACIST" -> t.pharmacists;
      case "PHYSIOTHERAPIST" -> t.physios;
      case "SOCIAL_WORKER" -> t.socialWorkers;
      case "OTHER" -> t.careAssistants;
      default -> t.gps;
    };
    return list.get(r.nextInt(list.size()));
  }

  private static Member add(FileM f, Pro pro, String role, LocalDate since, Instant at) {
    for (var m : f.team) {
      if (m.pro == pro) return m;
    }
    var m = new Member();
    m.pro = pro;
    m.role = role;
    m.since = since;
    m.addedAt = at.isBefore(f.openedAt) ? f.openedAt : at;
    f.team.add(m);
    return m;
  }

  /** Puts a demo professional in the file's team in that role, in place of a generated one. */
  private void placeDemo(FileM f, Pro demo, String role) {
    for (var m : f.team) {
      if (m.pro == demo) return;
    }
    var existing = f.member(role);
    if (existing != null) {
      existing.pro = demo;
      return;
    }
    if (f.team.size() >= 8) {
      // replace the last member who is neither case manager nor GP
      for (int i = f.team.size() - 1; i >= 0; i--) {
        var m = f.team.get(i);
        if (!m.role.equals("CASE_MANAGER") && !m.role.equals("GP") && !m.pro.demo) {
          m.pro = demo;
          m.role = role;
          return;
        }
      }
    }
    var since = f.t1Date != null ? min(f.t1Date.plusDays(3), f.endDay) : f.opened;
    add(f, demo, role, since, at(since, 10 * 60));
  }

  /**
   * The demo users in realistic places: a bench file with a long logbook in their team, the home
   * aide in 50 files she writes in, the GP and the nurse in a few dozen of DAC Cœur de Loire's files.
   */
  void placeDemoUsers(java.util.Map<UUID, Pro> demo, int writers) {
    var t0 = terrs.get(0);
    benchFile = t0.files.get(0);
    var b = benchFile;
    b.heavy = true;
    placeDemo(b, demo.get(HENRI), "GP");
    placeDemo(b, demo.get(CLAIRE), "NURSE");
    placeDemo(b, demo.get(LUCIE), "HOME_AIDE");
    placeDemo(b, demo.get(MARC), "PHARMACIST");
    placeDemo(b, demo.get(THOMAS), "PHYSIOTHERAPIST");
    placeDemo(b, demo.get(NADIA), "SOCIAL_WORKER");
    b.demoTeam = true;
    var included = t0.files.stream().filter(f -> !f.bench && f.status.equals("INCLUDED")).toList();
    // lucie.petit: home aide in `writers` files (the bench file and the most recent inclusions)
    writerFiles.add(b);
    for (int i = included.size() - 1; i >= 0 && writerFiles.size() < writers; i--) {
      var f = included.get(i);
      placeDemo(f, demo.get(LUCIE), "HOME_AIDE");
      f.consentScope = "WHOLE_TEAM";
      f.demoTeam = true;
      writerFiles.add(f);
    }
    int h = 0, c = 0;
    for (int i = 0; i < included.size(); i++) {
      var f = included.get(i);
      if (i % 3 == 0 && h < 39) {
        placeDemo(f, demo.get(HENRI), "GP");
        f.demoTeam = true;
        h++;
      }
      if (i % 4 == 1 && c < 39) {
        placeDemo(f, demo.get(CLAIRE), "NURSE");
        f.demoTeam = true;
        c++;
      }
    }
    // a few other very long logbooks, in other structures: the oldest inclusions still running
    int others = (int) Math.round(4 * scale);
    for (int k = 1; k < terrs.size() && heavyFiles.size() < others; k++) {
      terrs.get(k).files.stream()
          .filter(f -> f.status.equals("INCLUDED"))
          .min(Comparator.comparing((FileM f) -> f.t1Date).thenComparingInt(f -> f.index))
          .ifPresent(f -> {
            f.heavy = true;
            heavyFiles.add(f);
          });
    }
  }

  // ------------------------------------------------------------------ how much of each
  void allocateActivity(long entries, long plans, long submissions, long appointments, long meetings) {
    int n = files.size();
    // logbook: a rhythm per file, for the time it is followed; the long logbooks are fixed
    double[] w = new double[n];
    long fixed = 0;
    for (var f : files) {
      var r = Ids.rng(seed, Ids.ALLOCATION, 1000L + f.index);
      double rate = 0.07 * Math.exp(0.9 * gauss(r));
      w[f.index] = f.heavy ? 0 : f.analysisDays() * 0.04 + f.includedDays() * rate;
      if (f.heavy) {
        f.entries = f.bench ? benchEntries : 10_000 + r.nextInt(2_000);
        fixed += f.entries;
      }
    }
    // at small scales the long logbooks come on top, the others keep at least half of the total
    var counts = allocate(Math.max(entries - fixed, entries / 2), w, Ids.rng(seed, Ids.ALLOCATION, 2));
    for (var f : files) if (!f.heavy) f.entries = (int) counts[f.index];

    for (var f : files) w[f.index] = 1 + f.includedDays() / 270.0;
    counts = allocate(submissions, w, Ids.rng(seed, Ids.ALLOCATION, 3));
    for (var f : files) f.submissions = (int) counts[f.index];

    for (var f : files) w[f.index] = 0.5 + f.includedDays() / 25.0 + (f.status.equals("INCLUDED") ? 1 : 0);
    counts = allocate(appointments, w, Ids.rng(seed, Ids.ALLOCATION, 4));
    for (var f : files) f.appointments = (int) counts[f.index];

    // care plans: the files that were included, the demo users' first, then in a seeded order
    var candidates = new ArrayList<>(files.stream().filter(FileM::everIncluded).toList());
    candidates.sort(Comparator.comparing((FileM f) -> !(f.bench || f.demoTeam))
        .thenComparingLong(f -> Ids.key(seed, Ids.PLAN, f.index, 1)));
    for (int i = 0; i < Math.min(plans, candidates.size()); i++) candidates.get(i).plan = true;

    double[] mw = new double[terrs.size()];
    for (var t : terrs) mw[t.index] = t.files.size();
    var m = allocate(meetings, mw, Ids.rng(seed, Ids.ALLOCATION, 5));
    for (var t : terrs) t.meetings = (int) m[t.index];
  }
}

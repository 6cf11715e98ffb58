package org.liaison.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.bench.Model.FileM;
import org.liaison.bench.Model.Member;
import org.liaison.bench.Model.Pro;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the database of a running Liaison stack to regional scale, deterministically from a seed,
 * with COPY in one transaction: all of it or nothing. See bench/README.md.
 */
public final class Generator {

  static final String MARKER = "liaison-generator";

  record Options(String url, String user, String password, long seed, double scale, LocalDate asOf,
      Path out, int benchEntries, int isabelleFiles, int writers, Boolean seal) {}

  private final Options o;
  private final Progress progress = new Progress();
  private Model m;
  private CopyManager copy;
  private final Map<UUID, Pro> demo = new LinkedHashMap<>();
  private final List<String[]> audit = new ArrayList<>();
  private long plansWritten;
  private boolean sealedLater;
  private long unsealedBefore;

  Generator(Options o) {
    this.o = o;
  }

  public static void main(String[] args) throws Exception {
    var o = parse(args);
    try {
      new Generator(o).run();
    } catch (Refusal e) {
      System.err.println();
      System.err.println("REFUSED: " + e.getMessage());
      System.exit(2);
    }
  }

  static final class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message);
    }
  }

  static Options parse(String[] args) {
    var env = System.getenv();
    String url = env.getOrDefault("LIAISON_DB_URL", "jdbc:postgresql://127.0.0.1:15432/liaison");
    String user = env.getOrDefault("LIAISON_DB_USER", "liaison");
    String password = env.getOrDefault("LIAISON_DB_PASSWORD", "liaison");
    long seed = 15;
    double scale = 1;
    LocalDate asOf = LocalDate.now(Model.PARIS);
    Path out = Path.of("bench/target/generated.properties");
    int benchEntries = 10_500, isabelle = 50, writers = 50;
    Boolean seal = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--url" -> { url = v; i++; }
        case "--database" -> { url = url.substring(0, url.lastIndexOf('/') + 1) + v; i++; }
        case "--user" -> { user = v; i++; }
        case "--password" -> { password = v; i++; }
        case "--seed" -> { seed = Long.parseLong(v); i++; }
        case "--scale" -> { scale = Double.parseDouble(v); i++; }
        case "--as-of" -> { asOf = LocalDate.parse(v); i++; }
        case "--out" -> { out = Path.of(v); i++; }
        case "--bench-entries" -> { benchEntries = Integer.parseInt(v); i++; }
        case "--seal" -> seal = true;
        case "--no-seal" -> seal = false;
        case "--help", "-h" -> {
          System.out.println("options: --database NAME | --url JDBC_URL, --user, --password, --seed N (15),"
              + " --scale X (1 = 100 000 files), --as-of YYYY-MM-DD (today), --out FILE,"
              + " --bench-entries N (10 500), --seal | --no-seal (V12 audit: seal the new records now)");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
      }
    }
    if (scale <= 0 || scale > 10) throw new IllegalArgumentException("--scale between 0 and 10");
    return new Options(url, user, password, seed, scale, asOf, out, benchEntries, isabelle, writers, seal);
  }

  // ------------------------------------------------------------------ run
  void run() throws Exception {
    System.out.printf("Liaison data generator: seed %d, scale %s, as of %s, into %s%n",
        o.seed(), o.scale(), o.asOf(), o.url());
    try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password())) {
      c.setAutoCommit(false);
      copy = c.unwrap(PGConnection.class).getCopyAPI();
      progress.phase("checking the database");
      var existingIns = preflight(c);
      var usernames = strings(c, "select username from professional where username is not null");
      progress.phase("planning the region in memory");
      m = new Model(o.seed(), o.scale(), o.asOf(), existingIns, usernames, o.benchEntries());
      m.buildDirectory(new ArrayList<>(demo.values()));
      m.buildFiles();
      m.assignCaseManagers(o.isabelleFiles());
      m.buildTeams();
      m.placeDemoUsers(demo, o.writers());
      double s = o.scale();
      m.allocateActivity(Math.round(1_000_000 * s), Math.round(30_000 * s), Math.round(100_000 * s),
          Math.round(200_000 * s), Math.max(1, Math.round(5_000 * s)));
      System.out.printf("[%s]   %,d structures, %,d professionals, %,d files planned%n",
          progress.elapsed(), m.newStructures.size(), m.newPros.size(), m.files.size());
      try (var st = c.createStatement()) {
        st.execute("set local synchronous_commit = off");
      }
      progress.phase("directory");
      structures();
      professionals();
      progress.phase("coordination files");
      files();
      statusChanges();
      contacts();
      members();
      progress.phase("logbook");
      entries();
      receipts(c);
      progress.phase("care plans");
      carePlans();
      progress.phase("forms");
      forms();
      progress.phase("agenda");
      appointments();
      meetings();
      progress.phase("audit trail (chained by the database)");
      audit(c);
      try (var st = c.createStatement()) {
        st.execute("comment on database \"" + dbName(c).replace("\"", "\"\"") + "\" is '"
            + MARKER + " seed=" + o.seed() + " scale=" + o.scale() + " as-of=" + o.asOf()
            + " at=" + Instant.now() + "'");
      }
      progress.phase("commit");
      c.commit();
      c.setAutoCommit(true);
      progress.phase("analyze");
      try (var st = c.createStatement()) {
        for (var t : progress.counts.keySet()) {
          if (!t.startsWith("gen_")) st.execute("analyze " + t);
        }
        st.execute("analyze audit_record");
        st.execute("analyze audit_chain_head");
      }
      if (sealedLater) {
        seal(c);
      }
    }
    writeProperties();
  }

  private static String dbName(Connection c) throws SQLException {
    try (var st = c.createStatement(); var rs = st.executeQuery("select current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private Set<String> preflight(Connection c) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("select pg_advisory_xact_lock(15015015)");
      try (var rs = st.executeQuery(
          "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")) {
        rs.next();
        var comment = rs.getString(1);
        if (comment != null && comment.startsWith(MARKER)) {
          throw new Refusal("this database was already filled by the generator (" + comment + ").\n"
              + "To start over: wildfly-config/stack/liaison.sh reset, then start the stack again"
              + " (the app recreates the schema and the demo data at boot).");
        }
      }
      try (var rs = st.executeQuery("select to_regclass('appointment') is not null, to_regclass('form_submission') is not null")) {
        rs.next();
        if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
          throw new Refusal("the schema is not there (or older than V11): start the stack once so that"
              + " Flyway migrates the database, then run the generator.");
        }
      }
      var first = Ids.uuid(o.seed(), Ids.STRUCTURE, 2, 0);
      try (var rs = st.executeQuery("select count(*) from structure where id = '" + first + "'")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new Refusal("the generated structures of seed " + o.seed() + " are already in this database."
              + " To start over: wildfly-config/stack/liaison.sh reset.");
        }
      }
      try (var rs = st.executeQuery(
          "select id, structure_id, username, first_name, last_name, profession from professional"
              + " where id::text like '9b000000-0000-4000-8000-0000000000%' order by id")) {
        while (rs.next()) {
          var p = new Pro();
          p.id = (UUID) rs.getObject(1);
          p.structureId = (UUID) rs.getObject(2);
          p.username = rs.getString(3);
          p.first = rs.getString(4);
          p.last = rs.getString(5);
          p.profession = rs.getString(6);
          p.demo = true;
          demo.put(p.id, p);
        }
      }
      for (var id : List.of(Model.ISABELLE, Model.PAUL, Model.LUCIE, Model.HENRI, Model.CLAIRE,
          Model.SOPHIE, Model.MARC, Model.NADIA, Model.THOMAS)) {
        if (!demo.containsKey(id)) {
          throw new Refusal("the demo directory is missing (professional " + id + "): run the stack with"
              + " LIAISON_DEMO_DATA=true (liaison.sh run does) before generating.");
        }
      }
    }
    try (var st = c.createStatement();
        var rs = st.executeQuery("select to_regproc('audit_seal') is not null")) {
      rs.next();
      sealedLater = rs.getBoolean(1);
    }
    if (sealedLater) {
      try (var st = c.createStatement();
          var rs = st.executeQuery("select count(*) from audit_record where hash is null")) {
        rs.next();
        unsealedBefore = rs.getLong(1);
      }
    }
    return strings(c, "select ins from coordination_file where ins is not null");
  }

  /**
   * With audit records sealed after commit (V12), the new records wait for the application's
   * sealer. When nothing else was waiting before this run (the sealer keeps up) or with --seal, they
   * are sealed at once, as AuditSealer does it: audit_seal in batches of 5 000, one transaction
   * each, leaving the work to another sealer if one is at it.
   */
  private void seal(Connection c) throws SQLException {
    boolean now = o.seal() != null ? o.seal() : unsealedBefore == 0;
    if (!now) {
      System.out.printf("[%s] audit: %,d records were already waiting to be sealed before this run;"
          + " the application's sealer chains them and these (or run with --seal)%n", progress.elapsed(), unsealedBefore);
      return;
    }
    progress.phase("audit: sealing the new records into their chains (audit_seal, batches of 5 000)");
    long total = 0;
    try (var st = c.createStatement()) {
      while (true) {
        int n;
        try (var rs = st.executeQuery("select audit_seal(5000, false)")) {
          rs.next();
          n = rs.getInt(1);
        }
        if (n < 0) {
          System.out.printf("[%s]   another sealer is at work: it takes the rest%n", progress.elapsed());
          break;
        }
        total += n;
        if (total % 50_000 < 5_000 || n < 5000) progress.rows("audit_record sealed", total);
        if (n < 5000) break;
      }
    }
  }

  private static Set<String> strings(Connection c, String sql) throws SQLException {
    var out = new HashSet<String>();
    try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private Copy copy(String table, String columns) throws SQLException {
    return new Copy(copy, table, columns, progress);
  }

  // ------------------------------------------------------------------ directory
  private void structures() throws SQLException {
    try (var w = copy("structure", "id, name, type, commune, postal_code, phone, email, version")) {
      for (var s : m.newStructures) {
        w.id(s.id).text(s.name).text(s.type).text(s.commune).text(s.postalCode).text(s.phone).text(s.email).num(0).end();
      }
    }
  }

  private void professionals() throws SQLException {
    try (var w = copy("professional", "id, structure_id, username, first_name, last_name, profession, rpps, email, phone, version")) {
      for (var p : m.newPros) {
        w.id(p.id).id(p.structureId).text(p.username).text(p.first).text(p.last).text(p.profession)
            .text(p.rpps).text(p.email).text(p.phone).num(0).end();
      }
    }
  }

  // ------------------------------------------------------------------ files
  private void files() throws SQLException {
    try (var w = copy("coordination_file", "id, structure_id, first_name, last_name, birth_date, sex, address_line,"
        + " postal_code, city, ins, opened_at, opened_by, version, ins_status, phone, status, status_since,"
        + " referral_origin, referral_detail, catchment_area, case_manager_id, consent_given_by,"
        + " consent_relationship, consent_given_on, consent_scope, consent_withdrawn_on, consent_withdrawal_reason")) {
      for (var f : m.files) {
        w.id(f.id).id(f.terr.id).text(f.first).text(f.last).date(f.birth).text(f.sex).text(f.address)
            .text(f.commune.postalCode()).text(f.commune.name()).text(f.ins).at(f.openedAt).id(f.cm.id)
            .num(f.steps.size() - 1).text(f.insStatus).text(f.phone).text(f.status).date(f.statusSince)
            .text(f.origin).text(f.originDetail).text(f.area.name()).id(f.cm.id).text(f.consentBy)
            .text(f.consentRelationship).date(f.consentOn).text(f.consentScope).date(f.consentWithdrawnOn)
            .text(f.consentWithdrawnOn == null ? null : "Ne souhaite plus que ses données soient partagées.")
            .end();
        audit.add(new String[] {f.openedAt.toString(), f.cm.id.toString(), f.cm.username, f.id.toString(),
            "CREATE", "coordination-file", null});
      }
    }
  }

  private void statusChanges() throws SQLException {
    try (var w = copy("case_status_change", "id, file_id, from_status, to_status, effective_on, recorded_at,"
        + " recorded_by, recorded_by_name, reason, exit_reason")) {
      for (var f : m.files) {
        var r = Ids.rng(o.seed(), Ids.STATUS_CHANGE, f.index);
        for (int k = 0; k < f.steps.size(); k++) {
          var s = f.steps.get(k);
          Instant at = k == 0 ? f.openedAt : Model.at(s.on(), 9 * 60 + r.nextInt(9 * 60));
          String exitReason = null;
          String reason = switch (s.to()) {
            case "REQUEST_ANALYSIS" -> "File opened";
            case "INCLUDED" -> Texts.pick(r, Texts.REASON_INCLUDED);
            case "REORIENTED_T1" -> Texts.pick(r, Texts.REASON_REORIENTED_T1);
            case "REORIENTED_T2" -> Texts.pick(r, Texts.REASON_REORIENTED_T2);
            case "DISCHARGED" -> {
              int i = r.nextInt(Texts.REASON_DISCHARGED.length);
              exitReason = Texts.EXIT_REASONS[i];
              yield Texts.REASON_DISCHARGED[i];
            }
            default -> Texts.pick(r, Texts.REASON_DECEASED);
          };
          w.id(Ids.uuid(o.seed(), Ids.STATUS_CHANGE, f.index, k)).id(f.id).text(s.from()).text(s.to())
              .date(s.on()).at(at).id(f.cm.id).text(f.cm.name()).text(reason).text(exitReason).end();
        }
      }
    }
  }

  private void contacts() throws SQLException {
    try (var w = copy("file_contact", "id, file_id, kind, name, relationship, phone, email, added_at")) {
      for (var f : m.files) {
        var r = Ids.rng(o.seed(), Ids.CONTACT, f.index);
        if (r.nextDouble() < 0.7) {
          boolean daughter = r.nextDouble() < 0.6;
          var first = Texts.pick(r, daughter ? Texts.FEMALE_YOUNG : Texts.MALE_YOUNG);
          var last = r.nextDouble() < 0.7 ? f.last : Texts.zipf(r, Texts.LAST);
          var rel = r.nextDouble() < 0.8 ? (daughter ? "Fille" : "Fils") : (daughter ? "Nièce" : "Neveu");
          rel += Texts.pick(r, new String[] {"", ", passe le samedi", ", habite à côté", ", appeler le soir", ", travaille à Paris"});
          w.id(Ids.uuid(o.seed(), Ids.CONTACT, f.index, 0)).id(f.id).text("FAMILY_CAREGIVER").text(first + " " + last)
              .text(rel).text(Texts.phone(r, true, null))
              .text(r.nextDouble() < 0.4 ? Texts.ascii(first) + "." + Texts.ascii(last) + "@example.org" : null)
              .at(f.openedAt.plusSeconds(600)).end();
        }
        if (r.nextDouble() < 0.25) {
          var name = Texts.pick(r, Texts.FEMALE_OLD) + " " + Texts.zipf(r, Texts.LAST);
          w.id(Ids.uuid(o.seed(), Ids.CONTACT, f.index, 1)).id(f.id).text("EMERGENCY_CONTACT").text(name)
              .text(Texts.pick(r, new String[] {"Voisine, a les clés", "Amie de longue date", "Gardienne de l'immeuble"}))
              .text(Texts.phone(r, false, null)).nul().at(f.openedAt.plusSeconds(720)).end();
        }
      }
    }
  }

  private void members() throws SQLException {
    try (var w = copy("care_team_member", "id, file_id, professional_id, role, since, until, added_by, added_at,"
        + " version, ended_at, ended_by, end_reason")) {
      for (var f : m.files) {
        for (int k = 0; k < f.team.size(); k++) {
          var mb = f.team.get(k);
          w.id(Ids.uuid(o.seed(), Ids.MEMBER, f.index, k)).id(f.id).id(mb.pro.id).text(mb.role).date(mb.since)
              .nul().id(f.cm.id).at(mb.addedAt).num(mb.endedAt == null ? 0 : 1).at(mb.endedAt)
              .id(mb.endedAt == null ? null : f.cm.id).text(mb.endReason).end();
        }
      }
    }
  }

  // ------------------------------------------------------------------ logbook
  private static final Map<String, double[]> CATEGORY_BY_ROLE = Map.of(
      "HOME_AIDE", new double[] {2, 25, 30, 20, 6, 4, 4, 9},
      "NURSE", new double[] {40, 8, 5, 8, 5, 30, 1, 3},
      "OTHER", new double[] {10, 45, 10, 15, 8, 5, 2, 5},
      "CASE_MANAGER", new double[] {3, 2, 4, 15, 4, 4, 50, 18},
      "GP", new double[] {30, 0, 3, 10, 6, 40, 3, 8},
      "PHYSIOTHERAPIST", new double[] {50, 0, 0, 15, 25, 0, 0, 10},
      "SOCIAL_WORKER", new double[] {0, 0, 2, 10, 0, 0, 80, 8},
      "PHARMACIST", new double[] {10, 0, 0, 0, 0, 85, 0, 5});
  private static final Map<String, Double> WRITING_BY_ROLE = Map.of(
      "HOME_AIDE", 35.0, "NURSE", 30.0, "CASE_MANAGER", 14.0, "GP", 6.0, "PHYSIOTHERAPIST", 5.0,
      "SOCIAL_WORKER", 4.0, "PHARMACIST", 3.0, "OTHER", 8.0);

  private void entries() throws SQLException {
    try (var w = copy("logbook_entry", "id, file_id, author_id, author_name, author_role, category, text,"
        + " important, written_at, corrects_id")) {
      for (var f : m.files) {
        if (f.entries == 0) continue;
        var r = Ids.rng(o.seed(), Ids.ENTRY, f.index);
        var writers = f.team.stream().filter(x -> x.pro.username != null).toList();
        double[] weight = new double[writers.size()];
        for (int i = 0; i < weight.length; i++) {
          var x = writers.get(i);
          weight[i] = WRITING_BY_ROLE.getOrDefault(x.role, 5.0)
              * (1 + f.endDay.toEpochDay() - x.since.toEpochDay());
        }
        var ids = new UUID[f.entries];
        var times = new Instant[f.entries];
        var authors = new int[f.entries];
        var latest = Model.at(f.endDay, 23 * 60);
        for (int k = 0; k < f.entries; k++) {
          int a = Model.weighted(r, weight);
          var x = writers.get(a);
          var id = Ids.uuid(o.seed(), Ids.ENTRY, f.index, k);
          UUID corrects = null;
          Instant at;
          String text;
          int cat;
          if (k >= 5 && r.nextDouble() < 0.003) {
            int j = r.nextInt(k);
            corrects = ids[j];
            a = authors[j];
            x = writers.get(a);
            at = times[j].plusSeconds(60L * (30 + r.nextInt(600)));
            if (at.isAfter(latest)) at = latest;
            cat = Model.weighted(r, CATEGORY_BY_ROLE.get(x.role));
            text = "Correction : " + Texts.entry(r, cat, f.first, f.female());
          } else {
            var day = Model.between(r, x.since, f.endDay);
            at = Model.at(day, 7 * 60 + r.nextInt(13 * 60)).plusSeconds(r.nextInt(60));
            cat = Model.weighted(r, CATEGORY_BY_ROLE.get(x.role));
            text = Texts.entry(r, cat, f.first, f.female());
          }
          ids[k] = id;
          times[k] = at;
          authors[k] = a;
          boolean important = cat == 4 ? r.nextDouble() < 0.55 : r.nextDouble() < 0.04;
          w.id(id).id(f.id).id(x.pro.id).text(x.pro.name()).text(x.role).text(Texts.CATEGORIES[cat])
              .text(text).bool(important).at(at).id(corrects).end();
        }
      }
    }
  }

  /**
   * Read receipts, set-based: each entry is read by about 80 % of the members who log in and were
   * in the team when it was written (not its author), minutes to two days later. Without them the
   * benchmark read an empty receipts table that its own run filled (docs/benchmarks.md). Chosen by
   * a hash of entry and reader: the same seed gives the same receipts.
   */
  private void receipts(Connection c) throws SQLException {
    var files = m.files.stream().filter(f -> f.entries > 0).map(f -> f.id).toArray(UUID[]::new);
    try (var ps = c.prepareStatement(
        "insert into logbook_read (entry_id, professional_id, read_at)"
            + " select e.id, t.professional_id,"
            + "   least(e.written_at + make_interval(mins => 5 + x.h % 2880), ?)"
            + " from logbook_entry e"
            + " join care_team_member t on t.file_id = e.file_id and t.professional_id <> e.author_id"
            + " join professional p on p.id = t.professional_id and p.username is not null"
            + " cross join lateral (select abs(hashtext(e.id::text || t.professional_id::text)) h) x"
            + " where e.file_id = any(?)"
            + "   and t.since <= cast(e.written_at at time zone 'Europe/Paris' as date)"
            + "   and (t.ended_at is null or t.ended_at > e.written_at) and x.h % 10 < 8"
            + " on conflict do nothing")) {
      ps.setTimestamp(1, java.sql.Timestamp.from(Model.at(o.asOf(), 23 * 60)));
      ps.setArray(2, c.createArrayOf("uuid", files));
      progress.done("logbook_read", ps.executeUpdate());
    }
  }

  // ------------------------------------------------------------------ care plans
  private record VersionRow(UUID id, UUID plan, int number, String status, String content, Instant created,
      Pro by, Instant validated, Pro validator) {}

  private record ReviewRow(UUID id, UUID plan, LocalDate due, String purpose, Pro by, Instant scheduled,
      LocalDate held, String outcome, Pro recorder) {}

  private void carePlans() throws SQLException {
    var versions = new ArrayList<VersionRow>();
    var reviews = new ArrayList<ReviewRow>();
    try (var w = copy("care_plan", "id, file_id, revision, started_at, started_by")) {
      for (var f : m.files) {
        if (!f.plan) continue;
        var r = Ids.rng(o.seed(), Ids.PLAN, f.index);
        var planId = Ids.uuid(o.seed(), Ids.PLAN, f.index);
        var gp = f.member("GP");
        var starter = r.nextDouble() < 0.3 && gp != null && gp.pro.username != null ? gp.pro : f.cm;
        var startDay = Model.min(f.t1Date.plusDays(2 + r.nextInt(24)), f.endDay);
        var startedAt = Model.at(startDay, 9 * 60 + r.nextInt(8 * 60));
        long span = Math.max(1, f.endDay.toEpochDay() - startDay.toEpochDay());
        int count = (int) Math.min(4, 1 + span / 200 + r.nextInt(2));
        var plan = new CarePlans.Plan();
        int problems = 2 + r.nextInt(3);
        int item = 0;
        for (var k : CarePlans.pickProblems(r, problems)) {
          var c = CarePlans.CATALOG[Integer.parseInt(k)];
          var pid = Ids.uuid(o.seed(), Ids.PLAN_ITEM, f.index, item++);
          var gid = Ids.uuid(o.seed(), Ids.PLAN_ITEM, f.index, item++);
          plan.problems.add(new String[] {pid.toString(), c[0], c[1], gid.toString(), c[2]});
          int actions = 1 + r.nextInt(2);
          for (int i = 0; i < actions; i++) {
            var a = new CarePlans.Action();
            a.id = Ids.uuid(o.seed(), Ids.PLAN_ITEM, f.index, item++);
            a.goalId = gid;
            a.description = c[3 + 2 * i];
            a.assignee = assignee(f, c[4 + 2 * i]);
            a.dueOn = startDay.plusDays(30 + r.nextInt(150));
            a.status = r.nextDouble() < 0.15 ? "IN_PROGRESS" : "PLANNED";
            plan.actions.add(a);
          }
        }
        int revision = 0;
        Instant lastValidated = null;
        for (int v = 1; v <= count; v++) {
          var createdDay = startDay.plusDays((v - 1) * span / count);
          var created = v == 1 ? startedAt : Model.at(createdDay, 9 * 60 + r.nextInt(8 * 60));
          if (v > 1) {
            for (var a : plan.actions) {
              if (a.status.equals("PLANNED") || a.status.equals("IN_PROGRESS")) {
                double u = r.nextDouble();
                a.status = u < 0.55 ? "DONE" : u < 0.65 ? "CANCELLED" : u < 0.85 ? "IN_PROGRESS" : a.status;
              }
            }
            if (r.nextDouble() < 0.5) {
              var pr = plan.problems.get(r.nextInt(plan.problems.size()));
              var a = new CarePlans.Action();
              a.id = Ids.uuid(o.seed(), Ids.PLAN_ITEM, f.index, item++);
              a.goalId = UUID.fromString(pr[3]);
              a.description = Texts.pick(r, new String[] {"Réévaluer les aides en place", "Point téléphonique avec la famille",
                  "Renouveler la demande de portage de repas", "Bilan infirmier de suivi", "Réévaluer le plan d'aide APA"});
              a.assignee = assignee(f, r.nextBoolean() ? "CASE_MANAGER" : "NURSE");
              a.dueOn = createdDay.plusDays(30 + r.nextInt(120));
              a.status = "PLANNED";
              plan.actions.add(a);
            }
          }
          var content = CarePlans.json(plan);
          var validatedDay = createdDay.plusDays(3 + r.nextInt(18));
          boolean draft = v == count && ((f.active() && r.nextDouble() < 0.3) || validatedDay.isAfter(f.endDay));
          var validator = gp != null && gp.pro.username != null ? gp.pro : f.cm;
          Instant validated = draft ? null : Model.at(Model.min(validatedDay, f.endDay), 8 * 60 + r.nextInt(10 * 60));
          if (validated != null && !validated.isAfter(created)) validated = created.plusSeconds(3600);
          versions.add(new VersionRow(Ids.uuid(o.seed(), Ids.PLAN_VERSION, f.index, v), planId, v,
              draft ? "DRAFT" : "VALIDATED", content, created, v == 1 ? starter : f.cm, validated,
              draft ? null : validator));
          revision += draft ? 1 : 2;
          if (validated != null && lastValidated == null) lastValidated = validated;
        }
        if (lastValidated != null) {
          var first = Model.at(Model.min(startDay.plusDays(20), f.endDay), 10 * 60);
          var due = startDay.plusDays(90 + r.nextInt(90));
          for (int k = 0; k < 4; k++) {
            boolean past = !due.isAfter(f.endDay) && !due.isAfter(m.lastDay);
            if (!past && !f.active()) break;
            var held = past ? Model.min(due.plusDays(r.nextInt(10)), m.lastDay) : null;
            reviews.add(new ReviewRow(Ids.uuid(o.seed(), Ids.PLAN_REVIEW, f.index, k), planId, due,
                Texts.pick(r, new String[] {"Bilan à trois mois du PPS avec l'équipe", "Bilan à six mois du PPS",
                    "Réévaluation de la situation avec la famille", "Bilan annuel du plan"}),
                f.cm, k == 0 ? first : Model.at(due.minusDays(60), 10 * 60), held,
                held == null ? null : Texts.pick(r, new String[] {
                    "Objectifs en partie atteints, plan poursuivi.", "Situation stable, aides maintenues.",
                    "Dégradation de l'autonomie : renforcement des passages.", "Objectifs atteints pour la nutrition ; chutes toujours à surveiller.",
                    "La famille souhaite préparer une entrée en EHPAD."}),
                held == null ? null : f.cm));
            revision += held == null ? 1 : 2;
            if (!past) break;
            due = due.plusDays(150 + r.nextInt(60));
          }
        }
        w.id(planId).id(f.id).num(revision).at(startedAt).id(starter.id).end();
        audit.add(new String[] {startedAt.toString(), starter.id.toString(), starter.username, f.id.toString(),
            "CREATE", "care-plan", "started"});
        plansWritten++;
      }
    }
    try (var w = copy("care_plan_version", "id, plan_id, number, status, content, created_at, created_by,"
        + " created_by_name, validated_at, validated_by, validated_by_name, content_hash")) {
      for (var v : versions) {
        w.id(v.id()).id(v.plan()).num(v.number()).text(v.status()).text(v.content()).at(v.created())
            .id(v.by().id).text(v.by().name()).at(v.validated()).id(v.validator() == null ? null : v.validator().id)
            .text(v.validator() == null ? null : v.validator().name())
            .text(v.validated() == null ? null : CarePlans.sha256(v.content())).end();
      }
    }
    try (var w = copy("care_plan_review", "id, plan_id, due_on, purpose, scheduled_by, scheduled_at, held_on,"
        + " outcome, recorded_by, recorded_by_name, opened_version")) {
      for (var v : reviews) {
        w.id(v.id()).id(v.plan()).date(v.due()).text(v.purpose()).id(v.by().id).at(v.scheduled()).date(v.held())
            .text(v.outcome()).id(v.recorder() == null ? null : v.recorder().id)
            .text(v.recorder() == null ? null : v.recorder().name()).nul().end();
      }
    }
  }

  private CarePlans.Assignee assignee(FileM f, String role) {
    if (role.equals("STRUCTURE")) {
      return new CarePlans.Assignee("STRUCTURE", f.terr.homeCare.id, f.terr.homeCare.name);
    }
    var mb = f.member(role);
    var p = mb != null ? mb.pro : f.cm;
    return new CarePlans.Assignee("PROFESSIONAL", p.id, p.name());
  }

  // ------------------------------------------------------------------ forms
  /**
   * The questions of the ten variables the generator answers, as the template asks them: the six
   * variables the grid splits (cohérence … élimination) by their sub-variables, then transferts,
   * déplacements intérieurs, extérieurs and alerter.
   */
  private static final String[][] AGGIR_QUESTIONS = {
    {"coherenceCommunication", "coherenceComportement"}, {"orientationTemps", "orientationEspace"},
    {"toiletteHaut", "toiletteBas"}, {"habillageHaut", "habillageMoyen", "habillageBas"},
    {"alimentationSeServir", "alimentationManger"}, {"eliminationUrinaire", "eliminationFecale"},
    {"transferts"}, {"deplacementsInterieur"}, {"deplacementsExterieur"}, {"alerter"}
  };
  private static final String[] GIR_BANDS = {
    "dépendance totale", "dépendance sévère", "dépendance corporelle importante",
    "dépendance partielle", "aide ponctuelle", "autonome pour les actes essentiels"
  };

  private void forms() throws SQLException, IOException {
    String definition;
    try (InputStream in = Generator.class.getResourceAsStream("/forms/aggir.json")) {
      definition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var created = Model.at(m.windowStart.minusDays(7), 9 * 60);
    try (var w = copy("form", "id, structure_id, title, description, template_key, archived_at, created_at, created_by, version")) {
      for (var t : m.terrs) {
        t.formId = Ids.uuid(o.seed(), Ids.FORM, t.index);
        w.id(t.formId).id(t.id).text("Grille AGGIR")
            .text("Autonomie gérontologique : les huit variables discriminantes donnent le GIR (1 à 6) par l'algorithme officiel.")
            .text("aggir").nul().at(created).id(t.coordinator.id).num(0).end();
      }
    }
    try (var w = copy("form_version", "id, form_id, number, status, definition, updated_at, updated_by, published_at, published_by, version")) {
      for (var t : m.terrs) {
        t.formVersionId = Ids.uuid(o.seed(), Ids.FORM_VERSION, t.index);
        w.id(t.formVersionId).id(t.formId).num(1).text("PUBLISHED").text(definition).at(created)
            .id(t.coordinator.id).at(created.plusSeconds(600)).id(t.coordinator.id).num(1).end();
      }
    }
    try (var w = copy("form_submission", "id, form_id, form_version_id, file_id, status, answers, scores, created_by,"
        + " created_by_name, created_at, updated_at, submitted_at, version")) {
      var codes = new char[10];
      for (var f : m.files) {
        if (f.submissions == 0) continue;
        var r = Ids.rng(o.seed(), Ids.SUBMISSION, f.index);
        double cognitive = r.nextDouble() < 0.3 ? 0.45 : 0;
        for (int k = 0; k < f.submissions; k++) {
          LocalDate day;
          if (k == 0) {
            day = f.opened.plusDays(r.nextInt((int) Math.min(20, f.analysisDays()) + 1));
          } else if (f.everIncluded()) {
            day = f.t1Date.plusDays(k * f.includedDays() / f.submissions);
          } else {
            day = f.opened.plusDays(k * f.analysisDays() / (f.submissions + 1));
          }
          day = Model.min(day, f.endDay);
          double dep = f.dependency + 0.12 * k;
          var answers = new StringBuilder("{");
          for (int v = 0; v < 10; v++) {
            var parts = new char[AGGIR_QUESTIONS[v].length];
            for (int p = 0; p < parts.length; p++) {
              double x = dep + (v < 2 ? cognitive : 0) + (v >= 8 ? 0.2 : 0) + 0.35 * Model.gauss(r);
              parts[p] = x < 0.55 ? 'A' : x < 0.95 ? 'B' : 'C';
              if (answers.length() > 1) answers.append(',');
              answers.append('"').append(AGGIR_QUESTIONS[v][p]).append("\":\"").append(parts[p]).append('"');
            }
            codes[v] = v < 6 ? Aggir.combine(v, parts) : parts[0];
          }
          int gir = Aggir.gir(codes);
          answers.append('}');
          var scores = "[{\"band\":\"" + GIR_BANDS[gir - 1] + "\",\"id\":\"gir\",\"label\":\"GIR (groupe iso-ressources)\",\"value\":" + gir + "}]";
          var createdAt = Model.at(day, 9 * 60 + r.nextInt(8 * 60));
          var updated = createdAt.plusSeconds(60L * (5 + r.nextInt(55)));
          boolean draft = f.active() && k == f.submissions - 1 && r.nextDouble() < 0.05;
          w.id(Ids.uuid(o.seed(), Ids.SUBMISSION, f.index, k)).id(f.terr.formId).id(f.terr.formVersionId).id(f.id)
              .text(draft ? "DRAFT" : "SUBMITTED").text(answers.toString()).text(scores).id(f.cm.id).text(f.cm.name())
              .at(createdAt).at(updated).at(draft ? null : updated).num(draft ? 1 : 2).end();
        }
      }
    }
  }

  // ------------------------------------------------------------------ agenda
  private static final Map<String, String[]> TITLES = Map.of(
      "GP", new String[] {"Consultation de suivi", "Renouvellement des traitements", "Consultation à domicile"},
      "NURSE", new String[] {"Soins infirmiers", "Pansement", "Prise de sang à domicile", "Pilulier, tension, surveillance du poids"},
      "HOME_AIDE", new String[] {"Aide au repas et aux courses", "Aide à la toilette", "Entretien du logement et linge"},
      "PHYSIOTHERAPIST", new String[] {"Séance de kinésithérapie", "Rééducation à la marche"},
      "CASE_MANAGER", new String[] {"Visite d'évaluation à domicile", "Visite de suivi de gestion de cas"},
      "SOCIAL_WORKER", new String[] {"Entretien social : dossier APA", "Visite à domicile de l'assistante sociale"},
      "PHARMACIST", new String[] {"Bilan partagé de médication"},
      "OTHER", new String[] {"Aide à la toilette (SSIAD)", "Soins d'hygiène (SSIAD)"});
  private static final Map<String, Double> AGENDA_BY_ROLE = Map.of(
      "NURSE", 30.0, "HOME_AIDE", 25.0, "GP", 20.0, "PHYSIOTHERAPIST", 10.0, "CASE_MANAGER", 8.0,
      "SOCIAL_WORKER", 4.0, "PHARMACIST", 2.0, "OTHER", 6.0);

  private static LocalDate workday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) return d.plusDays(2);
    if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return d.plusDays(1);
    return d;
  }

  private void appointments() throws SQLException {
    var now = Model.at(m.lastDay, 18 * 60);
    try (var w = copy("appointment", "id, kind, file_id, title, location, performer_kind, performer_id, start_local,"
        + " time_zone, duration_minutes, rrule, starts_at, ends_at, reminder_minutes, created_by, created_at,"
        + " cancelled_at, revision")) {
      for (var f : m.files) {
        if (f.appointments == 0) continue;
        var r = Ids.rng(o.seed(), Ids.APPOINTMENT, f.index);
        double[] weight = new double[f.team.size()];
        for (int i = 0; i < weight.length; i++) weight[i] = AGENDA_BY_ROLE.getOrDefault(f.team.get(i).role, 3.0);
        var horizon = f.active() ? m.lastDay.plusDays(60) : f.endDay;
        var home = f.address + ", " + f.commune.postalCode() + " " + f.commune.name();
        for (int k = 0; k < f.appointments; k++) {
          Member x = k == 0 ? f.team.get(0) : f.team.get(Model.weighted(r, weight));
          LocalDate day = k == 0
              ? Model.min(f.opened.plusDays(2 + r.nextInt(8)), horizon)
              : Model.between(r, x.since, horizon);
          day = workday(day);
          var start = LocalDateTime.of(day, LocalTime.of(8 + r.nextInt(10), 15 * r.nextInt(4)));
          boolean visit = switch (x.role) {
            case "GP" -> r.nextDouble() < 0.4;
            case "SOCIAL_WORKER", "PHARMACIST" -> r.nextBoolean();
            default -> true;
          };
          int duration = switch (x.role) {
            case "HOME_AIDE", "OTHER" -> 60 + 30 * r.nextInt(3);
            case "CASE_MANAGER", "SOCIAL_WORKER" -> 60;
            case "PHARMACIST" -> 45;
            default -> 15 * (1 + r.nextInt(3));
          };
          String rrule = null;
          Instant startsAt = start.atZone(Model.PARIS).toInstant();
          Instant endsAt = startsAt.plusSeconds(60L * duration);
          if ((x.role.equals("NURSE") || x.role.equals("HOME_AIDE") || x.role.equals("OTHER") || x.role.equals("PHYSIOTHERAPIST"))
              && r.nextDouble() < 0.12) {
            int step;
            int count;
            switch (r.nextInt(3)) {
              case 0 -> { rrule = "FREQ=DAILY;COUNT=" + (count = 7 + r.nextInt(24)); step = 1; }
              case 1 -> { rrule = "FREQ=WEEKLY;COUNT=" + (count = 4 + r.nextInt(23)); step = 7; }
              default -> { rrule = "FREQ=WEEKLY;INTERVAL=2;COUNT=" + (count = 3 + r.nextInt(10)); step = 14; }
            }
            var last = start.plusDays((long) step * (count - 1));
            endsAt = last.atZone(Model.PARIS).toInstant().plusSeconds(60L * duration);
            if (f.status.equals("INCLUDED") && r.nextDouble() < 0.15) {
              rrule = "FREQ=WEEKLY;BYDAY=MO,WE,FR";
              endsAt = null;
            }
          }
          boolean structure = x.role.equals("HOME_AIDE") && r.nextDouble() < 0.1;
          var createdAt = startsAt.minusSeconds(86_400L * (1 + r.nextInt(20)));
          if (createdAt.isAfter(now)) createdAt = now.minusSeconds(r.nextInt(36_000));
          if (createdAt.isBefore(f.openedAt)) createdAt = f.openedAt.plusSeconds(1800);
          Instant cancelled = r.nextDouble() < 0.03 ? createdAt.plusSeconds(3600) : null;
          var creator = r.nextDouble() < 0.6 ? f.cm : x.pro.username != null ? x.pro : f.cm;
          var title = Texts.pick(r, TITLES.getOrDefault(x.role, TITLES.get("OTHER")));
          Integer reminder = r.nextDouble() < 0.7 ? null : r.nextBoolean() ? 60 : 1440;
          w.id(Ids.uuid(o.seed(), Ids.APPOINTMENT, f.index, k)).text(visit ? "VISIT" : "APPOINTMENT").id(f.id)
              .text(title).text(visit ? home : x.pro.name() + ", " + f.terr.def.commune())
              .text(structure ? "STRUCTURE" : "PROFESSIONAL").id(structure ? f.terr.homeCare.id : x.pro.id)
              .local(start).text("Europe/Paris").num(duration).text(rrule).at(startsAt).at(endsAt).num(reminder)
              .id(creator.id).at(createdAt).at(cancelled).num(0).end();
        }
      }
    }
  }

  private void meetings() throws SQLException {
    record Patient(UUID meeting, UUID file, String decision) {}
    record Participant(UUID meeting, UUID pro, String answer, Instant answeredAt) {}
    var patients = new ArrayList<Patient>();
    var participants = new ArrayList<Participant>();
    var now = Model.at(m.lastDay, 18 * 60);
    try (var w = copy("appointment", "id, kind, file_id, title, location, performer_kind, performer_id, start_local,"
        + " time_zone, duration_minutes, rrule, starts_at, ends_at, reminder_minutes, agenda, decided_at, decided_by,"
        + " created_by, created_at, cancelled_at, revision")) {
      for (var t : m.terrs) {
        for (int j = 0; j < t.meetings; j++) {
          var r = Ids.rng(o.seed(), Ids.MEETING, t.index * 1_000_000L + j);
          var id = Ids.uuid(o.seed(), Ids.MEETING, t.index, j);
          var day = Model.between(r, m.windowStart, m.asOf.plusDays(30));
          while (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.THURSDAY) day = day.plusDays(1);
          var start = LocalDateTime.of(day, LocalTime.of(14, 0));
          var startsAt = start.atZone(Model.PARIS).toInstant();
          var creator = t.caseManagers.get(r.nextInt(t.caseManagers.size()));
          var createdAt = startsAt.minusSeconds(86_400L * (7 + r.nextInt(14)));
          if (createdAt.isAfter(now)) createdAt = now.minusSeconds(r.nextInt(36_000));
          boolean past = day.isBefore(m.asOf);
          var seen = new HashSet<UUID>();
          var names = new ArrayList<String>();
          var people = new LinkedHashMap<UUID, Pro>();
          people.put(creator.id, creator);
          for (int k = 0; k < 2 && k < t.caseManagers.size(); k++) {
            var cm = t.caseManagers.get(r.nextInt(t.caseManagers.size()));
            people.putIfAbsent(cm.id, cm);
          }
          int wanted = 1 + r.nextInt(5);
          String areaName = t.def.areas().get(0).name();
          for (int tries = 0; tries < 60 && seen.size() < wanted && !t.files.isEmpty(); tries++) {
            var f = t.files.get(r.nextInt(t.files.size()));
            if (f.opened.isAfter(day) || f.endDay.isBefore(day) || !seen.add(f.id)) continue;
            if (seen.size() == 1) areaName = f.area.name();
            names.add((f.female() ? "Mme " : "M. ") + f.last.charAt(0) + ".");
            patients.add(new Patient(id, f.id, past ? Texts.pick(r, Texts.MEETING_DECISIONS) : null));
            for (var mb : f.team) {
              if ((mb.role.equals("GP") || mb.role.equals("NURSE")) && people.size() < 8 && r.nextDouble() < 0.5) {
                people.putIfAbsent(mb.pro.id, mb.pro);
              }
            }
          }
          for (var p : people.values()) {
            String answer;
            Instant answered = null;
            if (p == creator) {
              answer = "ACCEPTED";
              answered = createdAt;
            } else {
              double u = r.nextDouble();
              answer = past ? (u < 0.8 ? "ACCEPTED" : u < 0.95 ? "DECLINED" : "PENDING") : (u < 0.5 ? "PENDING" : "ACCEPTED");
              if (!answer.equals("PENDING")) {
                answered = createdAt.plusSeconds(3600L * (1 + r.nextInt(72)));
                if (answered.isAfter(now)) answered = now;
              }
            }
            participants.add(new Participant(id, p.id, answer, answered));
          }
          var agenda = names.isEmpty() ? "Point sur les situations en cours." : "Situations présentées : " + String.join(", ", names) + ".";
          w.id(id).text("MEETING").nul().text("RCP gestion de cas — " + areaName)
              .text(t.def.name() + ", salle de réunion, " + t.def.commune()).nul().nul().local(start)
              .text("Europe/Paris").num(90).nul().at(startsAt).at(startsAt.plusSeconds(5400)).num(r.nextBoolean() ? 1440 : null)
              .text(agenda).at(past ? startsAt.plusSeconds(5700) : null).id(past ? creator.id : null)
              .id(creator.id).at(createdAt).nul().num(0).end();
        }
      }
    }
    try (var w = copy("meeting_patient", "meeting_id, file_id, decision, logbook_entry_id")) {
      for (var p : patients) w.id(p.meeting()).id(p.file()).text(p.decision()).nul().end();
    }
    try (var w = copy("meeting_participant", "meeting_id, professional_id, answer, answered_at, comment")) {
      for (var p : participants) w.id(p.meeting()).id(p.pro()).text(p.answer()).at(p.answeredAt()).nul().end();
    }
  }

  // ------------------------------------------------------------------ audit
  /**
   * One CREATE per file and per care plan, as the application writes them. Only the ordinary
   * columns are given: the database fills in the chain (chain_seq, prev_hash, hash), whichever way
   * it does it.
   */
  private void audit(Connection c) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("create temp table gen_audit (occurred_at timestamptz, actor_id uuid, actor_username varchar(100),"
          + " file_id uuid, action varchar(10), resource varchar(40), detail varchar(500)) on commit drop");
    }
    try (var w = copy("gen_audit", "occurred_at, actor_id, actor_username, file_id, action, resource, detail")) {
      for (var a : audit) {
        w.at(Instant.parse(a[0])).id(UUID.fromString(a[1])).text(a[2]).id(UUID.fromString(a[3])).text(a[4])
            .text(a[5]).text(a[6]).end();
      }
    }
    try (var st = c.createStatement()) {
      int n = st.executeUpdate("insert into audit_record (occurred_at, actor_id, actor_username, file_id, action,"
          + " resource, detail, emergency) select occurred_at, actor_id, actor_username, file_id, action, resource,"
          + " detail, false from gen_audit order by file_id, occurred_at");
      progress.done("audit_record", n);
    }
  }

  // ------------------------------------------------------------------ the ids the benchmark needs
  private void writeProperties() throws IOException {
    var b = m.benchFile;
    var t0 = m.terrs.get(0);
    var isabelle = t0.files.stream().filter(f -> f.active() && f.cm.id.equals(Model.ISABELLE)).toList();
    var p = new StringBuilder();
    p.append("# Written by bench/generate.sh (liaison data generator). Do not edit: regenerate.\n");
    p.append("seed=").append(o.seed()).append('\n');
    p.append("scale=").append(o.scale()).append('\n');
    p.append("as-of=").append(o.asOf()).append('\n');
    p.append("database.url=").append(o.url()).append('\n');
    p.append("elapsed.seconds=").append(String.format(java.util.Locale.ROOT, "%.1f", progress.seconds())).append('\n');
    p.append("\n# (a) the file with a long logbook; its care team holds the demo users\n");
    p.append("bench.file.id=").append(b.id).append('\n');
    p.append("bench.file.patient=").append(b.first).append(' ').append(b.last).append('\n');
    p.append("bench.file.entries=").append(b.entries).append('\n');
    p.append("bench.file.team=").append(b.team.stream().filter(x -> x.pro.username != null)
        .map(x -> x.pro.username + ":" + x.role).collect(Collectors.joining(","))).append('\n');
    p.append("heavy.file.ids=").append(java.util.stream.Stream.concat(java.util.stream.Stream.of(b), m.heavyFiles.stream())
        .map(f -> f.id + ":" + f.entries).collect(Collectors.joining(","))).append('\n');
    p.append("\n# (b) DAC Cœur de Loire and the case load of isabelle.martin in it\n");
    p.append("structure.id=").append(t0.id).append('\n');
    p.append("structure.name=").append(t0.def.name()).append('\n');
    p.append("structure.generated.files=").append(t0.files.size()).append('\n');
    p.append("structure.active.files=").append(t0.files.stream().filter(FileM::active).count()).append('\n');
    p.append("case.manager.username=isabelle.martin\n");
    p.append("case.manager.active.files=").append(isabelle.size()).append('\n');
    p.append("case.manager.file.ids=").append(isabelle.stream().map(f -> f.id.toString()).collect(Collectors.joining(","))).append('\n');
    p.append("\n# (c) files where lucie.petit is an active member (HOME_AIDE), one per concurrent writer\n");
    p.append("writer.username=lucie.petit\n");
    p.append("writer.files.count=").append(m.writerFiles.size()).append('\n');
    p.append("writer.file.ids=").append(m.writerFiles.stream().map(f -> f.id.toString()).collect(Collectors.joining(","))).append('\n');
    p.append("\n# rows written per table\n");
    for (var e : progress.counts.entrySet()) {
      if (!e.getKey().startsWith("gen_")) p.append("rows.").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    Files.createDirectories(o.out().toAbsolutePath().getParent());
    Files.writeString(o.out(), p.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Done in " + String.format("%.1f", progress.seconds()) + " s. The ids the benchmark needs ("
        + o.out() + "):");
    System.out.println("  bench file (" + b.entries + " logbook entries): " + b.id);
    System.out.println("  " + t0.def.name() + " " + t0.id + ": " + t0.files.size() + " generated files, isabelle.martin"
        + " case manager of " + isabelle.size() + " active ones");
    System.out.println("  lucie.petit writes in " + m.writerFiles.size() + " files (writer.file.ids)");
  }
}

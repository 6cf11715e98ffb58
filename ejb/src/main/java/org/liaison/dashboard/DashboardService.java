package org.liaison.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.audit.FileAccess;
import org.liaison.careteam.PatientAccess;
import org.liaison.dashboard.DashboardHomeView.StructureRef;
import org.liaison.dashboard.DashboardView.Choice;
import org.liaison.dashboard.DrillView.DrillFile;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.CareClockProvider;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;

/**
 * The activity dashboards: a structure's (its coordinators, admins and data officer), a case
 * manager's own, and the region's (aggregates only, small cells suppressed). Every view, list and
 * export is audited.
 */
@Stateless
public class DashboardService {

  /** The region's audit records are filed under this id: no structure, no patient. */
  public static final UUID REGION_ID = new UUID(0, 0);

  static final ZoneId CARE_ZONE = CareClockProvider.CARE_ZONE;
  private static final int MAX_KEY = 100;

  @Inject private DashboardRepository repository;
  @Inject private DirectoryService directory;
  @Inject private PatientAccess access;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.system(CARE_ZONE);

  public DashboardHomeView home(Caller caller) {
    var scope = scopeOf(caller);
    var structures =
        scope == DashboardScope.REGION
            ? List.<StructureRef>of()
            : List.of(ref(directory.professionalOf(caller)));
    return new DashboardHomeView(scope, structures, caseLoadNorm(), smallCellThreshold());
  }

  public DashboardView structure(
      Caller caller, UUID structureId, DashboardFilter filter, Locale locale) {
    var reader = structureReader(caller, structureId);
    var view = structureView(reader, filter, DashboardTexts.of(locale));
    audit.record(reader.audited(), structureId, AuditAction.READ, "dashboard", detail(view));
    return view;
  }

  public DashboardView region(Caller caller, DashboardFilter filter, Locale locale) {
    var reader = regionReader(caller);
    var view = regionView(filter, DashboardTexts.of(locale));
    audit.record(reader.audited(), REGION_ID, AuditAction.READ, "dashboard", detail(view));
    return view;
  }

  /** The files behind one figure; names only for the files the reader may open. */
  public DrillView files(
      Caller caller,
      UUID structureId,
      DashboardFilter filter,
      String table,
      String row,
      String column,
      Locale locale) {
    keyOf("table", table);
    var reader = structureReader(caller, structureId);
    keyOf("row", row);
    keyOf("column", column);
    var indicator =
        Indicators.find(table)
            .filter(Indicator::drill)
            .orElseThrow(() -> new InvalidInputException("table", "no list of files for " + table));
    if (row == null || row.isBlank()) {
      throw new InvalidInputException("row", "a row of " + table + " is required");
    }
    if (!indicator.rows().isEmpty() && !indicator.rows().contains(row)) {
      throw new InvalidInputException("row", "no row " + row + " in " + table);
    }
    if (column == null || !indicator.columns().contains(column)) {
      throw new InvalidInputException("column", "no column " + column + " in " + table);
    }
    var query = query(reader, reader.filter(filter));
    var ids =
        switch (indicator.buckets()) {
          case COMPARE -> repository.files(indicator, query, column, row, null);
          case CURRENT -> repository.files(indicator, query, "current", row, column);
          case MONTHS -> repository.files(indicator, query, row, row, column);
        };
    var visible = new HashSet<>(access.visibleFileIds(reader.professional().id()));
    var named =
        ids.stream().filter(visible::contains).limit(DashboardRepository.MAX_DRILL).toList();
    long openable = ids.stream().filter(visible::contains).count();
    var files =
        repository.fileSummaries(named).stream()
            .map(
                r ->
                    new DrillFile(
                        (UUID) r[0],
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        (String) r[3],
                        (String) r[4]))
            .toList();
    var texts = DashboardTexts.of(locale);
    audit.record(
        reader.audited(),
        structureId,
        AuditAction.READ,
        "dashboard-files",
        table
            + "/"
            + row
            + "/"
            + column
            + " "
            + query.period().from()
            + ".."
            + query.period().to());
    audit.recordEach(
        named.stream().map(id -> new FileAccess(id, reader.audited())).toList(),
        AuditAction.READ,
        "dashboard-files",
        table + "/" + row + "/" + column);
    return new DrillView(
        table,
        row,
        column,
        texts.title(table) + " — " + texts.row(table, row) + " — " + texts.column(column),
        ids.size(),
        files,
        (int) (ids.size() - openable));
  }

  /** Every table (or one) of a structure's dashboard, or of the region's when id is null. */
  public ExportFile export(
      Caller caller,
      UUID structureId,
      DashboardFilter filter,
      String format,
      String table,
      Locale locale) {
    var texts = DashboardTexts.of(locale);
    keyOf("table", table);
    var kind = DashboardExport.Format.parse(format);
    if (table != null && Indicators.find(table).isEmpty() && !"caseLoadByStructure".equals(table)) {
      throw new InvalidInputException("table", "no table " + table);
    }
    Reader reader;
    DashboardView view;
    if (structureId == null) {
      reader = regionReader(caller);
      view = regionView(filter, texts);
    } else {
      reader = structureReader(caller, structureId);
      view = structureView(reader, filter, texts);
    }
    var file = DashboardExport.write(view, table, kind, texts);
    audit.record(
        reader.audited(),
        structureId == null ? REGION_ID : structureId,
        AuditAction.EXPORT,
        "dashboard-export",
        kind.name().toLowerCase(Locale.ROOT)
            + " "
            + (table == null ? "all" : table)
            + " "
            + detail(view));
    return file;
  }

  /** The structures whose default dashboards are prepared ahead of their readers. */
  public List<UUID> coordinationStructures() {
    return repository.coordinationStructures();
  }

  /**
   * Computes the dashboard a reader gets first (no filter, the last twelve full months) of a
   * coordination structure, or of the region when the id is null, for the readers to come.
   */
  public void prepareDefaultView(UUID structureId) {
    var none = new DashboardFilter(null, null, null, null);
    if (structureId == null) {
      repository.prepare(
          Indicators.region(),
          IndicatorQuery.asked(repository.coordinationStructures(), none, clock));
    } else {
      repository.prepare(
          Indicators.structure(), IndicatorQuery.asked(List.of(structureId), none, clock));
    }
  }

  /** A table, row or column key as asked: short (it is echoed in errors and audited). */
  private static void keyOf(String field, String value) {
    if (value != null && value.length() > MAX_KEY) {
      throw new InvalidInputException(field, "at most " + MAX_KEY + " characters");
    }
  }

  /** Who reads, for which structure (null: the region), with what the role forces. */
  private record Reader(DashboardScope scope, ProfessionalView professional, String username) {

    AuditedActor audited() {
      return new AuditedActor(professional.id(), username, false);
    }

    DashboardFilter filter(DashboardFilter f) {
      return scope == DashboardScope.OWN_CASE_LOAD ? f.withCaseManager(professional.id()) : f;
    }
  }

  private Reader structureReader(Caller caller, UUID structureId) {
    var scope = scopeOf(caller);
    var professional = directory.professionalOf(caller);
    if (scope == DashboardScope.REGION || !professional.structure().id().equals(structureId)) {
      throw new ForbiddenException(
          "not-your-structure", "Only the structure's own professionals read its dashboards.");
    }
    return new Reader(scope, professional, caller.username());
  }

  private Reader regionReader(Caller caller) {
    if (scopeOf(caller) != DashboardScope.REGION) {
      throw new ForbiddenException(
          "not-a-regional-observer", "The regional view is for the health agency's observers.");
    }
    return new Reader(DashboardScope.REGION, directory.professionalOf(caller), caller.username());
  }

  static DashboardScope scopeOf(Caller caller) {
    if (caller.hasRole(Caller.STRUCTURE_ADMIN)
        || caller.hasRole(Caller.DATA_OFFICER)
        || caller.hasRole(Caller.COORDINATOR)) {
      return DashboardScope.STRUCTURE;
    }
    if (caller.hasRole(Caller.REGIONAL_OBSERVER)) {
      return DashboardScope.REGION;
    }
    if (caller.hasRole(Caller.CASE_MANAGER)) {
      return DashboardScope.OWN_CASE_LOAD;
    }
    throw new ForbiddenException(
        "not-a-dashboard-reader",
        "Dashboards are for a structure's coordinators, case managers and regional observers.");
  }

  private DashboardView structureView(Reader reader, DashboardFilter asked, DashboardTexts texts) {
    var structure = reader.professional().structure();
    var filter = reader.filter(asked);
    var query = query(reader, filter);
    var tables = Indicators.structure();
    var computed = repository.cachedFigures(tables, query);
    var figures = computed.figures();
    var caseManagers = repository.caseManagers(structure.id());
    if (reader.scope() == DashboardScope.OWN_CASE_LOAD) {
      caseManagers.keySet().retainAll(List.of(reader.professional().id().toString()));
    }
    var layout = new DashboardTables(texts, query, null, caseLoadNorm(), labels(figures, texts));
    return new DashboardView(
        reader.scope(),
        new StructureRef(structure.id(), structure.name()),
        query.period(),
        query.period().previous(),
        filters(filter),
        new DashboardView.Options(
            computed.areas(),
            caseManagers.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .toList(),
            origins(texts)),
        caseLoadNorm(),
        null,
        computed.at(),
        computed.prepared() ? DashboardPreparation.everyMinutes() : null,
        layout.build(tables, figures));
  }

  private DashboardView regionView(DashboardFilter filter, DashboardTexts texts) {
    if (filter.caseManager() != null) {
      throw new InvalidInputException(
          "caseManager", "the regional view compares structures, not case managers");
    }
    var query = IndicatorQuery.asked(repository.coordinationStructures(), filter, clock);
    var tables = Indicators.region();
    var computed = repository.cachedFigures(tables, query);
    var figures = computed.figures();
    var layout =
        new DashboardTables(
            texts, query, smallCellThreshold(), caseLoadNorm(), labels(figures, texts));
    return new DashboardView(
        DashboardScope.REGION,
        null,
        query.period(),
        query.period().previous(),
        filters(filter),
        new DashboardView.Options(computed.areas(), List.of(), origins(texts)),
        caseLoadNorm(),
        smallCellThreshold(),
        computed.at(),
        computed.prepared() ? DashboardPreparation.everyMinutes() : null,
        layout.build(tables, figures));
  }

  private IndicatorQuery query(Reader reader, DashboardFilter filter) {
    return IndicatorQuery.asked(List.of(reader.professional().structure().id()), filter, clock);
  }

  /** Row labels: the texts, or the names of the professionals, structures and forms shown. */
  private Function<Indicator, Function<String, String>> labels(
      List<Figure> figures, DashboardTexts texts) {
    var keys = figures.stream().map(Figure::row).distinct().toList();
    var professionals = repository.professionalNames(uuidsAmong(keys));
    var structures = repository.structureNames(uuidsAmong(keys));
    var forms = repository.formTitles(uuidsAmong(keys));
    return table ->
        switch (table.rowLabels()) {
          case TEXTS -> key -> texts.row(table.key(), key);
          case PROFESSIONAL -> key -> professionals.getOrDefault(key, key);
          case STRUCTURE -> key -> structures.getOrDefault(key, key);
          case FORM -> key -> forms.getOrDefault(key, key);
          case VERBATIM -> key -> "—".equals(key) ? texts.code(key) : key;
          case MONTH -> texts::month;
        };
  }

  private static List<String> uuidsAmong(List<String> keys) {
    return keys.stream().filter(k -> k != null && k.length() == 36 && k.charAt(8) == '-').toList();
  }

  private static List<Choice> origins(DashboardTexts texts) {
    return java.util.Arrays.stream(org.liaison.coordinationfile.ReferralOrigin.values())
        .map(o -> new Choice(o.name(), texts.code(o.name())))
        .toList();
  }

  private static DashboardView.Filters filters(DashboardFilter f) {
    return new DashboardView.Filters(
        f.area(), f.caseManager(), f.origin() == null ? null : f.origin().name());
  }

  private static String detail(DashboardView view) {
    var f = view.filters();
    return view.period().from()
        + ".."
        + view.period().to()
        + (f.area() == null ? "" : " area=" + f.area())
        + (f.caseManager() == null ? "" : " caseManager=" + f.caseManager())
        + (f.origin() == null ? "" : " origin=" + f.origin());
  }

  private static StructureRef ref(ProfessionalView professional) {
    return new StructureRef(professional.structure().id(), professional.structure().name());
  }

  static int caseLoadNorm() {
    return Integer.getInteger("liaison.dashboard.case-load-norm", 40);
  }

  static int smallCellThreshold() {
    return Integer.getInteger("liaison.dashboard.small-cell-threshold", 5);
  }
}

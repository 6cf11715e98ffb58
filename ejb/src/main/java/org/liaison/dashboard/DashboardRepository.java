package org.liaison.dashboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.kernel.SqlValues;

/**
 * The reads of the dashboards: the indicators' SQL over the other contexts' tables (read only), the
 * labels of their rows and the options of the filters.
 */
@ApplicationScoped
public class DashboardRepository {

  /** A drill-down names at most this many files. */
  static final int MAX_DRILL = 200;

  private static final String SAME_CELL =
      " on x.tbl = s.tbl and x.bucket = s.bucket and x.row_key = s.row_key"
          + " and x.col_key is not distinct from s.col_key";

  @PersistenceContext private EntityManager em;

  /**
   * The figures of the last two minutes, by the query that gave them (WildFly's Infinispan, local
   * to each node, 70-caches.cli and docs/adr/0015).
   */
  @Resource(lookup = "java:jboss/infinispan/cache/liaison/dashboard-figures")
  private Map<String, Computed> recent;

  /**
   * The default views prepared ahead of their readers by {@link DashboardPreparation}, same keys
   * (70-caches.cli, docs/adr/0015).
   */
  @Resource(lookup = "java:jboss/infinispan/cache/liaison/dashboard-prepared")
  private Map<String, Computed> prepared;

  /**
   * Figures, the catchment areas of the structures (the area filter's options), when, and whether
   * they were prepared ahead of the request.
   */
  record Computed(Instant at, List<Figure> figures, List<String> areas, boolean prepared) {}

  /** The figures of the query: the newest of the recent and the prepared ones, or computed now. */
  Computed cachedFigures(List<Indicator> tables, IndicatorQuery q) {
    var key = cacheKey(tables, q);
    var hit = newest(recent.get(key), prepared.get(key));
    if (hit != null) {
      return hit;
    }
    var computed = compute(tables, q, false);
    recent.put(key, computed);
    return computed;
  }

  /** Computes the figures of the query now, for the readers to come. */
  void prepare(List<Indicator> tables, IndicatorQuery q) {
    prepared.put(cacheKey(tables, q), compute(tables, q, true));
  }

  /** What the figures of these tables for this query are kept under. */
  static String cacheKey(List<Indicator> tables, IndicatorQuery q) {
    return tables.stream().map(Indicator::key).collect(Collectors.joining(","))
        + "|"
        + q.cacheKey();
  }

  private Computed compute(List<Indicator> tables, IndicatorQuery q, boolean ahead) {
    return new Computed(
        Instant.now(), figures(tables, q), List.copyOf(areas(q.structures())), ahead);
  }

  private static Computed newest(Computed a, Computed b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.at().isAfter(b.at()) ? a : b;
  }

  /** Every cell of the tables, in one statement: the common CTEs are computed once. */
  List<Figure> figures(List<Indicator> tables, IndicatorQuery q) {
    var sql = figuresSql(tables, prefix(q));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(em.createNativeQuery(sql), sql, q).getResultList();
    return rows.stream()
        .map(
            r ->
                new Figure(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue(),
                    number(r[5]),
                    ((Number) r[6]).longValue(),
                    number(r[7]),
                    number(r[8]),
                    number(r[9])))
        .toList();
  }

  /** The statement of {@link #figures}, also written out for the benchmark's anchor (P7). */
  static String figuresSql(List<Indicator> tables, String prefix) {
    var facts =
        tables.stream()
            .map(t -> "select '" + t.key() + "', " + typed(t))
            .collect(Collectors.joining(" union all "));
    return prefix
        + ", facts(tbl, bucket, row_key, col_key, file_id, value) as materialized ("
        + facts
        // distinct files by hashing, not by sorting each group; statistics where asked only
        + ") select s.tbl, s.bucket, s.row_key, s.col_key, coalesce(c.files, 0), s.total,"
        + " coalesce(st.n, 0), st.mean, st.median, st.p90 from (select tbl, bucket, row_key,"
        + " col_key, sum(value) as total from facts group by 1, 2, 3, 4) s"
        + " left join (select tbl, bucket, row_key, col_key, count(*) as files from ("
        + "select distinct tbl, bucket, row_key, col_key, file_id from facts"
        + " where file_id is not null) d group by 1, 2, 3, 4) c"
        + SAME_CELL.replace("x.", "c.")
        + " left join (select tbl, bucket, row_key, col_key, count(value) as n,"
        + " avg(value) as mean, percentile_cont(0.5) within group (order by value) as median,"
        + " percentile_cont(0.9) within group (order by value) as p90 from facts"
        + " where tbl in ("
        + tables.stream()
            .filter(t -> t.measure() == Indicator.Measure.STATS)
            .map(t -> "'" + t.key() + "'")
            .collect(Collectors.joining(", "))
        + ") group by 1, 2, 3, 4) st"
        + SAME_CELL.replace("x.", "st.");
  }

  /** The distinct files behind one cell. */
  List<UUID> files(Indicator table, IndicatorQuery q, String bucket, String row, String column) {
    var sql =
        prefix(q)
            + ", facts(bucket, row_key, col_key, file_id, value) as ("
            + "select "
            + typed(table)
            + ") select distinct file_id from facts where file_id is not null"
            + " and bucket = :bucket and row_key = :row"
            + (column == null ? "" : " and col_key = :column");
    var query = bind(em.createNativeQuery(sql), sql, q).setParameter("bucket", bucket);
    query.setParameter("row", row);
    if (column != null) {
      query.setParameter("column", column);
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return ids;
  }

  /** Names, birth years, statuses and case managers of files, for a drill-down list. */
  List<Object[]> fileSummaries(Collection<UUID> ids) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select f.id, f.first_name || ' ' || f.last_name,"
                    + " cast(extract(year from f.birth_date) as integer), f.status,"
                    + " p.first_name || ' ' || p.last_name from coordination_file f"
                    + " left join professional p on p.id = f.case_manager_id"
                    + " where f.id = any(cast(:ids as uuid[])) order by f.last_name, f.first_name")
            .setParameter("ids", SqlValues.uuidArray(ids))
            .getResultList();
    return rows;
  }

  Map<String, String> professionalNames(Collection<String> ids) {
    return names("select cast(id as text), first_name || ' ' || last_name from professional", ids);
  }

  Map<String, String> structureNames(Collection<String> ids) {
    return names("select cast(id as text), name from structure", ids);
  }

  Map<String, String> formTitles(Collection<String> ids) {
    return names("select cast(id as text), title from form", ids);
  }

  /** The coordination structures a regional observer sees. */
  List<UUID> coordinationStructures() {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery("select id from structure where type = 'DAC' order by name")
            .getResultList();
    return ids;
  }

  List<String> areas(Collection<UUID> structures) {
    @SuppressWarnings("unchecked")
    List<String> areas =
        em.createNativeQuery(
                "select distinct catchment_area from coordination_file"
                    + " where structure_id = any(cast(:s as uuid[])) and catchment_area is not null"
                    + " order by 1")
            .setParameter("s", SqlValues.uuidArray(structures))
            .getResultList();
    return areas;
  }

  /** Professionals of the structure who are or were case manager of one of its files. */
  Map<String, String> caseManagers(UUID structure) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select cast(p.id as text), p.first_name || ' ' || p.last_name from professional p"
                    + " where p.structure_id = :s and (p.profession = 'CASE_MANAGER'"
                    + " or exists (select 1 from care_team_member m join coordination_file f"
                    + " on f.id = m.file_id where m.professional_id = p.id"
                    + " and m.role = 'CASE_MANAGER' and f.structure_id = :s))"
                    + " order by p.last_name, p.first_name")
            .setParameter("s", structure)
            .getResultList();
    return toMap(rows);
  }

  private Map<String, String> names(String select, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(select + " where cast(id as text) = any(cast(:ids as text[]))")
            .setParameter("ids", ids.stream().collect(Collectors.joining(",", "{", "}")))
            .getResultList();
    return toMap(rows);
  }

  private static Map<String, String> toMap(List<Object[]> rows) {
    var map = new LinkedHashMap<String, String>();
    rows.forEach(r -> map.put((String) r[0], (String) r[1]));
    return map;
  }

  private static String prefix(IndicatorQuery q) {
    var f = q.filter();
    return Indicators.prefix(f.area() != null, f.caseManager() != null, f.origin() != null);
  }

  /** The facts of one table with their types, whatever the first branch of its unions says. */
  private static String typed(Indicator table) {
    return "cast(x.bucket as text), cast(x.row_key as text), cast(x.col_key as text),"
        + " cast(x.file_id as uuid), cast(x.value as numeric) from ("
        + table.facts()
        + ") x(bucket, row_key, col_key, file_id, value)";
  }

  private static Query bind(Query query, String sql, IndicatorQuery q) {
    query
        .setParameter("keys", q.keys())
        .setParameter("froms", q.froms())
        .setParameter("tos", q.tos())
        .setParameter("structures", q.structureIds());
    var f = q.filter();
    if (f.area() != null) {
      query.setParameter("area", f.area());
    }
    if (f.origin() != null) {
      query.setParameter("origin", f.origin().name());
    }
    if (f.caseManager() != null) {
      query
          .setParameter("caseManager", f.caseManager().toString())
          .setParameter("lo", q.lo().toString())
          .setParameter("hi", q.hi().toString());
    }
    if (sql.contains(":today")) {
      query.setParameter("today", q.today().toString());
    }
    if (sql.contains(":now")) {
      query.setParameter("now", q.now());
    }
    return query;
  }

  private static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}

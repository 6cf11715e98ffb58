package org.liaison.dashboard;

import static org.liaison.dashboard.Indicator.Buckets.COMPARE;
import static org.liaison.dashboard.Indicator.Buckets.CURRENT;
import static org.liaison.dashboard.Indicator.Buckets.MONTHS;
import static org.liaison.dashboard.Indicator.Chart.BAR;
import static org.liaison.dashboard.Indicator.Chart.LINE;
import static org.liaison.dashboard.Indicator.Chart.NONE;
import static org.liaison.dashboard.Indicator.Chart.STACKED_BAR;
import static org.liaison.dashboard.Indicator.Measure.EVENTS;
import static org.liaison.dashboard.Indicator.Measure.FILES;
import static org.liaison.dashboard.Indicator.Measure.STATS;
import static org.liaison.dashboard.Indicator.RowLabels.FORM;
import static org.liaison.dashboard.Indicator.RowLabels.MONTH;
import static org.liaison.dashboard.Indicator.RowLabels.PROFESSIONAL;
import static org.liaison.dashboard.Indicator.RowLabels.STRUCTURE;
import static org.liaison.dashboard.Indicator.RowLabels.TEXTS;
import static org.liaison.dashboard.Indicator.RowLabels.VERBATIM;
import static org.liaison.dashboard.Indicator.Unit.COUNT;
import static org.liaison.dashboard.Indicator.Unit.DAYS;
import static org.liaison.dashboard.Indicator.Unit.PEOPLE;
import static org.liaison.dashboard.Indicator.Unit.YEARS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaison.coordinationfile.ExitReason;
import org.liaison.coordinationfile.ReferralOrigin;
import org.liaison.coordinationfile.Sex;

/**
 * The catalogue of indicators and their SQL. Every table's facts are computed over common CTEs:
 *
 * <ul>
 *   <li>{@code buckets(bucket, b_from, b_to, t_from, t_to)}: the periods asked ({@code current},
 *       {@code previous} and the months {@code yyyy-MM}), dates included, and the same as instants
 *       in Europe/Paris ({@code t_to} exclusive);
 *   <li>{@code scope}: the files of the structures, after the area, origin and case-manager
 *       filters;
 *   <li>{@code steps}: their case-status changes in order, each with the dates of the change before
 *       ({@code prev_on}) and after ({@code next_on}): a file is in a status from its {@code
 *       effective_on} to the day before {@code next_on};
 *   <li>{@code active}: the files included at any time of the current period;
 *   <li>{@code entries}: their logbook entries of both periods, with the author's profession;
 *   <li>{@code meetings}: the meetings (not cancelled) about them, with the decision taken.
 * </ul>
 *
 * A CTE no table refers to is not computed.
 *
 * <p>The definitions written for people are in {@code texts_fr.properties} ({@code definition.*})
 * and {@code docs/dashboards.md}; they say the same as this SQL.
 */
final class Indicators {

  private Indicators() {}

  static final String NOT_COMPARED = "b.bucket not in ('current', 'previous')";

  private static final String IN_PERIODS = "b.bucket in ('current', 'previous')";
  private static final String STOCK_AT_END =
      " s.to_status = 'INCLUDED' and s.effective_on <= b.b_to"
          + " and (s.next_on is null or s.next_on > b.b_to)";
  private static final String DECIDED = "('INCLUDED', 'REORIENTED_T1', 'DECEASED')";
  private static final String AGE = "extract(year from age(a.b_to, a.birth_date))";
  private static final String AGE_BAND =
      "case when "
          + AGE
          + " < 60 then 'lt60' when "
          + AGE
          + " < 75 then '60-74' when "
          + AGE
          + " < 85 then '75-84' when "
          + AGE
          + " < 95 then '85-94' else 'ge95' end";
  static final List<String> AGE_BANDS = List.of("lt60", "60-74", "75-84", "85-94", "ge95");

  static String prefix(boolean area, boolean caseManager, boolean origin) {
    return "with buckets as materialized ("
        + " select k as bucket, f as b_from, t as b_to,"
        + " cast(f as timestamp) at time zone 'Europe/Paris' as t_from,"
        + " cast(t + 1 as timestamp) at time zone 'Europe/Paris' as t_to"
        + " from unnest(cast(:keys as text[]), cast(:froms as date[]), cast(:tos as date[]))"
        + " as u(k, f, t)),"
        + " scope as materialized ("
        + " select f.id, f.structure_id, f.catchment_area, f.referral_origin, f.birth_date, f.sex"
        + " from coordination_file f where f.structure_id = any(cast(:structures as uuid[]))"
        + (area ? " and f.catchment_area = :area" : "")
        + (origin ? " and f.referral_origin = :origin" : "")
        + (caseManager
            ? " and exists (select 1 from care_team_member m where m.file_id = f.id"
                + " and m.role = 'CASE_MANAGER' and m.professional_id = cast(:caseManager as uuid)"
                + " and m.since <= cast(:hi as date)"
                + " and (m.until is null or m.until >= cast(:lo as date)))"
            : "")
        + "),"
        + " steps as materialized ("
        // one index scan per file (file_id, effective_on, recorded_at), not a scan of every change
        + " select sc.id as file_id, sc.structure_id, sc.catchment_area, sc.referral_origin,"
        + " sc.birth_date, sc.sex, c.from_status, c.to_status, c.effective_on, c.exit_reason,"
        + " c.prev_on, c.next_on from scope sc cross join lateral ("
        + " select h.from_status, h.to_status, h.effective_on, h.exit_reason,"
        + " lag(h.effective_on) over w as prev_on, lead(h.effective_on) over w as next_on"
        + " from case_status_change h where h.file_id = sc.id"
        + " window w as (order by h.effective_on, h.recorded_at, h.id)) c),"
        + " active as materialized ("
        + " select distinct s.file_id, s.catchment_area, s.birth_date, s.sex, b.b_to"
        + " from steps s join buckets b on b.bucket = 'current' and s.to_status = 'INCLUDED'"
        + " and s.effective_on <= b.b_to and (s.next_on is null or s.next_on >= b.b_from)),"
        // the entries of both periods, read once for both logbook tables, per file by the index
        // (file_id, written_at): a structure's files hold a few percent of all entries
        + " entries as materialized ("
        + " select b.bucket, e.category, p.profession from scope sc cross join lateral ("
        + " select x.category, x.author_id, x.written_at from logbook_entry x"
        + " where x.file_id = sc.id"
        + " and x.written_at >= (select min(t_from) from buckets where bucket = 'previous')"
        // offset 0: a subquery of its own, run per file (else flattened into a scan of all)
        + " and x.written_at < (select max(t_to) from buckets where bucket = 'current')"
        + " offset 0) e"
        + " join buckets b on "
        + IN_PERIODS
        + " and e.written_at >= b.t_from and e.written_at < b.t_to"
        + " join professional p on p.id = e.author_id),"
        // their meetings (case conferences), per file by meeting_patient's index, the same way
        + " meetings as materialized ("
        + " select sc.id as file_id, m.meeting_id, m.starts_at, m.decision from scope sc"
        + " cross join lateral (select mp.meeting_id, a.starts_at, mp.decision"
        + " from meeting_patient mp join appointment a on a.id = mp.meeting_id"
        + " where mp.file_id = sc.id and a.kind = 'MEETING' and a.cancelled_at is null"
        + " offset 0) m)";
  }

  private static final String CASE_FLOW =
      "select b.bucket, k.row_key, null as col_key, s.file_id, null as value from steps s"
          + " join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to"
          + " cross join lateral (values"
          + " (case when s.to_status = 'REQUEST_ANALYSIS' then 'requests' end),"
          + " (case when s.from_status = 'REQUEST_ANALYSIS' and s.to_status in "
          + DECIDED
          + " then 'decisions' end),"
          + " (case when s.to_status = 'INCLUDED' then 'inclusions' end),"
          + " (case when s.from_status = 'REQUEST_ANALYSIS' and s.to_status = 'REORIENTED_T1'"
          + " then 'reorientationsT1' end),"
          + " (case when s.from_status = 'REQUEST_ANALYSIS' and s.to_status = 'DECEASED'"
          + " then 'deathsT1' end),"
          + " (case when s.to_status = 'REORIENTED_T2' then 'reorientationsT2' end),"
          + " (case when s.to_status = 'DISCHARGED' then 'discharges' end),"
          + " (case when s.from_status = 'INCLUDED' and s.to_status = 'DECEASED' then 'deaths' end)"
          + ") k(row_key) where k.row_key is not null"
          + " union all select b.bucket, 'fileActive', null, s.file_id, null from steps s"
          + " join buckets b on "
          + IN_PERIODS
          + " and s.to_status = 'INCLUDED' and s.effective_on <= b.b_to"
          + " and (s.next_on is null or s.next_on >= b.b_from)"
          + " union all select b.bucket, 'stockEnd', null, s.file_id, null from steps s"
          + " join buckets b on "
          + IN_PERIODS
          + " and"
          + STOCK_AT_END;

  private static final String EXIT_REASONS =
      "select b.bucket, coalesce(s.exit_reason, 'unspecified'), null, s.file_id, null"
          + " from steps s join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to where s.to_status = 'DISCHARGED'";

  private static final String DELAYS =
      "select b.bucket, 'requestToDecision', null, s.file_id, s.effective_on - s.prev_on"
          + " from steps s join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to"
          + " where s.from_status = 'REQUEST_ANALYSIS' and s.to_status in "
          + DECIDED
          + " and s.prev_on is not null"
          + " union all select b.bucket, 'inclusionToPlan', null, s.file_id,"
          + " p.first_validated - s.effective_on from steps s join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to"
          + " join lateral (select min(cast(v.validated_at at time zone 'Europe/Paris' as date))"
          + " as first_validated from care_plan cp join care_plan_version v on v.plan_id = cp.id"
          + " where cp.file_id = s.file_id and v.validated_at is not null"
          + " and cast(v.validated_at at time zone 'Europe/Paris' as date) >= s.effective_on) p"
          + " on p.first_validated is not null where s.to_status = 'INCLUDED'"
          + " union all select b.bucket, 'followUpDuration', null, s.file_id,"
          + " s.effective_on - s.prev_on from steps s join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to"
          + " where s.from_status = 'INCLUDED'"
          + " and s.to_status in ('DISCHARGED', 'DECEASED', 'REORIENTED_T2') and s.prev_on is not null"
          + " union all select b.bucket, 'orientationAnswer', null, o.file_id,"
          + " extract(epoch from o.answered_at - o.sent_at) / 86400.0"
          + " from orientation_request o join scope sc on sc.id = o.file_id join buckets b on "
          + IN_PERIODS
          + " and o.sent_at >= b.t_from and o.sent_at < b.t_to where o.answered_at is not null";

  private static final String CASE_LOAD_BY_MANAGER =
      "select b.bucket, cast(m.professional_id as text), 'value', s.file_id, null from steps s"
          + " join buckets b on b.bucket = 'current' and"
          + STOCK_AT_END
          + " join care_team_member m on m.file_id = s.file_id and m.role = 'CASE_MANAGER'"
          + " and m.since <= b.b_to and (m.until is null or m.until >= b.b_to)";

  private static final String CASE_LOAD_BY_STRUCTURE =
      "select b.bucket, cast(s.structure_id as text), 'value', s.file_id, null from steps s"
          + " join buckets b on b.bucket = 'current' and"
          + STOCK_AT_END;

  private static final String CASE_LOAD_BY_AREA =
      "select b.bucket, coalesce(s.catchment_area, '—'), 'value', s.file_id, null from steps s"
          + " join buckets b on b.bucket = 'current' and"
          + STOCK_AT_END;

  private static final String CASE_LOAD_BY_MONTH =
      "select b.bucket, b.bucket, 'value', s.file_id, null from steps s join buckets b on "
          + NOT_COMPARED
          + " and"
          + STOCK_AT_END;

  private static final String ORIGINS =
      "select b.bucket, coalesce(s.referral_origin, 'unknown'), null, s.file_id, null"
          + " from steps s join buckets b on "
          + IN_PERIODS
          + " and s.effective_on between b.b_from and b.b_to where s.to_status = 'REQUEST_ANALYSIS'";

  private static final String ORIGINS_BY_MONTH =
      "select b.bucket, b.bucket, coalesce(s.referral_origin, 'unknown'), s.file_id, null"
          + " from steps s join buckets b on "
          + NOT_COMPARED
          + " and s.effective_on between b.b_from and b.b_to where s.to_status = 'REQUEST_ANALYSIS'";

  private static final String AGE_BY_SEX =
      "select 'current', " + AGE_BAND + ", a.sex, a.file_id, null from active a";

  private static final String AGE_BY_AREA =
      "select 'current', coalesce(a.catchment_area, '—'), "
          + AGE_BAND
          + ", a.file_id, null from active a";

  private static final String AGE_SUMMARY =
      "select 'current', 'age', null, a.file_id, " + AGE + " from active a";

  private static final String GIR =
      "select 'current', coalesce(cast(g.gir as text), 'unknown'), 'value', a.file_id, null"
          + " from active a left join lateral (select cast(cast(jsonb_path_query_first("
          + "cast(fs.scores as jsonb), '$[*] ? (@.id == \"gir\").value') as text) as integer) as gir"
          + " from form_submission fs join form fo on fo.id = fs.form_id"
          + " and fo.template_key = 'aggir'"
          + " where fs.file_id = a.file_id and fs.status = 'SUBMITTED'"
          + " and fs.submitted_at < cast(a.b_to + 1 as timestamp) at time zone 'Europe/Paris'"
          + " order by fs.submitted_at desc limit 1) g on true";

  private static final String CARE_PLANS =
      "select b.bucket, 'opened', null, cp.file_id, 1 from care_plan cp"
          + " join scope sc on sc.id = cp.file_id join buckets b on "
          + IN_PERIODS
          + " and cp.started_at >= b.t_from and cp.started_at < b.t_to"
          + " union all select b.bucket, 'validated', null, cp.file_id, 1 from care_plan cp"
          + " join scope sc on sc.id = cp.file_id"
          + " join care_plan_version v on v.plan_id = cp.id join buckets b on "
          + IN_PERIODS
          + " and v.validated_at >= b.t_from and v.validated_at < b.t_to"
          + " union all select b.bucket, case when r.held_on <= r.due_on then 'reviewsOnTime'"
          + " else 'reviewsLate' end, null, cp.file_id, 1 from care_plan_review r"
          + " join care_plan cp on cp.id = r.plan_id join scope sc on sc.id = cp.file_id"
          + " join buckets b on "
          + IN_PERIODS
          + " and r.due_on between b.b_from and b.b_to"
          + " where r.held_on is not null or r.due_on < cast(:today as date)";

  private static final String LOGBOOK_BY =
      "select bucket, %s, null, cast(null as uuid), count(*) from entries group by 1, 2";

  private static final String MESSAGES_AND_MEETINGS =
      "select b.bucket, 'messages', null, cast(null as uuid), count(*) from message m"
          + " join conversation c on c.id = m.conversation_id join scope sc on sc.id = c.file_id"
          + " join buckets b on "
          + IN_PERIODS
          + " and m.sent_at >= b.t_from and m.sent_at < b.t_to where not m.system group by 1"
          + " union all select b.bucket, 'meetingsHeld', null, cast(null as uuid),"
          + " count(distinct m.meeting_id) from meetings m join buckets b on "
          + IN_PERIODS
          + " and m.starts_at >= b.t_from and m.starts_at < b.t_to"
          + " where m.starts_at < :now group by 1"
          + " union all select b.bucket, 'meetingDecisions', null, m.file_id, 1 from meetings m"
          + " join buckets b on "
          + IN_PERIODS
          + " and m.starts_at >= b.t_from and m.starts_at < b.t_to where m.decision is not null";

  private static final String ORIENTATION_REQUESTS =
      "select b.bucket, k.row_key, null, o.file_id, 1 from orientation_request o"
          + " join scope sc on sc.id = o.file_id join buckets b on "
          + IN_PERIODS
          + " and o.sent_at >= b.t_from and o.sent_at < b.t_to cross join lateral (values ('sent'),"
          + " (case when o.status in ('ACCEPTED', 'ADMITTED') then 'accepted'"
          + " when o.status = 'REFUSED' then 'refused' when o.status = 'SENT' then 'pending'"
          + " when o.status = 'CANCELLED' then 'cancelled' end)) k(row_key)"
          + " where k.row_key is not null";

  private static final String FORMS_BY_TEMPLATE =
      "select b.bucket, cast(fs.form_id as text), null, fs.file_id, 1 from form_submission fs"
          + " join scope sc on sc.id = fs.file_id join buckets b on "
          + IN_PERIODS
          + " and fs.submitted_at >= b.t_from and fs.submitted_at < b.t_to"
          + " where fs.status = 'SUBMITTED'";

  private static final List<String> PERIODS = List.of("current", "previous");
  private static final List<String> VALUE = List.of("value");

  private static final List<Indicator> STRUCTURE_TABLES =
      List.of(
          new Indicator(
              "caseManagement",
              "caseFlow",
              BAR,
              Indicator.Unit.FILES,
              COMPARE,
              FILES,
              List.of(
                  "requests",
                  "decisions",
                  "inclusions",
                  "reorientationsT1",
                  "deathsT1",
                  "reorientationsT2",
                  "discharges",
                  "deaths",
                  "fileActive",
                  "stockEnd"),
              PERIODS,
              TEXTS,
              true,
              CASE_FLOW),
          new Indicator(
              "caseManagement",
              "exitReasons",
              BAR,
              Indicator.Unit.FILES,
              COMPARE,
              FILES,
              Stream.concat(
                      Arrays.stream(ExitReason.values()).map(Enum::name), Stream.of("unspecified"))
                  .toList(),
              PERIODS,
              TEXTS,
              true,
              EXIT_REASONS),
          new Indicator(
              "caseManagement",
              "delays",
              NONE,
              DAYS,
              COMPARE,
              STATS,
              List.of(
                  "requestToDecision", "inclusionToPlan", "followUpDuration", "orientationAnswer"),
              List.of("count", "median", "p90", "previousMedian"),
              TEXTS,
              false,
              DELAYS),
          new Indicator(
              "caseLoad",
              "caseLoadByManager",
              BAR,
              Indicator.Unit.FILES,
              CURRENT,
              FILES,
              List.of(),
              VALUE,
              PROFESSIONAL,
              true,
              CASE_LOAD_BY_MANAGER),
          new Indicator(
              "caseLoad",
              "caseLoadByArea",
              BAR,
              Indicator.Unit.FILES,
              CURRENT,
              FILES,
              List.of(),
              VALUE,
              VERBATIM,
              true,
              CASE_LOAD_BY_AREA),
          new Indicator(
              "caseLoad",
              "caseLoadByMonth",
              LINE,
              Indicator.Unit.FILES,
              MONTHS,
              FILES,
              List.of(),
              VALUE,
              MONTH,
              true,
              CASE_LOAD_BY_MONTH),
          new Indicator(
              "origins",
              "origins",
              BAR,
              Indicator.Unit.FILES,
              COMPARE,
              FILES,
              origins(),
              PERIODS,
              TEXTS,
              true,
              ORIGINS),
          new Indicator(
              "origins",
              "originsByMonth",
              STACKED_BAR,
              Indicator.Unit.FILES,
              MONTHS,
              FILES,
              List.of(),
              origins(),
              MONTH,
              true,
              ORIGINS_BY_MONTH),
          new Indicator(
              "demographics",
              "ageBySex",
              STACKED_BAR,
              PEOPLE,
              CURRENT,
              FILES,
              AGE_BANDS,
              Arrays.stream(Sex.values()).map(Enum::name).toList(),
              TEXTS,
              true,
              AGE_BY_SEX),
          new Indicator(
              "demographics",
              "ageByArea",
              STACKED_BAR,
              PEOPLE,
              CURRENT,
              FILES,
              List.of(),
              AGE_BANDS,
              VERBATIM,
              true,
              AGE_BY_AREA),
          new Indicator(
              "demographics",
              "ageSummary",
              NONE,
              YEARS,
              CURRENT,
              STATS,
              List.of("age"),
              List.of("count", "mean", "median"),
              TEXTS,
              false,
              AGE_SUMMARY),
          new Indicator(
              "demographics",
              "gir",
              BAR,
              PEOPLE,
              CURRENT,
              FILES,
              List.of("1", "2", "3", "4", "5", "6", "unknown"),
              VALUE,
              TEXTS,
              true,
              GIR),
          new Indicator(
              "activity",
              "carePlans",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of("opened", "validated", "reviewsOnTime", "reviewsLate"),
              PERIODS,
              TEXTS,
              true,
              CARE_PLANS),
          new Indicator(
              "activity",
              "logbookByCategory",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of(),
              PERIODS,
              TEXTS,
              false,
              LOGBOOK_BY.formatted("category")),
          new Indicator(
              "activity",
              "logbookByProfession",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of(),
              PERIODS,
              TEXTS,
              false,
              LOGBOOK_BY.formatted("profession")),
          new Indicator(
              "activity",
              "messagesAndMeetings",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of("messages", "meetingsHeld", "meetingDecisions"),
              PERIODS,
              TEXTS,
              false,
              MESSAGES_AND_MEETINGS),
          new Indicator(
              "activity",
              "orientationRequests",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of("sent", "accepted", "refused", "pending", "cancelled"),
              PERIODS,
              TEXTS,
              true,
              ORIENTATION_REQUESTS),
          new Indicator(
              "activity",
              "formsByTemplate",
              BAR,
              COUNT,
              COMPARE,
              EVENTS,
              List.of(),
              PERIODS,
              FORM,
              true,
              FORMS_BY_TEMPLATE));

  private static final Indicator CASE_LOAD_BY_STRUCTURE_TABLE =
      new Indicator(
          "caseLoad",
          "caseLoadByStructure",
          BAR,
          Indicator.Unit.FILES,
          CURRENT,
          FILES,
          List.of(),
          VALUE,
          STRUCTURE,
          false,
          CASE_LOAD_BY_STRUCTURE);

  static final List<String> SECTIONS =
      List.of("caseManagement", "caseLoad", "origins", "demographics", "activity");

  /** The tables of a structure's dashboard (and of a case manager's own). */
  static List<Indicator> structure() {
    return STRUCTURE_TABLES;
  }

  /** The tables of the regional view: structures compared instead of case managers, no drill. */
  static List<Indicator> region() {
    return STRUCTURE_TABLES.stream()
        .map(
            t ->
                t.key().equals("caseLoadByManager")
                    ? CASE_LOAD_BY_STRUCTURE_TABLE
                    : new Indicator(
                        t.section(),
                        t.key(),
                        t.chart(),
                        t.unit(),
                        t.buckets(),
                        t.measure(),
                        t.rows(),
                        t.columns(),
                        t.rowLabels(),
                        false,
                        t.facts()))
        .toList();
  }

  static Optional<Indicator> find(String key) {
    return STRUCTURE_TABLES.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  private static List<String> origins() {
    return Stream.concat(
            Arrays.stream(ReferralOrigin.values()).map(Enum::name), Stream.of("unknown"))
        .toList();
  }
}

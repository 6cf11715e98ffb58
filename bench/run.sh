#!/usr/bin/env bash
# The Liaison benchmark: against a running stack (wildfly-config/stack/liaison.sh run) holding
# generated data, measures each scenario with a real load tool (wrk) and its anchor in the same
# run, and prints one table. It is a benchmark, not a test: it exits 0 whether goals are met or
# not (non-zero only when it could not measure). See docs/benchmarks.md.
#
#   bench/run.sh [options] [P1] [P1b] [P2] [P5] [P6] [P7]  (no phase named: all of them)
#
# Options (defaults in brackets):
#   --url URL            Liaison [http://127.0.0.1:8080]
#   --kc URL             Keycloak [http://127.0.0.1:8180]; --realm [liaison]; --client [liaison-spa]
#   --pg HOST:PORT       PostgreSQL [127.0.0.1:15432]; --db [liaison]; --db-user/--db-password [liaison]
#   --duration S         seconds per measure [20]; --warmup S [30] (the JIT is still busy 5 s in)
#   --clients N          P1/P1b concurrent clients [16]; --writers N  P2 writers [50]
#   --ids FILE           the data generator's ids file [bench/target/generated.properties if any]
#   --build DIR          P5/P6 take DIR's build: wildfly-config/target/server, ear/target/
#                        liaison.ear, frontend/dist (and its stats.json) [the running stack's own:
#                        its server, the EAR it deployed, the bundle it serves]
#   --offset N           P5: port offset of the second server [50: http 8130, management 10040]
#   --password PW        the demo users' password [demo]
#   --keep-writes        keep what P1/P2 wrote (P2's entries, P1's read receipts); by default they
#                        are removed at the end of P2, so that the next run measures the same data
#   --file ID            the file of P1 and of P2 "one file" [ids file, else the file with the
#                        most entries among those whose team holds the reader]
# Environment: BENCH_READER (P1 first reader) [lucie.petit], BENCH_CASE_MANAGER [isabelle.martin],
#   BENCH_USERS (demo users considered, comma-separated)
#   [lucie.petit,claire.dubois,henri.moreau,isabelle.martin].
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
URL=http://127.0.0.1:8080 KC=http://127.0.0.1:8180 REALM=liaison CLIENT=liaison-spa
PG=127.0.0.1:15432 DB=liaison DB_USER=liaison DB_PASSWORD=liaison
BIG_FILE_OPT=${BENCH_FILE:-} KEEP_WRITES=""
DURATION=20 WARMUP=30 CLIENTS=16 WRITERS=50 IDS="" BUILD="" OFFSET=50 PASSWORD=demo
READER=${BENCH_READER:-lucie.petit}
CASE_MANAGER=${BENCH_CASE_MANAGER:-isabelle.martin}
USERS=${BENCH_USERS:-lucie.petit,claire.dubois,henri.moreau,isabelle.martin}
PHASES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=${2%/}; shift ;;
    --kc) KC=${2%/}; shift ;;
    --realm) REALM=$2; shift ;;
    --client) CLIENT=$2; shift ;;
    --pg) PG=$2; shift ;;
    --db) DB=$2; shift ;;
    --db-user) DB_USER=$2; shift ;;
    --db-password) DB_PASSWORD=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --clients) CLIENTS=$2; shift ;;
    --writers) WRITERS=$2; shift ;;
    --ids) IDS=$2; shift ;;
    --build) BUILD=$2; shift ;;
    --offset) OFFSET=$2; shift ;;
    --password) PASSWORD=$2; shift ;;
    --file) BIG_FILE_OPT=$2; shift ;;
    --keep-writes) KEEP_WRITES=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    P1|P1b|P2|P5|P6|P7) PHASES+=("$1") ;;
    p1|p1b|p2|p5|p6) PHASES+=("$(echo "$1" | sed 's/^p/P/; s/B$/b/')") ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#PHASES[@]} -gt 0 ] || PHASES=(P1 P1b P2 P5 P6 P7)
PG_HOST=${PG%:*} PG_PORT=${PG##*:}
export PGPASSWORD=$DB_PASSWORD

STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
RUN="$BENCH/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN/results" "$RUN/logs" "$RUN/in"
T0=$SECONDS
log() { printf '[bench %s +%3ds] %s\n' "$(date -u +%H:%M:%S)" $((SECONDS - T0)) "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
has() { local p; for p in "${PHASES[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }
meta() { printf '%s=%s\n' "$1" "$2" >>"$RUN/meta.env"; }
sql() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB" -AtqX -v ON_ERROR_STOP=1 "$@"; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------- tools and stack
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed: ${2:-apt-get install $1}"; }
need wrk; need pgbench "apt-get install postgresql-contrib"; need psql "apt-get install postgresql-client"
need python3; need curl; need openssl
curl -sf -m 5 "$URL/api/config" >/dev/null || die "Liaison does not answer at $URL/api/config: start the stack first"
curl -sf -m 5 "$KC/realms/$REALM/.well-known/openid-configuration" >/dev/null || die "no Keycloak realm at $KC/realms/$REALM"
sql -c "select 1" >/dev/null || die "cannot reach PostgreSQL $PG database $DB as $DB_USER"
DB_START=$(sql -c "select now()")

: >"$RUN/meta.env"
meta started "$STARTED"; meta url "$URL"; meta duration "$DURATION"; meta load "$(load_avg)"
meta clients "$CLIENTS"; meta writers "$WRITERS"
# What is measured: the server and the EAR the running stack runs (read from the command line of
# the java listening on --url's port: jboss.home.dir, and the EAR in jboss.server.base.dir's
# deployments, copied there when the stack started) — not whatever was built since. --build DIR
# takes DIR's build outputs instead.
RUN_HOME="" RUN_BASE=""
url_port=${URL##*:}; url_port=${url_port%%/*}
run_pid=$(ss -ltnpH "sport = :$url_port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
if [ -n "$run_pid" ] && [ -r "/proc/$run_pid/cmdline" ]; then
  RUN_HOME=$(tr '\0' '\n' <"/proc/$run_pid/cmdline" | sed -n 's/^-Djboss.home.dir=//p' | head -1)
  RUN_BASE=$(tr '\0' '\n' <"/proc/$run_pid/cmdline" | sed -n 's/^-Djboss.server.base.dir=//p' | head -1)
fi
if [ -n "$BUILD" ]; then
  SERVER="$BUILD/wildfly-config/target/server" EAR="$BUILD/ear/target/liaison.ear"
  DIST="$BUILD/frontend/dist/liaison/browser" SRC_DIR=$BUILD
else
  SERVER=$RUN_HOME EAR=${RUN_BASE:+$RUN_BASE/deployments/liaison.ear} DIST=""
  SRC_DIR=${RUN_HOME%/wildfly-config/target/server}
fi
# The commit: the checkout's last commit before the EAR was made (the running stack's EAR is copied
# at start: its time is the build's or later).
APP_COMMIT=unknown
if [ -n "$SRC_DIR" ] && [ -f "$EAR" ] && git -C "$SRC_DIR" rev-parse >/dev/null 2>&1; then
  APP_COMMIT=$(git -C "$SRC_DIR" log -1 --before="@$(stat -c %Y "$EAR")" --format='%h %cs' 2>/dev/null || echo unknown)
fi
meta commit "$APP_COMMIT${SRC_DIR:+ ($SRC_DIR)}; benchmark $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?)"
log "Measured: ${EAR:-no EAR found} on ${SERVER:-no server found} (commit $APP_COMMIT)"
log "Run folder $RUN; phases ${PHASES[*]}; $DURATION s per measure; load $(load_avg)"

# Tokens: one login per user through Keycloak's browser flow (lib/token.sh); they live ~5 min,
# so each phase fetches its own right before it starts.
tokens() {
  local out=$1; shift; : >"$out"
  local u
  for u in "$@"; do
    KC_URL=$KC KC_REALM=$REALM KC_CLIENT=$CLIENT APP_URL=$URL "$BENCH/lib/token.sh" "$u" "$PASSWORD" >>"$out" \
      || die "no token for $u"
  done
}

# Tokens of a measure: refetched when older than 60 s, so that none expires during a measure
# (keep --duration under ~4 min: Keycloak's access tokens last 5).
fresh_tokens() {
  local out=$1; shift
  if [ -s "$out" ] && [ $(( $(date +%s) - $(stat -c %Y "$out") )) -lt 60 ]; then return 0; fi
  tokens "$out" "$@"
}

# wrk: one measure. key conns threads script [VAR=value…]; results in results/key.json.
# --timeout 30s: wrk's default (2 s) would count slow requests as timeouts and leave them out of
# the percentiles.
WRK_TIMEOUT=30s
wrk_run() {
  local key=$1 conns=$2 threads=$3 script=$4 dur=${DURATION}; shift 4
  if [ "${key#warmup}" != "$key" ]; then dur=$WARMUP; fi
  log "  wrk $key: $conns connections, $threads threads, ${dur}s"
  env BENCH_LIB="$BENCH/wrk" BENCH_THREADS="$threads" BENCH_OUT="$RUN/results/$key.json" "$@" \
    wrk -t "$threads" -c "$conns" -d "${dur}s" --timeout "$WRK_TIMEOUT" --latency \
    -s "$BENCH/wrk/$script" "$URL" >"$RUN/logs/$key.wrk.txt" 2>&1 || {
    tail -5 "$RUN/logs/$key.wrk.txt" >&2; die "wrk $key failed"; }
  [ "${key#warmup}" = "$key" ] || rm -f "$RUN/results/$key.json"
  summary "$key"
  if grep -q '"401"' "$RUN/results/$key.json" 2>/dev/null; then
    log "    (401s: a token expired or was refused — see the sample above)"; fi
}

# pgbench: one anchor measure. key clients script [-D var=value…]; prepared statements (as the
# JDBC driver uses them), per-transaction log for the percentiles.
pg_run() {
  local key=$1 clients=$2 script=$3; shift 3
  local dir="$RUN/pgbench/$key"; mkdir -p "$dir"
  local threads=$(( clients < 2 ? 1 : 2 ))
  log "  pgbench $key: $clients clients, ${DURATION}s"
  (cd "$dir" && pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -n -M prepared -c "$clients" \
    -j "$threads" -T "$DURATION" -l --log-prefix=tx -f "$( [ "${script#/}" != "$script" ] && echo "$script" || echo "$BENCH/pgbench/$script")" "$@" "$DB") \
    >"$RUN/logs/$key.pgbench.txt" 2>&1 || { tail -5 "$RUN/logs/$key.pgbench.txt" >&2; die "pgbench $key failed"; }
  python3 "$BENCH/lib/pgbench_result.py" "$RUN/logs/$key.pgbench.txt" "$dir/tx" "$RUN/results/$key.json" >/dev/null
  rm -f "$dir"/tx*
  summary "$key"
}

summary() {
  [ -f "$RUN/results/$1.json" ] || return 0
  python3 - "$RUN/results/$1.json" "$1" <<'EOF' >&2
import json, sys
r = json.loads(open(sys.argv[1]).readline())
f = lambda v: "?" if v is None else f"{v:.1f}"
extra = f"  first error: {r['sample']}" if r.get("errors") and r.get("sample") else ""
print(f"    -> {sys.argv[2]}: {r['rps']:.1f}/s  p50 {f(r['p50'])}  p90 {f(r['p90'])}  p95 {f(r['p95'])}"
      f"  p99 {f(r['p99'])} ms  errors {r['errors']}{extra}")
EOF
}

sql_array() { printf '{%s}' "$(paste -sd, "$1")"; }

# ---------------------------------------------------------------- targets
# From the generator's ids file when there is one (keys below), else found in the database.
[ -n "$IDS" ] || { [ -f "$BENCH/target/generated.properties" ] && IDS="$BENCH/target/generated.properties"; } || true
prop() {  # first of the keys given that the ids file has
  [ -n "$IDS" ] && [ -f "$IDS" ] || return 0
  local k
  for k in "$@"; do
    local v; v=$(grep -E "^[[:space:]]*$k[[:space:]]*[=:]" "$IDS" | head -1 | sed -E 's/^[^=:]*[=:][[:space:]]*//; s/[[:space:]]*$//' || true)
    [ -n "$v" ] && { echo "$v"; return 0; }
  done
}
USERS_SQL="'{$USERS}'"
ACTIVE="m.ended_at is null and m.since <= current_date and (m.until is null or m.until >= current_date)"
members_of() {  # demo users (of BENCH_USERS) in the active team of file $1, the reader first
  sql -c "select p.username from care_team_member m join professional p on p.id = m.professional_id
           where m.file_id = '$1' and $ACTIVE and p.username = any($USERS_SQL)
           order by p.username <> '$READER', p.username"
}
[ -n "$IDS" ] && log "Ids file: $IDS" || log "No ids file: targets found in the database"
DATASET=$(sql -c "select (select count(*) from coordination_file) || ' files, '
  || (select count(*) from logbook_entry) || ' logbook entries, '
  || (select count(*) from structure) || ' structures, ' || (select count(*) from professional) || ' professionals'")
GENERATED=$(sql -c "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")
meta dataset "$DATASET${GENERATED:+; $GENERATED}${IDS:+ (ids file $IDS)}"
log "Data: $DATASET"

BIG_FILE=""
find_big_file() {
  [ -n "$BIG_FILE" ] && return 0
  BIG_FILE=$BIG_FILE_OPT
  [ -n "$BIG_FILE" ] || BIG_FILE=$(prop bench.file.id big.file)
  if [ -z "$BIG_FILE" ]; then
    # The file with the most entries among those whose team holds the reader.
    BIG_FILE=$(sql -c "select e.file_id from logbook_entry e where e.file_id in (
        select m.file_id from care_team_member m join professional p on p.id = m.professional_id
         where p.username = '$READER' and $ACTIVE)
      group by e.file_id order by count(*) desc limit 1")
  fi
  [ -n "$BIG_FILE" ] || die "no file with logbook entries in a team of $READER"
  BIG_COUNT=$(sql -c "select count(*) from logbook_entry where file_id = '$BIG_FILE'")
  members_of "$BIG_FILE" >"$RUN/in/big-members"
  [ -s "$RUN/in/big-members" ] || die "none of $USERS is in the team of $BIG_FILE"
}

# ---------------------------------------------------------------- P1 logbook page
if has P1; then
  find_big_file
  pages=$(( (BIG_COUNT + 49) / 50 ))
  readers=$(paste -sd, "$RUN/in/big-members")
  meta p1_target "P1: file $BIG_FILE, $BIG_COUNT entries ($pages pages of 50), read by $readers"
  log "P1 logbook page read — file $BIG_FILE ($BIG_COUNT entries), readers $readers; load $(load_avg)"
  n=$(wc -l <"$RUN/in/big-members")
  set -- BENCH_TOKENS="$RUN/in/p1.tokens" BENCH_FILE="$BIG_FILE" BENCH_PAGES="$pages"
  D=(-D "file=$BIG_FILE" -D "users={$readers}" -D "nusers=$n" -D "maxpage=$((pages - 1))")
  P1_TOK=("$RUN/in/p1.tokens" $(cat "$RUN/in/big-members"))
  fresh_tokens "${P1_TOK[@]}"; wrk_run warmup_p1 "$CLIENTS" 2 logbook-read.lua "$@"
  fresh_tokens "${P1_TOK[@]}"; wrk_run p1_app_16 "$CLIENTS" 2 logbook-read.lua "$@"
  pg_run p1_pg_16 "$CLIENTS" logbook-read.sql "${D[@]}"
  fresh_tokens "${P1_TOK[@]}"; wrk_run p1_app_1 1 1 logbook-read.lua "$@"
  pg_run p1_pg_1 1 logbook-read.sql "${D[@]}"
fi

# ---------------------------------------------------------------- P1b Mes patients, search
if has P1b; then
  CASE_MANAGER=${BENCH_CASE_MANAGER:-$(prop case.manager.username)}; CASE_MANAGER=${CASE_MANAGER:-isabelle.martin}
  cm_id=$(sql -c "select id from professional where username = '$CASE_MANAGER'")
  [ -n "$cm_id" ] || die "no professional $CASE_MANAGER"
  visible=$(sql -c "select count(*) from care_team_member m where m.professional_id = '$cm_id' and $ACTIVE")
  structure=$(prop structure.id)
  [ -n "$structure" ] || structure=$(sql -c "select f.structure_id from care_team_member m
      join coordination_file f on f.id = m.file_id where m.professional_id = '$cm_id' and $ACTIVE
      group by 1 order by (select count(*) from coordination_file g where g.structure_id = f.structure_id) desc limit 1")
  in_structure=$(sql -c "select count(*) from coordination_file where structure_id = '$structure'")
  # Search terms: last names of patients she follows (lowercased, as typed), 30 at random.
  sql -c "select distinct lower(f.last_name) from care_team_member m join coordination_file f on f.id = m.file_id
           where m.professional_id = '$cm_id' and $ACTIVE" | shuf -n 30 >"$RUN/in/terms"
  [ -s "$RUN/in/terms" ] || die "$CASE_MANAGER follows no patient"
  meta p1b_target "P1b: $CASE_MANAGER sees $visible files; her structure $structure has $in_structure files; search: $(wc -l <"$RUN/in/terms") last names"
  log "P1b Mes patients and search — $CASE_MANAGER, $visible files visible, structure of $in_structure files; load $(load_avg)"
  terms=$(python3 -c 'import sys;print("{"+",".join("\""+l.strip().replace("\"","")+"\"" for l in open(sys.argv[1]) if l.strip())+"}")' "$RUN/in/terms")
  nterms=$(wc -l <"$RUN/in/terms")
  fresh_tokens "$RUN/in/p1b.tokens" "$CASE_MANAGER"; wrk_run warmup_p1b "$CLIENTS" 2 patients.lua BENCH_TOKENS="$RUN/in/p1b.tokens"
  fresh_tokens "$RUN/in/p1b.tokens" "$CASE_MANAGER"; wrk_run p1b_list_app "$CLIENTS" 2 patients.lua BENCH_TOKENS="$RUN/in/p1b.tokens"
  pg_run p1b_list_pg "$CLIENTS" patients.sql -D "user=$CASE_MANAGER" -D "terms={}" -D nterms=1
  fresh_tokens "$RUN/in/p1b.tokens" "$CASE_MANAGER"; wrk_run p1b_search_app "$CLIENTS" 2 patients.lua BENCH_TOKENS="$RUN/in/p1b.tokens" BENCH_TERMS="$RUN/in/terms"
  pg_run p1b_search_pg "$CLIENTS" patients.sql -D "user=$CASE_MANAGER" -D "terms=$terms" -D "nterms=$nterms"
fi

# ---------------------------------------------------------------- P2 concurrent writers
if has P2; then
  find_big_file
  writers=$(paste -sd, "$RUN/in/big-members")
  echo "$BIG_FILE" >"$RUN/in/p2-one.files"
  # 50 files where one demo user can write: from the ids file, else the demo user (reader first)
  # with the most open memberships, and 50 of his or her files at random.
  many=$(prop writer.file.ids)
  if [ -n "$many" ]; then
    echo "$many" | tr ',; ' '\n\n\n' | grep -v '^$' | head -n "$WRITERS" >"$RUN/in/p2-many.files"
    many_user=$(prop writer.username); many_user=${many_user:-$READER}
  else
    many_user=$(sql -c "select p.username from care_team_member m join professional p on p.id = m.professional_id
        where p.username = any($USERS_SQL) and $ACTIVE group by p.username
        order by count(*) desc, p.username <> '$READER' limit 1")
    sql -c "select m.file_id from care_team_member m join professional p on p.id = m.professional_id
        where p.username = '$many_user' and $ACTIVE order by random() limit $WRITERS" >"$RUN/in/p2-many.files"
  fi
  nmany=$(wc -l <"$RUN/in/p2-many.files")
  meta p2_target "P2: one file = the P1 file, written by $writers; $nmany files of $many_user"
  log "P2 writers — one file $BIG_FILE by $writers; $nmany files of $many_user; load $(load_avg)"
  P2_TOK=("$RUN/in/p2-one.tokens" $(cat "$RUN/in/big-members"))
  nw=$(wc -l <"$RUN/in/big-members")
  fresh_tokens "${P2_TOK[@]}"; wrk_run warmup_p2 "$WRITERS" 2 logbook-write.lua BENCH_TOKENS="$RUN/in/p2-one.tokens" BENCH_FILES="$RUN/in/p2-one.files"
  fresh_tokens "${P2_TOK[@]}"; wrk_run p2_one_app "$WRITERS" 2 logbook-write.lua BENCH_TOKENS="$RUN/in/p2-one.tokens" BENCH_FILES="$RUN/in/p2-one.files"
  pg_run p2_one_pg "$WRITERS" logbook-write.sql -D "files={$BIG_FILE}" -D nfiles=1 -D "users={$writers}" -D "nusers=$nw"
  fresh_tokens "$RUN/in/p2-many.tokens" "$many_user"; wrk_run p2_many_app "$WRITERS" 2 logbook-write.lua BENCH_TOKENS="$RUN/in/p2-many.tokens" BENCH_FILES="$RUN/in/p2-many.files"
  pg_run p2_many_pg "$WRITERS" logbook-write.sql -D "files=$(sql_array "$RUN/in/p2-many.files")" -D "nfiles=$nmany" \
    -D "users={$many_user}" -D nusers=1
fi

# What P1 and P2 wrote goes (unless --keep-writes): the next run then reads the same logbook.
if { has P1 || has P2; } && [ -n "$BIG_FILE" ]; then
  if [ -n "$KEEP_WRITES" ]; then
    log "Keeping what P1/P2 wrote (--keep-writes): bench/sql/remove-bench-entries.sql removes P2's entries"
  else
    log "Removing what P1/P2 wrote (entries, read receipts; their audit records stay)"
    sql -v start="$DB_START" -v file="$BIG_FILE" -v users="{$(paste -sd, "$RUN/in/big-members")}" \
      -f "$BENCH/sql/remove-run-writes.sql" >"$RUN/logs/cleanup.txt" 2>&1 \
      && log "  $(tail -1 "$RUN/logs/cleanup.txt")" || log "  cleanup failed: $RUN/logs/cleanup.txt"
  fi
fi

# ---------------------------------------------------------------- P5 boot to ready
# A second WildFly of the same provisioned server (its own base dir, ports +OFFSET, its own
# cluster name and JGroups port, the same database), timed from launch to ready, then stopped by
# its pid. Anchor: the same server, no deployment, booting in the same run.

boot() {  # key with_ear(0/1)
  local key=$1 ear=$2 server=$SERVER
  local base="$RUN/p5/$key" http=$((8080 + OFFSET)) mgmt=$((9990 + OFFSET))
  if curl -s -m 2 -o /dev/null "http://127.0.0.1:$http/"; then
    echo "{\"error\":\"port $http is taken\"}" >"$RUN/results/$key.json"; return; fi
  mkdir -p "$base/deployments"
  cp -a "$server/standalone/configuration" "$base/configuration"
  # The provisioned server's own configuration may hold a deployment (the integration tests
  # deploy through the management API into that server): boot the configuration without it.
  python3 - "$base/configuration/standalone.xml" <<'EOF'
import re, sys
p = sys.argv[1]
s = open(p).read()
open(p, "w").write(re.sub(r"\s*<deployments>.*?</deployments>", "", s, flags=re.S))
EOF
  rm -rf "$base/configuration/standalone_xml_history"
  [ "$ear" = 1 ] && cp "$EAR" "$base/deployments/liaison.ear"
  log "  boot $key ($([ "$ear" = 1 ] && echo "with the EAR" || echo "no deployment")), http $http, management $mgmt"
  local start; start=$(date +%s.%N)
  LIAISON_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$BOOT_DB" LIAISON_DB_USER=$DB_USER LIAISON_DB_PASSWORD=$DB_PASSWORD \
  LIAISON_OIDC_ISSUER="$KC/realms/$REALM" LIAISON_OIDC_SPA_CLIENT=$CLIENT LIAISON_DEMO_DATA=true \
  LIAISON_PUBLIC_URL="http://127.0.0.1:$http" LIAISON_SMTP_HOST=127.0.0.1 LIAISON_SMTP_PORT=2525 \
  JBOSS_HOME="$server" setsid bash "$server/bin/standalone.sh" -c standalone.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
    -Djboss.node.name=liaison-bench-boot -Dliaison.node.id=liaison-bench-boot \
    -Dliaison.cluster.name=liaison-bench-boot \
    -Dliaison.cluster.peer1.port=$((7600 + OFFSET)) -Dliaison.cluster.peer2.port=$((7600 + OFFSET)) \
    >"$base/console.log" 2>&1 &
  local pid=$! ready="" elapsed
  BOOT_PID=$pid
  while kill -0 "$pid" 2>/dev/null && (( $(date +%s) - ${start%.*} < 180 )); do
    if [ "$ear" = 1 ]; then
      [ -f "$base/deployments/liaison.ear.failed" ] && break
      curl -sf -m 2 -o /dev/null "http://127.0.0.1:$http/api/config" && { ready=1; break; }
    else
      grep -q 'WFLYSRV0025\|WFLYSRV0026' "$base/console.log" 2>/dev/null && { ready=1; break; }
    fi
    sleep 0.1
  done
  elapsed=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")
  local server_ms; server_ms=$(grep -o 'WFLYSRV002[56]:.* in [0-9]*ms' "$base/console.log" | grep -o '[0-9]*ms' | tail -1 | tr -d ms || true)
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local t=0; while kill -0 "$pid" 2>/dev/null && [ $t -lt 200 ]; do sleep 0.1; t=$((t + 1)); done
  kill -KILL -- "-$pid" 2>/dev/null || true
  BOOT_PID=""
  if [ -n "$ready" ]; then
    echo "{\"seconds\":$elapsed,\"server_ms\":${server_ms:-0}}" >"$RUN/results/$key.json"
    log "    -> $key: ready after $elapsed s (server says ${server_ms:-?} ms)"
  else
    echo "{\"error\":\"not ready (see $base/console.log)\"}" >"$RUN/results/$key.json"
    log "    -> $key: NOT ready; $base/console.log"
  fi
  rm -rf "$base/deployments" "$base/data" "$base/tmp"
}

# If the run stops (Ctrl-C, an error) during a boot, the server it launched is stopped too.
BOOT_PID=""
DROP_BOOT_DB=""
stop_boot() {
  [ -n "$BOOT_PID" ] && kill -KILL -- "-$BOOT_PID" 2>/dev/null
  [ -n "$DROP_BOOT_DB" ] && { sleep 1; sql -c "drop database if exists $BOOT_DB" 2>/dev/null; }
  true
}
trap stop_boot EXIT
trap 'exit 130' INT TERM

if has P5; then
  log "P5 boot to ready; load $(load_avg)"
  if [ ! -x "$SERVER/bin/standalone.sh" ] || [ ! -f "$EAR" ]; then
    log "  no provisioned server and EAR found (--build DIR): P5 skipped"
  else
    # Never the benchmark's database: an EAR newer than the stack would migrate it under the
    # running server. A throw-away database instead, migrated by a first, unmeasured boot (which
    # also warms the file cache for both measured boots), dropped at the end.
    BOOT_DB="${DB}_bench_boot"
    sql -c "drop database if exists $BOOT_DB" && sql -c "create database $BOOT_DB" \
      || die "cannot create the throw-away database $BOOT_DB"
    DROP_BOOT_DB=1
    boot p5_prepare 1
    rm -f "$RUN/results/p5_prepare.json"
    boot p5_empty 0
    boot p5_ear 1
    sql -c "drop database if exists $BOOT_DB" || log "  could not drop $BOOT_DB"
    DROP_BOOT_DB=""
  fi
fi

# ---------------------------------------------------------------- P6 bundle, Lighthouse
lighthouse() {  # key url: one Lighthouse run, performance only, Lighthouse's default (mobile) profile
  local key=$1 url=$2
  log "  lighthouse $key: ${url:0:90}"
  CHROME_PATH=$chrome timeout 180 "$BENCH/node_modules/.bin/lighthouse" "$url" --quiet \
    --only-categories=performance --output=json --output-path="$RUN/logs/$key.json" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    >"$RUN/logs/$key.txt" 2>&1 || true
  python3 - "$RUN/logs/$key.json" "$RUN/results/$key.json" "$key" <<'EOF' >&2
import json, sys
try:
    r = json.load(open(sys.argv[1]))
    a = r["audits"]
    score = r["categories"]["performance"]["score"]
    res = {"score": None if score is None else score * 100,
           "lcp_ms": a["largest-contentful-paint"]["numericValue"],
           "fcp_ms": a["first-contentful-paint"]["numericValue"],
           "tbt_ms": a["total-blocking-time"]["numericValue"],
           "final_url": (r.get("finalDisplayedUrl") or r.get("finalUrl") or "").split("?")[0],
           "error": (r.get("runtimeError") or {}).get("message", "")}
except Exception as e:  # no report: Lighthouse failed
    res = {"score": None, "error": f"no report ({e.__class__.__name__})"}
open(sys.argv[2], "w").write(json.dumps(res) + "\n")
if res["score"] is not None:
    print(f"    -> {sys.argv[3]}: {res['score']:.0f}, LCP {res['lcp_ms']/1000:.1f} s, FCP {res['fcp_ms']/1000:.1f} s, TBT {res['tbt_ms']:.0f} ms (ends on {res['final_url']})")
else:
    print(f"    -> {sys.argv[3]} failed: {res['error']}")
EOF
}

if has P6; then
  log "P6 initial bundle and Lighthouse; load $(load_avg)"
  dist=""
  # With --build, the build's output (and its stats.json if ng build wrote one); else the files
  # the running server sends: the build it runs, whatever was built since.
  [ -n "$DIST" ] && [ -f "$DIST/index.html" ] && dist=$DIST
  python3 "$BENCH/lib/bundle.py" "${dist:-$URL}" "$RUN/results/p6_bundle.json" >"$RUN/logs/p6_bundle.txt" 2>&1 \
    || { cat "$RUN/logs/p6_bundle.txt" >&2; die "bundle sizes failed"; }
  python3 - "$RUN/results/p6_bundle.json" <<'EOF' >&2
import json, sys
r = json.load(open(sys.argv[1]))
print(f"    -> bundle from {r['source']}: {r['files']} initial files, {r['raw_kb']:.0f} kB raw, {r['gzip_kb']:.0f} kB gzip")
EOF
  if [ ! -x "$BENCH/node_modules/.bin/lighthouse" ]; then
    log "  installing Lighthouse (npm ci in bench/, from the lockfile)"
    (cd "$BENCH" && npm ci --no-audit --no-fund >"$RUN/logs/npm.txt" 2>&1) || log "  npm ci failed: $RUN/logs/npm.txt"
  fi
  chrome=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}
  if [ -x "$BENCH/node_modules/.bin/lighthouse" ] && [ -n "$chrome" ]; then
    lighthouse p6_lighthouse "$URL/"
    # Anchor: the page the start page ends on when nobody is logged in — Keycloak's login form,
    # reached directly (what is left when the SPA's own cost is taken away).
    lighthouse p6_lighthouse_kc "$KC/realms/$REALM/protocol/openid-connect/auth?client_id=$CLIENT&redirect_uri=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$URL/")&response_type=code&response_mode=fragment&scope=openid&state=bench&code_challenge=$(head -c 32 /dev/urandom | openssl dgst -sha256 -binary | base64 -w0 | tr '+/' '-_' | tr -d '=')&code_challenge_method=S256"
  else
    log "  Lighthouse or Chromium missing: score not measured (apt-get install chromium)"
  fi
fi

# ---------------------------------------------------------------- P7 activity dashboards
# One structure's dashboard for the last full year, read again (warm: the figures cache of ADR
# 0015), and cold (a period never asked, one request at a time); the regional view the same.
# Anchor: the very statement the application runs (written out from its classes by
# lib/dashboard_sql.jsh), by pgbench, parameters bound as the JDBC driver binds them.
cold_runs() {  # key path token-file n [default]: n sequential requests, each for a period never
  # asked — or, with "default", for the default view (no period: prepared ahead, ADR 0015)
  local key=$1 path=$2 tokfile=$3 n=$4 i out="$RUN/results/$1.json" times=()
  local tok; tok=$(head -1 "$tokfile")
  for i in $(seq 1 "$n"); do
    local from query; from=$(date -u -d "$YEAR_FROM + $((RANDOM % 300 + 1)) days" +%F)
    query="?from=$from&to=$YEAR_TO"; [ "${5:-}" = default ] && query=""
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $tok" \
      -H 'Accept: application/json' "$URL$path$query")")
  done
  printf '%s\n' "${times[@]}" | python3 -c '
import json, sys
rows = [l.split() for l in sys.stdin if l.strip()]
ms = sorted(float(t) * 1000 for c, t in rows)
errors = sum(1 for c, t in rows if c != "200")
pick = lambda q: ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]
print(json.dumps({"rps": len(ms) / (sum(ms) / 1000), "p50": pick(0.5), "p90": pick(0.9), "p95": pick(0.95),
                  "p99": pick(0.99), "errors": errors, "sample": None, "n": len(ms)}))' >"$out"
  summary "$key"
}
if has P7; then
  DASH_READER=${BENCH_DASHBOARD_READER:-sophie.garnier}
  DASH_OBSERVER=${BENCH_REGIONAL_OBSERVER:-agnes.lambert}
  dash_structure=$(sql -c "select structure_id from professional where username = '$DASH_READER'")
  [ -n "$dash_structure" ] || die "no professional $DASH_READER"
  dash_files=$(sql -c "select count(*) from coordination_file where structure_id = '$dash_structure'")
  YEAR_TO=$(date -u -d "$(date -u +%Y-%m-01) - 1 day" +%F)
  YEAR_FROM=$(date -u -d "$(date -u +%Y-%m-01) - 12 months" +%F)
  meta p7_target "P7: dashboard of $dash_structure ($dash_files files) for $YEAR_FROM..$YEAR_TO, read by $DASH_READER; region by $DASH_OBSERVER"
  log "P7 dashboards — structure $dash_structure ($dash_files files), $YEAR_FROM..$YEAR_TO; load $(load_avg)"
  classes="$ROOT/ejb/target/classes"
  [ -d "$classes/org/liaison/dashboard" ] || die "P7 needs the EJB module built (mvn -pl ejb compile)"
  api=$(find "$HOME/.m2/repository/jakarta/persistence" "$HOME/.m2/repository/jakarta/enterprise" \
    "$HOME/.m2/repository/jakarta/annotation" -name '*.jar' 2>/dev/null | paste -sd:)
  jshell=$(command -v jshell || echo "${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/jshell")
  "$jshell" -R-Dout="$RUN/in" -J-Dout="$RUN/in" --class-path "$classes:$api" "$BENCH/lib/dashboard_sql.jsh" \
    >"$RUN/logs/p7_sql.txt" 2>&1 || true
  [ -s "$RUN/in/dashboard-structure.sql" ] || { cat "$RUN/logs/p7_sql.txt" >&2; die "could not write the dashboard SQL"; }
  months=() m=$YEAR_FROM
  while [ "$m" \< "$YEAR_TO" ]; do months+=("$m"); m=$(date -u -d "$m + 1 month" +%F); done
  ends=(); for m in "${months[@]}"; do ends+=("$(date -u -d "$m + 1 month - 1 day" +%F)"); done
  prev_from=$(date -u -d "$YEAR_FROM - 12 months" +%F) prev_to=$(date -u -d "$YEAR_FROM - 1 day" +%F)
  keys="{current,previous$(for m in "${months[@]}"; do printf ',%s' "${m:0:7}"; done)}"
  froms="{$YEAR_FROM,$prev_from$(printf ',%s' "${months[@]}")}"
  tos="{$YEAR_TO,$prev_to$(printf ',%s' "${ends[@]}")}"
  regional=$(sql -c "select '{' || string_agg(id::text, ',') || '}' from structure where type = 'DAC'")
  D=(-D "keys=$keys" -D "froms=$froms" -D "tos=$tos" -D "today=$(date -u +%F)" -D "now=$(date -u +%FT%TZ)")
  path="/api/dashboards/structures/$dash_structure"
  fresh_tokens "$RUN/in/p7.tokens" "$DASH_READER"
  cold_runs p7_structure_cold "$path" "$RUN/in/p7.tokens" 5
  fresh_tokens "$RUN/in/p7.tokens" "$DASH_READER"
  wrk_run warmup_p7 1 1 dashboard.lua BENCH_TOKENS="$RUN/in/p7.tokens" BENCH_PATH="$path?from=$YEAR_FROM&to=$YEAR_TO"
  fresh_tokens "$RUN/in/p7.tokens" "$DASH_READER"
  wrk_run p7_structure_app 1 1 dashboard.lua BENCH_TOKENS="$RUN/in/p7.tokens" BENCH_PATH="$path?from=$YEAR_FROM&to=$YEAR_TO"
  pg_run p7_structure_pg 1 "$RUN/in/dashboard-structure.sql" -D "structures={$dash_structure}" "${D[@]}"
  fresh_tokens "$RUN/in/p7r.tokens" "$DASH_OBSERVER"
  cold_runs p7_region_cold /api/dashboards/region "$RUN/in/p7r.tokens" 2
  cold_runs p7_region_default /api/dashboards/region "$RUN/in/p7r.tokens" 20 default
  fresh_tokens "$RUN/in/p7r.tokens" "$DASH_OBSERVER"
  # one request first: the measured ones then read what it computed (a cold one outlasts a measure)
  curl -s -o /dev/null -m 120 -H "Authorization: Bearer $(head -1 "$RUN/in/p7r.tokens")" \
    "$URL/api/dashboards/region?from=$YEAR_FROM&to=$YEAR_TO" || true
  wrk_run p7_region_app 1 1 dashboard.lua BENCH_TOKENS="$RUN/in/p7r.tokens" BENCH_PATH="/api/dashboards/region?from=$YEAR_FROM&to=$YEAR_TO"
  pg_run p7_region_pg 1 "$RUN/in/dashboard-region.sql" -D "structures=$regional" "${D[@]}"
fi

# ---------------------------------------------------------------- the table
log "Done in $((SECONDS - T0)) s"
echo
python3 "$BENCH/lib/report.py" "$RUN"
echo
echo "(details: $RUN — table.md for docs/benchmarks.md, logs/ for each tool's own output)"

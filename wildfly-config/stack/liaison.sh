#!/usr/bin/env bash
# Liaison's local stack: PostgreSQL, Keycloak and the provisioned WildFly, all on 127.0.0.1,
# all obtained through the Maven build (no preinstalled server, no Docker). See docs/adr/0002.
#
#   liaison.sh run [--no-build]   build, start the three servers with demo data, wait; Ctrl-C stops all
#   liaison.sh stop               stop a stack started by "run" (from another terminal)
#   liaison.sh reset              stop, then wipe the run data (database, Keycloak, server state)
#   liaison.sh test               build and run every test: unit, Arquillian ITs, Playwright e2e
#   liaison.sh services           start only PostgreSQL and Keycloak on the test ports (for mvn verify)
#   liaison.sh services-stop      stop them
#
# Works as root (PostgreSQL then runs as the unprivileged system user "liaison-pg") and as an
# ordinary user. Data lives in /var/lib/liaison (root) or ~/.local/share/liaison (others),
# or in $LIAISON_DATA if set.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CONFIG="$ROOT/wildfly-config"
TARGET="$CONFIG/target"
SERVER="$TARGET/server"
KEYCLOAK_VERSION=26.7.3
PG_USER=liaison-pg
DEMO_PASSWORD=demo

if [ "$(id -u)" = 0 ]; then
  DATA_ROOT=${LIAISON_DATA:-/var/lib/liaison}
else
  DATA_ROOT=${LIAISON_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/liaison}
fi

log() { printf '\033[1;34m[liaison]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[liaison] %s\033[0m\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- mode: ports and folders
set_mode() {
  MODE=$1
  DATA="$DATA_ROOT/$MODE"
  if [ "$MODE" = run ]; then
    PG_PORT=15432; KC_PORT=8180; WF_OFFSET=0; SMTP_PORT=2525; MAIL_API_PORT=8025
  else
    PG_PORT=15433; KC_PORT=8181; WF_OFFSET=1; SMTP_PORT=2526; MAIL_API_PORT=8026
  fi
  WF_HTTP=$((8080 + WF_OFFSET))
  WF_MGMT=$((9990 + WF_OFFSET))
  export LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/liaison"
  export LIAISON_DB_USER=liaison
  export LIAISON_DB_PASSWORD=liaison
  export LIAISON_OIDC_ISSUER="http://127.0.0.1:$KC_PORT/realms/liaison"
  export LIAISON_OIDC_SPA_CLIENT=liaison-spa
  export LIAISON_DEMO_DATA=true
  export LIAISON_BASE_URL="http://127.0.0.1:$WF_HTTP"
  export LIAISON_PUBLIC_URL="$LIAISON_BASE_URL"
  export LIAISON_SMTP_HOST=127.0.0.1 LIAISON_SMTP_PORT=$SMTP_PORT
  export LIAISON_MAIL_API="http://127.0.0.1:$MAIL_API_PORT"
  export LIAISON_PG_PORT=$PG_PORT LIAISON_KC_PORT=$KC_PORT LIAISON_WF_MGMT=$WF_MGMT
}

# Polls a condition once a second until it holds; fails after $2 seconds.
wait_for() {
  local what=$1 timeout=$2; shift 2
  local start=$SECONDS
  until "$@"; do
    if (( SECONDS - start > timeout )); then die "$what: not ready after ${timeout}s"; fi
    sleep 1
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

java21_home() {
  local d v
  for d in ${JAVA_HOME:-} /usr/lib/jvm/temurin-* /usr/lib/jvm/java-2[1-9]-* ; do
    [ -x "$d/bin/java" ] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$d"; return; fi
  done
  die "Keycloak needs a JDK 21 or newer (looked in /usr/lib/jvm/temurin-*); install one or set JAVA_HOME."
}

build() {
  log "Building Liaison (mvn $*)…"
  (cd "$ROOT" && mvn -B -ntp "$@")
}

# ---------------------------------------------------------------- PostgreSQL
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

pg_install() {
  PG_HOME="$DATA_ROOT/postgresql"
  if [ ! -x "$PG_HOME/bin/postgres" ]; then
    local jar="$TARGET/downloads/postgresql-binaries.jar"
    [ -f "$jar" ] || die "PostgreSQL binaries missing ($jar): build first."
    log "Installing PostgreSQL binaries in $PG_HOME"
    rm -rf "$PG_HOME.tmp" && mkdir -p "$PG_HOME.tmp"
    unzip -p "$jar" 'postgres-linux-x86_64.txz' | tar xJ -C "$PG_HOME.tmp"
    chmod -R a+rX "$PG_HOME.tmp"
    mv "$PG_HOME.tmp" "$PG_HOME"
  fi
  if [ "$(id -u)" = 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
    log "Creating system user $PG_USER (PostgreSQL refuses to run as root)"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
  fi
}

pg_start() {
  pg_install
  local pgdata="$DATA/postgresql"
  mkdir -p "$DATA"
  chmod 755 "$DATA_ROOT" "$DATA"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    log "Initialising the database cluster in $pgdata"
    mkdir -p "$pgdata"
    [ "$(id -u)" = 0 ] && chown "$PG_USER" "$pgdata"
    chmod 700 "$pgdata"
    local pw; pw=$(mktemp); echo "$LIAISON_DB_PASSWORD" > "$pw"; chmod 644 "$pw"
    as_pg "$PG_HOME/bin/initdb" -D "$pgdata" -U liaison --pwfile="$pw" -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$DATA/initdb.log" 2>&1 \
      || { rm -f "$pw"; cat "$DATA/initdb.log"; die "initdb failed"; }
    rm -f "$pw"
    echo "CREATE DATABASE liaison;" \
      | as_pg "$PG_HOME/bin/postgres" --single -D "$pgdata" postgres >>"$DATA/initdb.log" 2>&1
  fi
  if as_pg "$PG_HOME/bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    log "PostgreSQL already running on port $PG_PORT"
    return
  fi
  log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  touch "$DATA/postgresql.log"; [ "$(id -u)" = 0 ] && chown "$PG_USER" "$DATA/postgresql.log"
  as_pg "$PG_HOME/bin/pg_ctl" -D "$pgdata" -l "$DATA/postgresql.log" -w -t 60 \
    -o "-p $PG_PORT -h 127.0.0.1 -k $pgdata" start >/dev/null \
    || { tail -20 "$DATA/postgresql.log"; die "PostgreSQL did not start"; }
}

pg_stop() {
  local pgdata="$DATA/postgresql"
  PG_HOME="$DATA_ROOT/postgresql"
  if [ -x "$PG_HOME/bin/pg_ctl" ] && [ -f "$pgdata/postmaster.pid" ]; then
    log "Stopping PostgreSQL"
    as_pg "$PG_HOME/bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true
  fi
}

# ---------------------------------------------------------------- Keycloak
kc_start() {
  local kc="$DATA/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$kc/bin/kc.sh" ]; then
    local zip="$TARGET/downloads/keycloak.zip"
    [ -f "$zip" ] || die "Keycloak distribution missing ($zip): build first."
    log "Installing Keycloak $KEYCLOAK_VERSION in $kc"
    mkdir -p "$DATA" && unzip -q -o "$zip" -d "$DATA"
  fi
  mkdir -p "$kc/data/import"
  cp "$CONFIG/keycloak/liaison-realm.json" "$kc/data/import/liaison-realm.json"
  if http_ok "http://127.0.0.1:$KC_PORT/realms/liaison/.well-known/openid-configuration"; then
    log "Keycloak already running on port $KC_PORT"
    return
  fi
  # Themes cached: Keycloak then serves the login page's CSS and scripts gzipped, with a
  # max-age (their URLs carry a version), ADR 0011.
  log "Starting Keycloak on 127.0.0.1:$KC_PORT (realm liaison imported on first start)"
  JAVA_HOME=$(java21_home) KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid bash "$kc/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --import-realm --http-management-port=$((KC_PORT + 1000)) --log-level=WARN,org.keycloak.services:INFO \
    --spi-theme--cache-themes=true --spi-theme--static-max-age=2592000 \
    >"$DATA/keycloak.log" 2>&1 &
  echo $! >"$DATA/keycloak.pid"
  wait_for "Keycloak" 240 kc_ready
}

kc_ready() {
  pid_alive keycloak || { tail -30 "$DATA/keycloak.log"; die "Keycloak exited"; }
  http_ok "http://127.0.0.1:$KC_PORT/realms/liaison/.well-known/openid-configuration"
}

# ---------------------------------------------------------------- SMTP sink (GreenMail)
# Every mail Liaison sends lands here, whatever the address; read it in the browser at
# $LIAISON_MAIL_API (GreenMail's API page) or with an IMAP client on port SMTP+... (see README).
mail_start() {
  local jar="$TARGET/downloads/greenmail-standalone.jar"
  [ -f "$jar" ] || die "GreenMail missing ($jar): build first."
  if http_ok "$LIAISON_MAIL_API/api/service/readiness"; then
    log "SMTP sink already running on port $SMTP_PORT"
    return
  fi
  mkdir -p "$DATA"
  log "Starting the SMTP sink (GreenMail) on 127.0.0.1:$SMTP_PORT, IMAP $((SMTP_PORT - 382)), mail API $MAIL_API_PORT"
  setsid java -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.imap.port=$((SMTP_PORT - 382)) -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$jar" >"$DATA/greenmail.log" 2>&1 &
  echo $! >"$DATA/greenmail.pid"
  wait_for "GreenMail" 60 mail_ready
}

mail_ready() {
  pid_alive greenmail || { tail -20 "$DATA/greenmail.log"; die "GreenMail exited"; }
  http_ok "$LIAISON_MAIL_API/api/service/readiness"
}

# ---------------------------------------------------------------- WildFly
wf_start() {
  local base="$DATA/wildfly" ear="$ROOT/ear/target/liaison.ear"
  [ -f "$ear" ] || die "No EAR in ear/target: build first."
  [ -x "$SERVER/bin/standalone.sh" ] || die "No provisioned server in $SERVER: build first."
  # Fresh configuration and deployment from the build at every start; data and logs are kept.
  mkdir -p "$base"
  rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
  cp -a "$SERVER/standalone/configuration" "$base/configuration"
  mkdir -p "$base/deployments"
  cp "$ear" "$base/deployments/liaison.ear"
  log "Starting WildFly on 127.0.0.1:$WF_HTTP (management 127.0.0.1:$WF_MGMT)"
  JBOSS_HOME="$SERVER" setsid bash "$SERVER/bin/standalone.sh" -c standalone.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$WF_OFFSET" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
    -Djboss.node.name="liaison-$MODE" -Dliaison.node.id="liaison-$MODE" \
    -Dliaison.cluster.name="liaison-$MODE" \
    -Dliaison.cluster.peer1.port=$((7600 + WF_OFFSET)) -Dliaison.cluster.peer2.port=$((7600 + WF_OFFSET)) \
    >"$DATA/wildfly.out" 2>&1 &
  echo $! >"$DATA/wildfly.pid"
  wait_for "WildFly deployment" 300 wf_deployed
}

wf_deployed() {
  local d="$DATA/wildfly/deployments"
  pid_alive wildfly || { tail -40 "$DATA/wildfly.out"; die "WildFly exited"; }
  if [ -f "$d/liaison.ear.failed" ]; then
    cat "$d/liaison.ear.failed"; die "Deployment of liaison.ear failed (log: $DATA/wildfly/log/server.log)"
  fi
  [ -f "$d/liaison.ear.deployed" ] && http_ok "http://127.0.0.1:$WF_HTTP/api/config"
}

wf_stop() {
  if pid_alive wildfly; then
    log "Stopping WildFly"
    JBOSS_HOME="$SERVER" bash "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$WF_MGMT" \
      --command=:shutdown >/dev/null 2>&1 || true
    stop_pid wildfly
  fi
}

# ---------------------------------------------------------------- processes we started
pid_alive() { [ -f "$DATA/$1.pid" ] && kill -0 "$(cat "$DATA/$1.pid")" 2>/dev/null; }

# Stops the process group of a server this script started (setsid made it a group leader).
stop_pid() {
  local name=$1 pid
  [ -f "$DATA/$name.pid" ] || return 0
  pid=$(cat "$DATA/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local start=$SECONDS
    while kill -0 "$pid" 2>/dev/null && (( SECONDS - start < 30 )); do sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$DATA/$name.pid"
}

stop_all() {
  trap - INT TERM EXIT
  wf_stop
  if pid_alive keycloak; then log "Stopping Keycloak"; stop_pid keycloak; fi
  if pid_alive greenmail; then log "Stopping the SMTP sink"; stop_pid greenmail; fi
  pg_stop
}

start_all() {
  pg_start
  mail_start
  kc_start
  wf_start
}

print_welcome() {
  cat <<EOF

  Liaison is running:   http://127.0.0.1:$WF_HTTP/
  Keycloak (realm liaison, admin console user admin / admin): http://127.0.0.1:$KC_PORT/
  PostgreSQL:           127.0.0.1:$PG_PORT, database liaison, user liaison / liaison
  E-mails sent:         $LIAISON_MAIL_API/api/user/<address>/messages/  (SMTP sink, any address;
                        IMAP 127.0.0.1:$((SMTP_PORT - 382)), login = the address, any password)
  Data folder:          $DATA

  Demo logins (password "$DEMO_PASSWORD" for all):
    isabelle.martin   case manager, DAC Cœur de Loire (creates files, builds teams)
    lucie.petit       home aide, Aide et Vie à Domicile
    henri.moreau      GP, Cabinet médical des Tilleuls
    claire.dubois     nurse, Cabinet infirmier du Centre
    paul.lefevre      case manager of another structure (DAC Loire Sud): sees none of the above's patients
    sophie.garnier    structure admin and data officer, DAC Cœur de Loire (not in any team)
    nathalie.roche    structure admin, EHPAD Les Glycines (receives admission requests)

  Ctrl-C stops everything (or: wildfly-config/stack/liaison.sh stop).
EOF
}

# ---------------------------------------------------------------- tests
ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ]; then
    log "Installing Chromium for the browser tests (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    die "Chromium is needed for the browser tests: sudo apt-get install chromium"
  fi
}

run_tests() {
  set_mode test
  ensure_chromium
  # A clean slate for every run: the tests create their own data on top of the demo data.
  stop_all_quiet
  rm -rf "$DATA"
  trap stop_all EXIT
  trap 'exit 130' INT TERM
  build -pl wildfly-config package
  pg_start
  mail_start
  kc_start
  log "Unit tests and Arquillian integration tests (real WildFly, PostgreSQL, Keycloak)"
  build verify
  log "Unit tests of the data generator (bench/generator, outside the reactor)"
  build -f "$ROOT/bench/generator/pom.xml" test
  log "Browser tests (Playwright in Chromium) against the running stack"
  # The ITs ran against the same database: the browser tests start from demo data only.
  pg_reset_database
  wf_start
  (cd "$ROOT/frontend" && PATH="$ROOT/frontend/node:$PATH" LIAISON_BASE_URL="$LIAISON_BASE_URL" \
    node node_modules/@playwright/test/cli.js test)
  log "All tests passed."
}

pg_reset_database() {
  pg_stop
  printf 'DROP DATABASE liaison;\nCREATE DATABASE liaison;\n' \
    | as_pg "$PG_HOME/bin/postgres" --single -D "$DATA/postgresql" postgres >>"$DATA/initdb.log" 2>&1
  pg_start
}

stop_all_quiet() { stop_all >/dev/null 2>&1 || true; }

# ---------------------------------------------------------------- main
case "${1:-}" in
  run)
    set_mode run
    if [ "${2:-}" != "--no-build" ]; then build -DskipTests package; fi
    trap stop_all EXIT
    trap 'exit 130' INT TERM
    start_all
    print_welcome
    # Blocks until WildFly ends or Ctrl-C; the EXIT trap stops all three servers.
    while pid_alive wildfly; do sleep 2; done
    ;;
  stop)
    set_mode run
    stop_all
    ;;
  reset)
    set_mode run
    stop_all
    log "Wiping $DATA"
    rm -rf "$DATA"
    ;;
  test)
    run_tests
    ;;
  services)
    # For developers running "mvn verify" or an IDE against the test ports: PostgreSQL and
    # Keycloak only, left running; "liaison.sh services-stop" stops them.
    set_mode test
    pg_start
    mail_start
    kc_start
    ;;
  services-stop)
    set_mode test
    stop_all
    ;;
  *)
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

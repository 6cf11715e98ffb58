#!/usr/bin/env bash
# Fills the database of a running Liaison stack to regional scale, deterministically from a seed.
# Usage: bench/generate.sh [--scale 0.01] [--seed 15] [--database liaison_gen] [--as-of 2026-12-03]
#        (all options: bench/generate.sh --help; connection also from LIAISON_DB_URL / _USER / _PASSWORD)
# Builds the generator with Maven (offline when it can), then runs it. See bench/README.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN="$ROOT/bench/generator"
cd "$ROOT"
if ! mvn -q -o -f "$GEN/pom.xml" package -DskipTests >/dev/null 2>&1; then
  mvn -q -f "$GEN/pom.xml" package -DskipTests
fi
exec java -XX:+UseParallelGC -Xmx2g -cp "$GEN/target/classes:$GEN/target/lib/*" \
  org.liaison.bench.Generator --out "$ROOT/bench/target/generated.properties" "$@"

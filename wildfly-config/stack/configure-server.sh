#!/usr/bin/env bash
# Turns the unpacked WildFly dist into Liaison's server: adds the PostgreSQL driver module and
# applies the numbered CLI scripts of src/main/cli, offline (embedded server), to a pristine copy of
# the dist's standalone-full-ha.xml saved as standalone.xml: clustering (JGroups, Infinispan) and
# messaging (a JMS topic carries live events between nodes, ADR 0009). Idempotent: every run
# starts again from the dist's file.
set -euo pipefail
dist=$1
server=$2
here=$(cd "$(dirname "$0")/.." && pwd)

if [ ! -x "$server/bin/standalone.sh" ]; then
  rm -rf "$server"
  cp -a "$dist" "$server"
fi
# Liaison's heap: the FHIR validator keeps ~200 MB of the specification in memory (ADR 0007).
sed -i 's/JBOSS_JAVA_SIZING="-Xms64m -Xmx512m"/JBOSS_JAVA_SIZING="-Xms256m -Xmx1536m"/' "$server/bin/standalone.conf"
config="$server/standalone/configuration"
cp "$dist/standalone/configuration/standalone-full-ha.xml" "$config/standalone.xml"
rm -rf "$config/standalone_xml_history"

mkdir -p "$server/modules/org/postgresql/main"
# Copied only when changed: a running demo server may have the driver open.
for f in "$here/src/main/modules/org/postgresql/main/module.xml" \
         "$here/target/modules/org/postgresql/main/postgresql.jar"; do
  cmp -s "$f" "$server/modules/org/postgresql/main/$(basename "$f")" \
    || cp "$f" "$server/modules/org/postgresql/main/"
done

script="$here/target/configure-server.cli"
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for f in "$here"/src/main/cli/[0-9]*.cli; do
    echo "# ---- $(basename "$f")"
    cat "$f"
    echo
  done
  echo "stop-embedded-server"
} > "$script"
JBOSS_HOME="$server" bash "$server/bin/jboss-cli.sh" --file="$script"
rm -rf "$config/standalone_xml_history"
echo "WildFly configured in $server"

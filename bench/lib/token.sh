#!/usr/bin/env bash
# Prints an access token for USER, obtained as the SPA obtains it: Keycloak's browser login flow
# (authorization code + PKCE S256) — GET the authorization endpoint, fill the login form, follow
# the redirect to the SPA's redirect URI carrying ?code=, exchange the code at the token endpoint.
# Not the password grant: the token is issued by the same flow, with the same client and scopes.
# Usage: token.sh USER [PASSWORD]    env: KC_URL, KC_REALM, KC_CLIENT, APP_URL
set -euo pipefail
user=$1 password=${2:-demo}
kc=${KC_URL:-http://127.0.0.1:8180} realm=${KC_REALM:-liaison} client=${KC_CLIENT:-liaison-spa}
redirect="${APP_URL:-http://127.0.0.1:8080}/"
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
verifier=$(head -c 48 /dev/urandom | b64url)
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
auth="$kc/realms/$realm/protocol/openid-connect/auth?client_id=$client&response_type=code&scope=openid"
auth+="&redirect_uri=$(enc "$redirect")&state=$state&code_challenge=$challenge&code_challenge_method=S256"
page=$(curl -sS -f -m 20 -c "$jar" -b "$jar" "$auth")
action=$(printf %s "$page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"\|action="[^"]*"[^>]*id="kc-form-login"' \
  | grep -o 'action="[^"]*"' | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
[ -n "$action" ] || { echo "token.sh: no login form for $user" >&2; exit 1; }
location=$(curl -sS -m 20 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "credentialId=" "$action")
code=$(printf %s "$location" | grep -o '[?&]code=[^&#]*' | head -1 | cut -d= -f2-)
[ -n "$code" ] || { echo "token.sh: login of $user did not redirect with a code (got: ${location:-none})" >&2; exit 1; }
curl -sS -f -m 20 "$kc/realms/$realm/protocol/openid-connect/token" \
  --data-urlencode grant_type=authorization_code --data-urlencode "client_id=$client" \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" \
  --data-urlencode "code_verifier=$verifier" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])'

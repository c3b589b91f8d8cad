#!/usr/bin/env bash
# Imports a file into Groundswell as an asynchronous job and draws its progress.
#
#   deploy/import.sh FILE [--format ndjson|stackexchange] [--url http://localhost:8080] [--user admin]
#                         [--source NAME] [--site-url https://site.example]
#
# FILE is NDJSON (one post per line, as for POST /api/posts/bulk) or, with --format stackexchange,
# a zip of a Stack Exchange dump's Posts.xml, Users.xml and Votes.xml. Credentials: the password of
# --user from GROUNDSWELL_PASSWORD or a prompt, or an API key (scope ingest) from GROUNDSWELL_API_KEY.
# Needs bash and curl only. Exit status: 0 when the job is done, 1 when it failed or was refused.
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

file=""; format="ndjson"; url="${GROUNDSWELL_URL:-http://localhost:8080}"; user="admin"; source=""; site_url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --format) format="$2"; shift 2 ;;
    --url) url="${2%/}"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --source) source="$2"; shift 2 ;;
    --site-url) site_url="$2"; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "Unknown option $1" >&2; usage ;;
    *) file="$1"; shift ;;
  esac
done
[ -n "$file" ] && [ -f "$file" ] || { echo "No such file: ${file:-(none given)}" >&2; usage; }
case "$format" in
  ndjson) content_type="application/x-ndjson" ;;
  stackexchange) content_type="application/zip" ;;
  *) echo "--format is ndjson or stackexchange" >&2; exit 2 ;;
esac

# Credentials go to curl in a private config file, never on its command line (visible in ps).
config="$(mktemp)"; answer="$(mktemp)"
trap 'rm -f "$config" "$answer"' EXIT
chmod 600 "$config"
if [ -n "${GROUNDSWELL_API_KEY:-}" ]; then
  printf 'header = "Authorization: Bearer %s"\n' "$GROUNDSWELL_API_KEY" > "$config"
else
  password="${GROUNDSWELL_PASSWORD:-}"
  if [ -z "$password" ]; then read -r -s -p "Password for $user: " password; echo >&2; fi
  printf 'user = "%s:%s"\n' "$user" "$password" > "$config"
fi

query="format=$format"
[ -n "$source" ] && query="$query&source=$source"
[ -n "$site_url" ] && query="$query&siteUrl=$site_url"

# -T streams the file (curl reads --data-binary files into memory first).
echo "Uploading $file ($(wc -c < "$file" | tr -d ' ') bytes) to $url ..." >&2
status="$(curl -sS -K "$config" -o "$answer" -w '%{http_code}' -X POST -H "Content-Type: $content_type" \
  -H "Expect:" -T "$file" "$url/api/imports?$query")"
if [ "$status" != "202" ]; then
  echo "Refused (HTTP $status): $(cat "$answer")" >&2
  exit 1
fi
id="$(grep -o '"id":[0-9]*' "$answer" | head -1 | cut -d: -f2)"
echo "Import $id accepted; following $url/api/imports/$id" >&2

field() { grep -o "\"$1\":[^,}]*" "$answer" | head -1 | cut -d: -f2- | tr -d '"'; }
thousands() { printf "%'d" "$1" 2>/dev/null || printf '%d' "$1"; }
bar() {
  local done=$1 total=$2 width=30 filled percent
  if [ "$total" -gt 0 ]; then percent=$(( done * 100 / total )); else percent=0; fi
  filled=$(( percent * width / 100 ))
  printf '\r[%s%s] %3d%% %s/%s' "$(printf '%*s' "$filled" '' | tr ' ' '#')" \
    "$(printf '%*s' $(( width - filled )) '' | tr ' ' '.')" "$percent" "$(thousands "$done")" "$(thousands "$total")" >&2
}

while true; do
  curl -sS -K "$config" -o "$answer" "$url/api/imports/$id"
  state="$(field status)"; done_count="$(field done)"; total="$(field total)"
  bar "${done_count:-0}" "${total:-0}"
  [ "$state" = "running" ] || break
  sleep 1
done
echo >&2
echo "Import $id $state: $(field stored) posts stored, $(field ratings) ratings, $(field errorCount) errors." >&2
if [ "$(field errorCount)" != "0" ]; then
  echo "First errors (line: message):" >&2
  grep -o '{"line":[0-9]*,"message":"[^"]*"' "$answer" | head -10 \
    | sed 's/{"line":\([0-9]*\),"message":"\(.*\)"/  \1: \2/' >&2
fi
[ "$state" = "done" ]

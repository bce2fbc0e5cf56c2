#!/usr/bin/env bash
# Requests per second for the current script (200 and 304) next to a static file served by the same app, in one
# run on this machine. Needs a packaged app (./mvnw package -DskipTests) and wrk (Debian package).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-8097}"
DURATION="${BENCH_DURATION:-15s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }

LOG="$(mktemp /tmp/hrw-bench.XXXXXX.log)"
java -Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  '-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1' \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none \
  -Dquarkus.log.level=WARN -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -f "$LOG"' EXIT

for _ in $(seq 1 60); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not start; log:" >&2; cat "$LOG" >&2; exit 1; }

SCRIPT="$BASE/api/v1/script?meeting=open"
STATIC="$BASE/favicon.svg"
ETAG="$(curl -fsI "$SCRIPT" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')"
[[ -n $ETAG ]] || { echo "no ETag on $SCRIPT" >&2; exit 1; }

# warm up the JIT and the rendition cache
wrk -t1 -c4 -d5s "$SCRIPT" >/dev/null
wrk -t1 -c4 -d5s "$STATIC" >/dev/null

measure() { # label url [header]
  local out rps p50 p99
  if [[ $# -eq 3 ]]; then out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2")"
  else out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2")"; fi
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  printf '%-34s %10s req/s   p50 %-9s p99 %s\n' "$1" "$rps" "$p50" "$p99" >&2
  echo "$rps"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores; app and wrk share the machine"
static_rps="$(measure 'static file (/favicon.svg)' "$STATIC")"
script_rps="$(measure 'script, 200' "$SCRIPT")"
not_modified_rps="$(measure 'script, 304 (If-None-Match)' "$SCRIPT" "If-None-Match: $ETAG")"
awk -v s="$static_rps" -v a="$script_rps" -v b="$not_modified_rps" \
  'BEGIN { printf "ratio to the static file: script 200 = %.2f, script 304 = %.2f\n", a/s, b/s }'

#!/usr/bin/env bash
# Nearby group search at 1,000, 10,000 and 100,000 active groups in PostgreSQL, next to a static file served by the
# same app, in one run. Needs: a PostgreSQL the script may fill (BENCH_JDBC_URL, BENCH_PSQL for psql), a jar built
# for PostgreSQL (./mvnw package -Ppostgresql -DskipTests) and wrk. It starts and stops the app itself.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-8098}"
DURATION="${BENCH_DURATION:-10s}"
SIZES="${BENCH_SIZES:-1000 10000 100000}"
JDBC_URL="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5433/hrw_bench}"
DB_USER="${BENCH_DB_USER:-hrw}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-hrw}"
PSQL="${BENCH_PSQL:-psql -h 127.0.0.1 -p 5433 -U hrw -d hrw_bench -q -v ON_ERROR_STOP=1}"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT"
# Northampton, MA: the search a newcomer there would make.
SEARCH="$BASE/api/v1/groups?lat=42.3251&lon=-72.6412&radiusKm=25&size=20"
STATIC="$BASE/favicon.svg"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
grep -qx 'db-kind=postgresql' "$ROOT/target/classes/hrw-build.properties" 2>/dev/null \
  || { echo "build for PostgreSQL first: ./mvnw package -Ppostgresql -DskipTests" >&2; exit 1; }
export PGPASSWORD="$DB_PASSWORD"

LOG="$(mktemp /tmp/hrw-bench-groups.XXXXXX.log)"
java -Xmx1g -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.datasource.jdbc.url="$JDBC_URL" -Dquarkus.datasource.username="$DB_USER" \
  -Dquarkus.datasource.password="$DB_PASSWORD" -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none \
  -Dquarkus.log.level=WARN -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 90); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not start:" >&2; cat "$LOG" >&2; exit 1; }

seed() { # n: replace every group with n active groups spread over the continental US
  $PSQL -v n="$1" -f "$ROOT/bench/seed-groups.sql"
}

latency() { # url: median and p99 with one connection (close to server time on loopback)
  wrk -t1 -c1 -d"$DURATION" --latency "$1" | awk '$1=="50%" {p50=$2} $1=="99%" {p99=$2} /Requests\/sec/ {r=$2} END {printf "%s req/s (1 conn), p50 %s, p99 %s", r, p50, p99}'
}

throughput() { # url
  wrk -t2 -c16 -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'
}

echo "nearby search: $SEARCH"
printf '%-9s %-8s %-46s %-12s %s\n' groups results "latency (1 connection)" "req/s (16)" "static file req/s (16)"
for n in $SIZES; do
  seed "$n"
  results="$(curl -fs "$SEARCH" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  wrk -t1 -c2 -d3s "$SEARCH" >/dev/null
  printf '%-9s %-8s %-46s %-12s %s\n' "$n" "$results" "$(latency "$SEARCH")" "$(throughput "$SEARCH")" \
    "$(throughput "$STATIC")"
done
# With the largest directory still in place: what a phone sees after opening a shared search link.
if [[ -d $ROOT/frontend/node_modules/playwright-core ]]; then
  node "$ROOT/bench/finder-first-results.mjs" "$BASE" "${BENCH_PHONE_RUNS:-5}"
else
  echo "(frontend/node_modules missing: skipped the phone measurement; build the app first)"
fi
# The whole-directory feeds other tools pull, with the largest directory: written (the first request), then kept,
# then a poll that already has it (If-None-Match: 304).
echo "whole-directory feeds at $n groups (the static file: $(curl -fs -o /dev/null -w '%{time_total}' "$STATIC") s)"
for feed in meeting-guide.json groups.geojson groups.ics; do
  written="$(curl -fs -o /dev/null -w '%{time_total} s, %{size_download} bytes' "$BASE/api/v1/feeds/$feed")"
  kept="$(curl -fs -o /dev/null -w '%{time_total} s' "$BASE/api/v1/feeds/$feed")"
  tag="$(curl -fsI "$BASE/api/v1/feeds/$feed" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')"
  polled="$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "If-None-Match: $tag" "$BASE/api/v1/feeds/$feed")"
  echo "  $feed: written $written; kept $kept; polled $polled"
done
$PSQL -c "delete from hrw_group"

#!/usr/bin/env bash
# Issue 19's measurements in one run, every one through HTTP only, each throughput beside the app's static file
# (/favicon.svg) measured right next to it; prints Markdown tables. bench/README.md says how to make the two builds
# and how to read the tables.
#
#   BENCH_PG_APP=/tmp/hrw-pg BENCH_H2_APP=/tmp/hrw-h2 bench/run.sh
#
# Needs wrk, psql, curl, unzip, a PostgreSQL database the script may fill (BENCH_JDBC_URL / BENCH_PSQL) and the two
# builds (directories that hold quarkus-app). It starts and stops the app itself, on BENCH_PORT.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-8097}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-$((PORT + 1000))}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
SIZES="$(tr ' ' '\n' <<<"${BENCH_SIZES:-1000 10000 100000}" | grep . | sort -n | tr '\n' ' ')"
LARGEST="$(awk '{print $NF}' <<<"$SIZES")"
SOAK="${BENCH_SOAK:-10m}"
RSS_EVERY="${BENCH_RSS_INTERVAL:-5}"
# By default the JVM runs as the Deployment runs it: its JDK_JAVA_OPTIONS, in a memory cgroup of its memory limit
# (which needs root; BENCH_MEMORY_LIMIT= runs without one).
DEPLOYMENT="$ROOT/deploy/k8s/deployment.yaml"
DEPLOY_JAVA_OPTS="$(awk '/name: JDK_JAVA_OPTIONS/ {getline; sub(/^ *value: */, ""); gsub(/"/, ""); print; exit}' "$DEPLOYMENT")"
DEPLOY_MEMORY="$(awk '/limits:/ {l = 1} l && /memory:/ {sub(/^ *memory: */, ""); sub(/i$/, ""); print; exit}' "$DEPLOYMENT")"
JAVA_OPTS="${BENCH_JAVA_OPTS-$DEPLOY_JAVA_OPTS}"
MEMORY_LIMIT="${BENCH_MEMORY_LIMIT-$DEPLOY_MEMORY}"
PG_APP="${BENCH_PG_APP:-$ROOT/target}"
H2_APP="${BENCH_H2_APP:-}"
JDBC_URL="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5433/hrw_bench}"
DB_USER="${BENCH_DB_USER:-hrw}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-hrw}"
PSQL="${BENCH_PSQL:-psql -h 127.0.0.1 -p 5433 -U hrw -d hrw_bench}"
SAVE_FEEDS="${BENCH_SAVE_FEEDS:-}"
PHONE_RUNS="${BENCH_PHONE_RUNS:-5}"
BASE="http://127.0.0.1:$PORT"
STATIC="$BASE/favicon.svg"
NORTHAMPTON="lat=42.3251&lon=-72.6412&radiusKm=25&size=20"
NEARBY="$BASE/api/v1/groups?$NORTHAMPTON"
# The finder's first page of online groups (frontend/src/pages/groups/hrw-group-finder.ts, ONLINE_PAGE_SIZE).
ONLINE_PAGE_SIZE="$(sed -nE 's/^const ONLINE_PAGE_SIZE = ([0-9]+);.*/\1/p' \
  "$ROOT/frontend/src/pages/groups/hrw-group-finder.ts" 2>/dev/null || true)"
ONLINE_PAGE_SIZE="${ONLINE_PAGE_SIZE:-5}"
GROUP=bench-4 # in the Northampton cluster, with cancelled dates and a public meeting plan (seed-groups.sql)
# The whole-directory answers, by the name their body is saved under: the three feeds, and BMLT's search with no
# filter (crouton and the BMLT clients ask for it; it must order every meeting before it writes the first one).
FEEDS="meeting-guide.json groups.geojson groups.ics bmlt-search.json"
feed_url() { # saved name -> URL
  case "$1" in
    bmlt-search.json) echo "$BASE/api/bmlt/client_interface/json/?switcher=GetSearchResults" ;;
    *) echo "$BASE/api/v1/feeds/$1" ;;
  esac
}
export PGPASSWORD="$DB_PASSWORD"

for tool in wrk curl unzip java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
done
db_kind() { # dir holding quarkus-app: the db-kind the build was made for
  local jar
  for jar in "$1"/quarkus-app/app/*.jar; do
    unzip -p "$jar" hrw-build.properties 2>/dev/null | sed -n 's/^db-kind=//p'
  done | head -1
}
[[ $(db_kind "$PG_APP") == postgresql ]] || {
  echo "BENCH_PG_APP=$PG_APP holds no PostgreSQL build (quarkus-app); see bench/README.md" >&2; exit 1; }
if [[ -n $H2_APP && $(db_kind "$H2_APP") != h2 ]]; then
  echo "BENCH_H2_APP=$H2_APP holds no H2 build (quarkus-app); see bench/README.md" >&2; exit 1
fi
$PSQL -qAtc 'select 1' >/dev/null || { echo "cannot reach the database with: $PSQL" >&2; exit 1; }

WORK="$(mktemp -d /tmp/hrw-bench-run.XXXXXX)"
APP_PID=""
SAMPLER_PID=""
stop_app() {
  if [[ -n $APP_PID ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
cleanup() {
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null
  stop_app
  $PSQL -qc "delete from hrw_group where slug like 'bench-%'" >/dev/null 2>&1 || true
  if [[ -n ${KEEP_LOGS:-} ]]; then echo "logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
  [[ -z ${CGROUP:-} ]] || rmdir "$CGROUP" 2>/dev/null || true
}
trap cleanup EXIT

# BENCH_MEMORY_LIMIT: every JVM runs in a memory cgroup of that size, as in a container with that limit. The JVM
# then sizes its heap and picks its collector from the limit, as it does in a pod; -XX:MaxRAM only does the first
# (with more than 1792 MB in the machine it still picks G1, not the serial collector a pod this small gets).
CGROUP=""
if [[ -n $MEMORY_LIMIT ]]; then
  if [[ -w /sys/fs/cgroup/memory ]]; then
    CGROUP="/sys/fs/cgroup/memory/hrw-bench-$$"
    mkdir "$CGROUP" && echo "$MEMORY_LIMIT" >"$CGROUP/memory.limit_in_bytes"
  elif grep -qw memory /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null && [[ -w /sys/fs/cgroup ]]; then
    CGROUP="/sys/fs/cgroup/hrw-bench-$$"
    mkdir "$CGROUP" && echo "$MEMORY_LIMIT" >"$CGROUP/memory.max"
  else
    echo "a memory limit of $MEMORY_LIMIT needs a writable memory cgroup (v1 or v2, as root);" \
      "BENCH_MEMORY_LIMIT= runs without one" >&2; exit 1
  fi
fi
# The java command line to start every JVM with: in the memory cgroup if there is one. bash execs java, so $! of a
# background start is java's own pid.
JVM=(java)
[[ -n $CGROUP ]] && JVM=(bash -c 'echo $$ >"$1/cgroup.procs" && shift && exec "$@"' jvm "$CGROUP" java)
note() { echo "[$(date +%T)] $*" >&2; }

STARTS=0
start_app() { # kind (pg|h2): starts the app and waits for readiness; sets APP_PID and READY_S
  local kind="$1" dir log t0 t1 i
  STARTS=$((STARTS + 1))
  log="$WORK/app-$STARTS-$kind.log"
  local -a args=($JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1
    -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.management.host=127.0.0.1
    -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none -Dhrw.sample-content=true)
  if [[ $kind == pg ]]; then
    dir="$PG_APP"
    args+=(-Dquarkus.datasource.jdbc.url="$JDBC_URL" -Dquarkus.datasource.username="$DB_USER"
      -Dquarkus.datasource.password="$DB_PASSWORD")
  else
    dir="$H2_APP"
    args+=("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$WORK/h2/hrw;DB_CLOSE_ON_EXIT=FALSE")
  fi
  if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
    echo "something already answers on port $PORT: stop it or set BENCH_PORT" >&2; exit 1
  fi
  t0="$(date +%s%N)"
  HRW_SHUTDOWN_DELAY=0S "${JVM[@]}" "${args[@]}" -jar "$dir/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 3600); do
    curl -fs -o /dev/null "$BASE/q/health/ready" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; its log:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1="$(date +%s%N)"
  curl -fs -o /dev/null "$BASE/q/health/ready" || { echo "the app is not ready; its log:" >&2; cat "$log" >&2; exit 1; }
  READY_S="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", (b - a) / 1e9}')"
  note "$kind app ready in $READY_S s (pid $APP_PID, log $log)"
}

seed() { # n
  note "seeding $1 groups"
  $PSQL -q -v ON_ERROR_STOP=1 -v n="$1" -f "$ROOT/bench/seed-groups.sql" >/dev/null
}

ms() { # wrk's 1.23ms / 456.00us / 1.02s / 2.00m -> milliseconds
  awk '{v=$1; u=v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
        f = u=="us" ? 0.001 : u=="ms" ? 1 : u=="s" ? 1000 : u=="m" ? 60000 : 1; printf "%.2f", v * f}' <<<"$1"
}
WRK_RPS=0; WRK_BAD=0; WRK_P50=""; WRK_P99=""; WRK_REQS=0
run_wrk() { # threads connections duration url [header]: sets WRK_RPS, WRK_BAD (non-2xx/3xx and socket errors), WRK_P50/99
  local out
  if [[ $# -ge 5 ]]; then out="$(wrk -t"$1" -c"$2" -d"$3" --latency -H "$5" "$4")"
  else out="$(wrk -t"$1" -c"$2" -d"$3" --latency "$4")"; fi
  WRK_RPS="$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")"
  WRK_REQS="$(awk '/requests in/ {print $1}' <<<"$out")"
  WRK_BAD="$(awk '/Non-2xx or 3xx/ {b += $NF} /Socket errors/ {gsub(/,/, ""); b += $4 + $6 + $8 + $10} END {print b + 0}' <<<"$out")"
  WRK_P50="$(ms "$(awk '$1=="50%" {print $2}' <<<"$out")")"
  WRK_P99="$(ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

ROWS="$WORK/rows.md"
row() { # label path [header] [latency]: a throughput row beside the static file; "latency" adds p50/p99 at 1 connection
  local label="$1" url="$BASE$2" header="${3:-}" want_latency="${4:-}" status static rps bad lat50="-" lat99="-"
  rm -f "$WORK/body"; touch "$WORK/body"
  if [[ -n $header ]]; then status="$(curl -s -o "$WORK/body" -w '%{http_code}' -H "$header" "$url")"
  else status="$(curl -s -o "$WORK/body" -w '%{http_code}' "$url")"; fi
  local bytes; bytes="$(wc -c <"$WORK/body")"
  run_wrk 1 4 "$WARMUP" "$url" ${header:+"$header"}
  run_wrk 2 16 "$DURATION" "$STATIC"; static="$WRK_RPS"
  run_wrk 2 16 "$DURATION" "$url" ${header:+"$header"}; rps="$WRK_RPS"; bad="$WRK_BAD"
  if [[ -n $want_latency ]]; then
    run_wrk 1 1 "$DURATION" "$url" ${header:+"$header"}; lat50="$WRK_P50"; lat99="$WRK_P99"; bad=$((bad + WRK_BAD))
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$status" "$bytes" "$rps" "$static" \
    "$(ratio "$rps" "$static")" "$lat50" "$lat99" "$bad" >>"$ROWS"
  note "$label: $status, $rps req/s vs static $static, p50 $lat50 ms, not ok $bad"
  LAST_RPS="$rps"; LAST_P50="$lat50"; LAST_RATIO="$(ratio "$rps" "$static")"
}

wait_for_places() { # the gazetteer loads in the background at start
  local i
  for i in $(seq 1 120); do
    [[ $(curl -s "$BASE/api/v1/places?q=North&limit=10") == *'"name"'* ]] && return 0
    sleep 0.5
  done
  note "places look-up still empty after 60 s"
}

FEEDS_MD="$WORK/feeds.md"
declare -A COLD_TOTAL COLD_TTFB
cold_feeds() { # right after a start: each feed written for the first time
  local feed out
  for feed in $FEEDS; do
    out="$(curl -s -o "$WORK/$feed" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
      "$(feed_url "$feed")")"
    COLD_TOTAL[$feed]+="$(awk '{print $3}' <<<"$out") "
    COLD_TTFB[$feed]+="$(awk '{print $2}' <<<"$out") "
    note "cold $feed: $out"
  done
}
median() { tr ' ' '\n' <<<"$*" | grep . | sort -g | awk '{v[NR]=$1} END {if (NR) printf "%s", v[int((NR + 1) / 2)]; else print "-"}'; }
kept_feeds() { # after cold_feeds on the same start: the kept copy, and a poll that has it (If-None-Match)
  local feed url status bytes sum kept tag polled
  for feed in $FEEDS; do
    url="$(feed_url "$feed")"
    status="$(curl -s -o "$WORK/$feed" -w '%{http_code}' "$url")"
    bytes="$(wc -c <"$WORK/$feed")"
    sum="$(sha256sum "$WORK/$feed" | cut -c1-16)"
    [[ -n $SAVE_FEEDS ]] && mkdir -p "$SAVE_FEEDS" && cp "$WORK/$feed" "$SAVE_FEEDS/$feed" \
      && sha256sum "$WORK/$feed" | sed "s#$WORK/##" >>"$SAVE_FEEDS/SHA256SUMS"
    kept="$(curl -s -o /dev/null -w '%{time_total}' "$url")"
    tag="$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')"
    polled="$(curl -s -o /dev/null -w '%{http_code} in %{time_total}' -H "If-None-Match: ${tag:-none}" "$url")"
    printf '| %s | %s | %s | %s (%s) | %s (%s) | %s | %s | `%s` |\n' "$feed" "$status" "$bytes" \
      "$(median "${COLD_TOTAL[$feed]}")" "${COLD_TOTAL[$feed]% }" "$(median "${COLD_TTFB[$feed]}")" \
      "${COLD_TTFB[$feed]% }" "$kept" "$polled" "$sum" >>"$FEEDS_MD"
  done
}

# --- Settings -----------------------------------------------------------------------------------------------------
FLAGS="$("${JVM[@]}" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null)"
HEAP="$(awk '$2=="MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}' <<<"$FLAGS")"
GC="$(awk '$2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah)GC$/ && $4 == "true" {sub(/^Use/, "", $2); print $2}' <<<"$FLAGS")"
LIMIT_NOTE="${MEMORY_LIMIT:+, in a memory cgroup of $MEMORY_LIMIT (BENCH_MEMORY_LIMIT)}"
{
  echo "# HRW hub benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); PostgreSQL build: \`$PG_APP\`; H2 build: \`${H2_APP:-(not given)}\`"
  echo "- JVM: \`$JAVA_OPTS\` (BENCH_JAVA_OPTS$LIMIT_NOTE; max heap $HEAP, $GC), $(java -version 2>&1 | head -1)"
  echo "- $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; wrk -t2 -c16 -d$DURATION (warm-up $WARMUP); app and wrk share the machine"
  echo "- directory sizes: $SIZES(the benchmark's groups; the demo's 30 example groups come on top)"
} >"$WORK/head.md"
cat "$WORK/head.md" >&2

# --- The schema and the demo content (the first start migrates and adds them) -----------------------------------
if ! $PSQL -qAtc "select count(*) from hrw_group where example" >/dev/null 2>&1; then
  start_app pg; stop_app
fi

# --- Nearby search at each size; everything else at the largest ---------------------------------------------------
NEARBY_MD="$WORK/nearby.md"
declare -A NEAR_RPS NEAR_P50 NEAR_RATIO
STARTUP_PG=""
for n in $SIZES; do
  seed "$n"
  if [[ $n == "$LARGEST" ]]; then
    # Start-up with the largest directory (three times), each followed by the whole-directory feeds written cold.
    for run in 1 2 3; do
      start_app pg; STARTUP_PG+="$READY_S "
      cold_feeds
      if [[ $run -lt 3 ]]; then stop_app; fi
    done
    kept_feeds
  else
    start_app pg
  fi
  found="$(curl -s "$NEARBY" | sed -nE 's/.*"total":([0-9]+).*/\1/p')"
  : >"$ROWS"
  row "nearby search, Northampton 25 km" "/api/v1/groups?$NORTHAMPTON" "" latency
  NEAR_RPS[$n]="$LAST_RPS"; NEAR_P50[$n]="$LAST_P50"; NEAR_RATIO[$n]="$LAST_RATIO"
  sed "s/^| nearby search, Northampton 25 km |/| $n | $found |/" "$ROWS" >>"$NEARBY_MD"
  if [[ $n == "$LARGEST" ]]; then
    : >"$ROWS"
    wait_for_places
    script_tag="$(curl -s -D - -o /dev/null "$BASE/api/v1/script?meeting=open" | tr -d '\r' \
      | awk 'tolower($1)=="etag:" {print $2}')"
    exercise="$(curl -s "$BASE/api/v1/exercises" | sed -nE 's/^\{"items":\[\{"slug":"([^"]+)".*/\1/p')"
    row "GET /api/v1/config" "/api/v1/config"
    row "the script (meeting=open)" "/api/v1/script?meeting=open"
    row "the script, 304 (If-None-Match)" "/api/v1/script?meeting=open" "If-None-Match: $script_tag"
    row "/q/health/ready" "/q/health/ready"
    row "learnings list" "/api/v1/learnings"
    row "group by slug ($GROUP)" "/api/v1/groups/$GROUP"
    row "exercises list" "/api/v1/exercises"
    row "exercise by slug ($exercise)" "/api/v1/exercises/$exercise"
    row "next exercise ($GROUP)" "/api/v1/groups/$GROUP/next-exercise"
    row "places look-up (q=North)" "/api/v1/places?q=North&limit=10"
    row "nearby search, Northampton 25 km ($found found)" "/api/v1/groups?$NORTHAMPTON" "" latency
    row "online groups, finder's first page (size $ONLINE_PAGE_SIZE)" \
      "/api/v1/groups?attendance=online&sort=next-meeting&page=0&size=$ONLINE_PAGE_SIZE" "" latency
    cp "$ROWS" "$WORK/reads.md"
    # What a phone sees after opening a shared search link (headless Chromium), with the largest directory.
    if [[ $PHONE_RUNS -gt 0 && -d $ROOT/frontend/node_modules/playwright-core ]]; then
      node "$ROOT/bench/finder-first-results.mjs" "$BASE" "$PHONE_RUNS" >"$WORK/phone.txt" 2>&1 \
        || echo "(finder-first-results.mjs failed)" >>"$WORK/phone.txt"
    else
      echo "(skipped: BENCH_PHONE_RUNS=0 or frontend/node_modules missing)" >"$WORK/phone.txt"
    fi
  fi
  stop_app
done

# --- Memory: a mixed soak at the largest size on a fresh start -----------------------------------------------------
start_app pg
wait_for_places
points="$($PSQL -qAtF, -c "select latitude, longitude from hrw_group where slug like 'bench-%' and latitude is not null
  order by md5(slug) limit 300" | awk -F, '{printf "{%s,%s},", $1, $2}')"
exercises="$(curl -s "$BASE/api/v1/exercises?size=100" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4 | sort -u \
  | awk '{printf "\"%s\",", $0}')"
sed -e "s/@POINTS@/$points/" -e "s/@EXERCISES@/$exercises/" -e "s/@GROUPS@/$LARGEST/" \
  -e "s/@ONLINE_PAGE_SIZE@/$ONLINE_PAGE_SIZE/" "$ROOT/bench/soak.lua" >"$WORK/soak.lua"
rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"; }
RSS_START="$(rss)"
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(date +%s) $(rss)" >>"$WORK/rss.txt"; sleep "$RSS_EVERY"; done ) &
SAMPLER_PID=$!
note "soak for $SOAK (RSS at start $RSS_START MiB)"
# Two readers of the whole-directory feeds beside the soak, each a feed at a time, plain, with a second between.
: >"$WORK/soak-feeds.txt"
FEED_READERS=()
for reader in 1 2; do
  ( set +e; feeds=(meeting-guide.json groups.geojson groups.ics)
    while kill -0 "$APP_PID" 2>/dev/null && [[ ! -e $WORK/soak-done ]]; do
      feed="${feeds[RANDOM % ${#feeds[@]}]}"
      curl -s -o /dev/null -w "$feed %{http_code} %{time_total}\n" --max-time 60 "$(feed_url "$feed")" \
        >>"$WORK/soak-feeds.txt"
      sleep 1
    done ) &
  FEED_READERS+=($!)
done
soak_out="$(wrk -t2 -c16 -d"$SOAK" --timeout 30s --latency -s "$WORK/soak.lua" "$BASE")"
touch "$WORK/soak-done"; wait "${FEED_READERS[@]}" 2>/dev/null || true
SOAK_FEEDS="$(sort -k3,3n "$WORK/soak-feeds.txt" | awk '{n++; if ($2 != 200) bad++; t[n] = $3} END {
  printf "%d, %d not 200, median %.1f s, longest %.1f s", n, bad + 0, n ? t[int((n + 1) / 2)] : 0, n ? t[n] : 0}')"
sleep "$RSS_EVERY"
kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
RSS_FINAL="$(rss)"
RSS_PEAK="$(awk '$2 > p {p = $2} END {print p + 0}' "$WORK/rss.txt")"
SOAK_RPS="$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$soak_out")"
SOAK_REQS="$(awk '/requests in/ {print $1}' <<<"$soak_out")"
SOAK_BAD="$(awk '/Non-2xx or 3xx/ {b += $NF} /Socket errors/ {gsub(/,/, ""); b += $4 + $6 + $8 + $10} END {print b + 0}' <<<"$soak_out")"
SOAK_P50="$(ms "$(awk '$1=="50%" {print $2}' <<<"$soak_out")")"
SOAK_P99="$(ms "$(awk '$1=="99%" {print $2}' <<<"$soak_out")")"
SOAK_500="$(grep -c 'Unexpected failure' "$WORK/app-$STARTS-pg.log" || true)"
stop_app

# --- Start-up of the H2 build with the demo content ----------------------------------------------------------------
STARTUP_H2=""; FIRST_H2="-"
if [[ -n $H2_APP ]]; then
  start_app h2; FIRST_H2="$READY_S"; stop_app # creates the database and the demo content
  for run in 1 2 3; do start_app h2; STARTUP_H2+="$READY_S "; stop_app; done
fi

# --- Start-up of the smallest Quarkus app (bench/baseline), for what this machine takes to start any ------------------
STARTUP_BASE=""
note "building bench/baseline"
if "$ROOT/mvnw" -B -ntp -q -f "$ROOT/bench/baseline/pom.xml" package -DskipTests >"$WORK/baseline-build.log" 2>&1; then
  for run in 1 2 3; do
    t0="$(date +%s%N)"
    "${JVM[@]}" $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
      -jar "$ROOT/bench/baseline/target/quarkus-app/quarkus-run.jar" >"$WORK/baseline-$run.log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "$BASE/q/health/ready" 2>/dev/null; do
      kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/baseline-$run.log" >&2; exit 1; }
      sleep 0.05
    done
    STARTUP_BASE+="$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.2f", (b - a) / 1e9}') "
    stop_app
  done
else
  note "bench/baseline did not build (see $WORK/baseline-build.log); its row is skipped"
fi

# --- The report ----------------------------------------------------------------------------------------------------
FIRST_SIZE="$(awk '{print $1}' <<<"$SIZES")"
APP_500="$(cat "$WORK"/app-*.log | grep -c 'Unexpected failure' || true)"
{
  cat "$WORK/head.md"
  echo
  echo "## Public reads at $LARGEST groups (PostgreSQL)"
  echo
  echo "| request | status | bytes | req/s (16 conn) | static file req/s (16, just before) | ratio | p50 ms (1 conn) | p99 ms (1 conn) | not 2xx/3xx |"
  echo "|---|---|---|---|---|---|---|---|---|"
  cat "$WORK/reads.md"
  echo
  echo "## Nearby search by directory size (Northampton, MA, 25 km, first page of 20)"
  echo
  echo "| groups | found | status | bytes | req/s (16 conn) | static file req/s | ratio | p50 ms (1 conn) | p99 ms (1 conn) | not 2xx/3xx |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  cat "$NEARBY_MD"
  echo
  echo "$LARGEST vs $FIRST_SIZE groups: req/s $(ratio "${NEAR_RPS[$LARGEST]}" "${NEAR_RPS[$FIRST_SIZE]}") of the smaller" \
    "directory's (within 1.5x: >= 0.67), p50 $(ratio "${NEAR_P50[$LARGEST]}" "${NEAR_P50[$FIRST_SIZE]}")x (within 1.5x: <= 1.5);" \
    "ratio to the static file $(ratio "${NEAR_RATIO[$LARGEST]}" "${NEAR_RATIO[$FIRST_SIZE]}") of the smaller directory's" \
    "(the same comparison with the machine's noise taken out)."
  echo
  echo "## Whole-directory feeds at $LARGEST groups"
  echo
  echo "| feed | status | bytes | cold whole body s, median (each start) | cold first byte s, median (each start) | kept s | polled with ETag | sha256 (first 16) |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$FEEDS_MD"
  echo
  echo "## Start-up to ready (java -jar to /q/health/ready 200)"
  echo
  BASE_S="$(median "$STARTUP_BASE")"
  echo "| build | runs s | median s | ratio to the smallest Quarkus app |"
  echo "|---|---|---|---|"
  echo "| the smallest Quarkus app (bench/baseline: REST, Jackson, health) | ${STARTUP_BASE% } | $BASE_S | 1 |"
  if [[ -n $H2_APP ]]; then
    echo "| H2, demo content (first start, which creates the database: $FIRST_H2 s) | ${STARTUP_H2% } |" \
      "$(median "$STARTUP_H2") | $(ratio "$(median "$STARTUP_H2")" "$BASE_S") |"
  else
    echo "| H2, demo content | skipped: set BENCH_H2_APP | - | - |"
  fi
  echo "| PostgreSQL, $LARGEST groups | ${STARTUP_PG% } | $(median "$STARTUP_PG") |" \
    "$(ratio "$(median "$STARTUP_PG")" "$BASE_S") |"
  echo
  echo "## Memory: mixed soak at $LARGEST groups ($SOAK, wrk -t2 -c16, bench/soak.lua)"
  echo
  echo "| JVM options | requests | req/s | p50 ms | p99 ms | not 2xx/3xx or socket errors | RSS at start MiB | peak MiB | final MiB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| \`$JAVA_OPTS\`$LIMIT_NOTE (max heap $HEAP, $GC) | $SOAK_REQS | $SOAK_RPS | $SOAK_P50 | $SOAK_P99 | $SOAK_BAD | $RSS_START | $RSS_PEAK | $RSS_FINAL |"
  echo
  echo "Whole-directory feeds read meanwhile by two readers of their own (plain, a second between): $SOAK_FEEDS."
  echo
  echo "Unexpected failures (500) in the app's logs: $APP_500 in the whole run, $SOAK_500 during the soak."
  echo
  echo "## A phone opening the shared search link (finder-first-results.mjs, $LARGEST groups)"
  echo
  echo '```'
  cat "$WORK/phone.txt"
  echo '```'
} | tee "$WORK/report.md"
if [[ $APP_500 -gt 0 ]]; then
  echo >&2; echo "The app's unexpected failures:" >&2
  grep -h 'Unexpected failure' "$WORK"/app-*.log | cut -c1-300 | sort | uniq -c | sort -rn | head -10 >&2
fi

#!/usr/bin/env bash
# Start-up: launches a fresh JVM RUNS times per case, each creating a Database with 50 models and
# answering one query (StartupProbe), and prints median/min/max of each phase in milliseconds.
#
#   mvn -B -pl benchmarks -am package -DskipTests && bash benchmarks/run-startup.sh
#
# Settings: RUNS (default 10), JAVA_OPTS (default none), OUT (default benchmarks/target/startup),
# DUOORM_BENCH_POSTGRES_URL (as for the JMH benchmarks). Cases: H2 in memory (tables created, then the
# query), PostgreSQL with existing tables (created by one unmeasured run first), blocking and reactive,
# and H2 blocking again with an AppCDS archive. Columns: see StartupProbe's javadoc.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
RUNS=${RUNS:-10}
OUT=${OUT:-benchmarks/target/startup}
PG=${DUOORM_BENCH_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}
[ -f "$JAR" ] || { echo "build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
mkdir -p "$OUT"

probe() { # name, args...
    local name=$1; shift
    : > "$OUT/$name.txt"
    for _ in $(seq 1 "$RUNS"); do
        # shellcheck disable=SC2086
        java ${JAVA_OPTS:-} -Dprobe.launchedAtMs="$(date +%s%3N)" -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$@" >> "$OUT/$name.txt"
    done
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$PG" schema blocking > /dev/null   # the 50 tables exist afterwards
probe h2-blocking h2:mem:startup schema blocking
# The same with an application class-data-sharing archive of the classes one run loaded (JDK 13+):
# what a deployment can do about class loading; DuoORM's own work is unchanged.
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -cp "$JAR" org.duoorm.benchmarks.StartupProbe h2:mem:startup schema blocking > /dev/null 2>&1
JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$OUT/app.jsa -Xlog:cds=off" probe h2-blocking-appcds h2:mem:startup schema blocking
probe pg-blocking "$PG" noschema blocking
probe h2-reactive h2:mem:startup schema reactive
probe pg-reactive "$PG" noschema reactive
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" <<'PY'
import os, statistics, sys
out = sys.argv[1]
keys = ["jvm_to_main", "create", "register", "schema", "query", "duo_total", "jvm_to_answer", "launch_to_answer",
        "cpu_duo_main", "cpu_main_total", "cpu_process"]
print("| case | runs | " + " | ".join(keys) + " |")
print("|---|---:|" + "---:|" * len(keys))
for name in ["h2-blocking", "h2-blocking-appcds", "pg-blocking", "h2-reactive", "pg-reactive"]:
    rows = [dict(kv.split("=") for kv in line.split()) for line in open(os.path.join(out, name + ".txt")) if line.strip()]
    cells = []
    for k in keys:
        v = sorted(float(r[k]) for r in rows)
        cells.append(f"{statistics.median(v):.0f} ({v[0]:.0f}–{v[-1]:.0f})")
    print(f"| {name} | {len(rows)} | " + " | ".join(cells) + " |")
PY

#!/usr/bin/env bash
# Start-up: launches a fresh JVM RUNS times per case, each creating a Database with 50 models and
# answering one query (StartupProbe), and prints median/min/max of each phase in milliseconds. Beside
# them, the floor: the same first query written by hand on plain JDBC (with and without an Agroal pool) and on plain Vert.x
# (StartupBaseline), in fresh JVMs too.
#
#   mvn -B -pl benchmarks -am package -DskipTests && bash benchmarks/run-startup.sh
#
# Settings: RUNS (default 10), JAVA_OPTS (default none), OUT (default benchmarks/target/startup),
# DUOORM_BENCH_POSTGRES_URL (as for the JMH benchmarks). Cases: H2 in memory (tables created, then the
# query), PostgreSQL with existing tables (created by one unmeasured run first), blocking and reactive,
# the PostgreSQL cases again with an application class-data-sharing archive (AppCDS, JDK 13+), and, when
# JAVA25 points at a JDK 25 `java`, PostgreSQL blocking with its AOT cache (JEP 483/514). Columns: see
# StartupProbe's javadoc.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
RUNS=${RUNS:-10}
OUT=${OUT:-benchmarks/target/startup}
PG=${DUOORM_BENCH_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f "$JAR" ] || { echo "build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
mkdir -p "$OUT"

run() { # name, java, main class, args...
    local name=$1 java=$2 main=$3; shift 3
    : > "$OUT/$name.txt"
    for _ in $(seq 1 "$RUNS"); do
        # shellcheck disable=SC2086
        $java ${JAVA_OPTS:-} -Dprobe.launchedAtMs="$(date +%s%3N)" -cp "$JAR" "org.duoorm.benchmarks.$main" "$@" >> "$OUT/$name.txt"
    done
}
probe() { local name=$1; shift; run "$name" java StartupProbe "$@"; }

# A JDBC URL with the same host, port, database and user as $PG, for the plain JDBC floor.
PG_JDBC=$(python3 - "$PG" <<'PY'
import sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
q = "user=" + urllib.parse.quote(u.username or "")
if u.password:
    q += "&password=" + urllib.parse.quote(u.password)
print("jdbc:postgresql://%s:%d%s?%s" % (u.hostname, u.port or 5432, u.path, q))
PY
)

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$PG" schema blocking > /dev/null   # the 50 tables exist afterwards
java -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$PG" noschema blocking > /dev/null   # and the files are in the page cache
run plain-jdbc java StartupBaseline jdbc "$PG_JDBC"
run plain-agroal java StartupBaseline agroal "$PG_JDBC"
probe pg-blocking "$PG" noschema blocking
run plain-vertx java StartupBaseline vertx "$PG"
probe pg-reactive "$PG" noschema reactive
probe h2-blocking h2:mem:startup schema blocking
probe h2-reactive h2:mem:startup schema reactive
# The same with an application class-data-sharing archive of the classes one run loaded (JDK 13+):
# what a deployment can do about class loading; DuoORM's own work is unchanged. One archive per case,
# dumped by a run of that case, as a deployment would.
for mode in blocking reactive; do
    java -XX:ArchiveClassesAtExit="$OUT/pg-$mode.jsa" -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$PG" noschema $mode > /dev/null 2>&1
    JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$OUT/pg-$mode.jsa -Xlog:cds=off" probe pg-$mode-appcds "$PG" noschema $mode
done
java -XX:ArchiveClassesAtExit="$OUT/plain-jdbc.jsa" -cp "$JAR" org.duoorm.benchmarks.StartupBaseline jdbc "$PG_JDBC" > /dev/null 2>&1
JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$OUT/plain-jdbc.jsa -Xlog:cds=off" run plain-jdbc-appcds java StartupBaseline jdbc "$PG_JDBC"
CASES="plain-jdbc plain-agroal pg-blocking plain-vertx pg-reactive h2-blocking h2-reactive pg-blocking-appcds pg-reactive-appcds plain-jdbc-appcds"
if [ -x "$JAVA25" ]; then
    "$JAVA25" -XX:AOTCacheOutput="$OUT/pg-blocking.aot" -cp "$JAR" org.duoorm.benchmarks.StartupProbe "$PG" noschema blocking > /dev/null 2>&1
    JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCache=$OUT/pg-blocking.aot" run pg-blocking-jdk25-aot "$JAVA25" StartupProbe "$PG" noschema blocking
    run pg-blocking-jdk25 "$JAVA25" StartupProbe "$PG" noschema blocking
    CASES="$CASES pg-blocking-jdk25 pg-blocking-jdk25-aot"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" $CASES <<'PY'
import os, statistics, sys
out = sys.argv[1]
keys = ["jvm_to_main", "create", "register", "schema", "query", "duo_total", "jvm_to_answer", "launch_to_answer",
        "cpu_duo_main", "cpu_main_total", "cpu_process"]
print("| case | runs | " + " | ".join(keys) + " |")
print("|---|---:|" + "---:|" * len(keys))
for name in sys.argv[2:]:
    rows = [dict(kv.split("=") for kv in line.split()) for line in open(os.path.join(out, name + ".txt")) if line.strip()]
    cells = []
    for k in keys:
        if k not in rows[0]:
            cells.append("")
            continue
        v = sorted(float(r[k]) for r in rows)
        cells.append(f"{statistics.median(v):.0f} ({v[0]:.0f}–{v[-1]:.0f})")
    print(f"| {name} | {len(rows)} | " + " | ".join(cells) + " |")
PY

#!/usr/bin/env bash
# Runs every DuoORM benchmark and its plain-driver baseline back to back, pair by pair, in ROUNDS rounds
# (alternating which of the two goes first), then prints the README's table. On a machine shared with
# other work the load changes from minute to minute; pairing and repeating keeps each ratio fair.
#
#   mvn -B -pl benchmarks -am package -DskipTests && bash benchmarks/run-paired.sh
#
# Settings: ROUNDS (default 3), JMH_OPTS (default the short "-f 1 -wi 3 -w 2s -i 5 -r 2s"),
# THREADS (default "1 4"), CLASSES (default both), OUT (default benchmarks/target/results), DUOORM_BENCH_URL
# (or DUOORM_BENCH_POSTGRES_URL). The Hibernate Reactive baseline comes from benchmarks/hibernate-reactive (build it too).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
HR_JAR=benchmarks/hibernate-reactive/target/hr-benchmarks.jar
OUT=${OUT:-benchmarks/target/results}
ROUNDS=${ROUNDS:-3}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
THREADS=${THREADS:-1 4}
CLASSES=${CLASSES:-SelectByIdBenchmark InsertBenchmark}
# the model benchmarks: CLASSES="ModelGetBenchmark ModelListBenchmark ModelInsertBenchmark ModelBulkInsertBenchmark
#   ModelBulkUpdateBenchmark ConcurrentGetBenchmark" (ConcurrentGetBenchmark has the reactive pair only; run it with THREADS=1)

[ -f "$JAR" ] || { echo "build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
java -jar "$JAR" -l > "$OUT/benchmarks.list"
[ -f "$HR_JAR" ] && java -jar "$HR_JAR" -l >> "$OUT/benchmarks.list"

for round in $(seq 1 "$ROUNDS"); do
    for t in $THREADS; do
        for cls in $CLASSES; do
            # DuoORM blocking next to plain JDBC and, where the class has one, Hibernate ORM; reactive next to Vert.x and
            # Hibernate Reactive (its own jar: it runs on Vert.x 4.5)
            for group in "duoBlocking plainJdbc hibernate" "duoReactive plainVertx hibernateReactive"; do
                read -r -a ms <<<"$group"
                grep -q "\.$cls\.${ms[0]}\$" "$OUT/benchmarks.list" || continue   # a class without this pair
                present=()
                for m in "${ms[@]}"; do grep -q "\.$cls\.$m\$" "$OUT/benchmarks.list" && present+=("$m"); done
                if (( round % 2 )); then order="${present[*]}"; else order="$(printf '%s\n' "${present[@]}" | tac | xargs)"; fi
                for m in $order; do
                    name="r$round-t$t-$cls-$m"
                    echo "round $round, $t thread(s): $cls.$m (load $(cut -d' ' -f1-3 /proc/loadavg))"
                    # shellcheck disable=SC2086
                    jar="$JAR"; [ "$m" = hibernateReactive ] && jar="$HR_JAR"
                    java -jar "$jar" $JMH_OPTS -t "$t" -rf json -rff "$OUT/$name.json" "$cls\\.$m\$" > "$OUT/$name.log" 2>&1 \
                        || { echo "failed, see $OUT/$name.log" >&2; exit 1; }
                done
            done
        done
    done
done

python3 benchmarks/summarize.py "$OUT"/*.json

#!/usr/bin/env bash
# Runs the sample WAR in WildFly, Payara Micro and Open Liberty, one after the other, in one Maven
# invocation, and prints how long each server's run took. Usage: servers/run-all.sh [extra mvn arguments]
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p servers/target
log=servers/target/run-all.log
start=$(date +%s)
mvn -B -pl servers -am verify -Pwildfly,payara,liberty -DskipTests "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "---"
grep -E '^\[(WildFly|Payara Micro|Open Liberty)\] stopped after' "$log" || true
grep -E 'Tests run: .* in org\.duoorm\.servers\.' "$log" || true
echo "all servers, build included: $(( $(date +%s) - start )) s, exit status $status"
exit "$status"

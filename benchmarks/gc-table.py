#!/usr/bin/env python3
"""Bytes allocated per operation (JMH -prof gc, gc.alloc.rate.norm), DuoORM beside each baseline, from JMH JSON files.

    java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 1s -i 2 -r 2s -t 1 -prof gc -rf json -rff gc.json 'Model|ConcurrentGet'
    java -jar benchmarks/hibernate-reactive/target/hr-benchmarks.jar -f 1 -wi 2 -w 1s -i 2 -r 2s -t 1 -prof gc -rf json -rff gc-hr.json
    python3 benchmarks/gc-table.py gc.json gc-hr.json
"""
import json
import sys

PAIRS = [("duoBlocking", "plainJdbc", "blocking, plain JDBC"), ("duoReactive", "plainVertx", "reactive, plain Vert.x"),
         ("duoBlocking", "hibernate", "blocking, Hibernate ORM 7"),
         ("duoReactive", "hibernateReactive", "reactive, Hibernate Reactive 3.1")]

norm = {}
for r in [r for path in sys.argv[1:] for r in json.load(open(path))]:
    cls, method = r["benchmark"].rsplit(".", 1)
    m = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    if m:
        norm[(cls.rsplit(".", 1)[1], method)] = m["score"]
print("| benchmark | against | DuoORM B/op | baseline B/op | DuoORM extra per op |")
print("|---|---|---:|---:|---:|")
for cls in sorted({c for c, _ in norm}):
    for duo, plain, label in PAIRS:
        if (cls, duo) in norm and (cls, plain) in norm:
            d, p = norm[(cls, duo)], norm[(cls, plain)]
            print(f"| {cls} | {label} | {d:,.0f} | {p:,.0f} | {d - p:+,.0f} B ({(d - p) / p:+.0%}) |")

#!/usr/bin/env python3
"""Bytes allocated per operation (JMH -prof gc, gc.alloc.rate.norm), DuoORM beside plain, from one JMH JSON file.

    java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 1s -i 2 -r 2s -t 1 -prof gc -rf json -rff gc.json 'Model|ConcurrentGet'
    python3 benchmarks/gc-table.py gc.json
"""
import json
import sys

PAIRS = [("duoBlocking", "plainJdbc", "blocking"), ("duoReactive", "plainVertx", "reactive")]

norm = {}
for r in json.load(open(sys.argv[1])):
    cls, method = r["benchmark"].rsplit(".", 1)
    m = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    if m:
        norm[(cls.rsplit(".", 1)[1], method)] = m["score"]
print("| benchmark | mode | DuoORM B/op | plain B/op | extra per op |")
print("|---|---|---:|---:|---:|")
for cls in sorted({c for c, _ in norm}):
    for duo, plain, label in PAIRS:
        if (cls, duo) in norm and (cls, plain) in norm:
            d, p = norm[(cls, duo)], norm[(cls, plain)]
            print(f"| {cls} | {label} | {d:,.0f} | {p:,.0f} | {d - p:+,.0f} B ({(d - p) / p:+.0%}) |")

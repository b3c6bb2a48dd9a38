#!/usr/bin/env python3
"""Turns JMH JSON results (java -jar benchmarks.jar ... -rf json -rff FILE) into the Markdown table of
README.md: DuoORM/plain ratios with absolute ops/s and JMH's 99.9% errors.

    python3 benchmarks/summarize.py results-t1.json results-t4.json
"""
import json
import math
import sys

PAIRS = [("duoBlocking", "plainJdbc", "blocking: Database vs JDBC/Agroal"),
         ("duoReactive", "plainVertx", "reactive: db.reactive() vs Vert.x")]


def load(paths):
    scores = {}
    for path in paths:
        with open(path) as f:
            for r in json.load(f):
                cls, method = r["benchmark"].rsplit(".", 1)
                m = r["primaryMetric"]
                err = m["scoreError"]
                scores[(cls.rsplit(".", 1)[1], method, r["threads"])] = (m["score"], 0.0 if err != err else err)
    return scores


def main(paths):
    scores = load(paths)
    print("| benchmark | mode | threads | DuoORM ops/s | plain ops/s | DuoORM/plain |")
    print("|---|---|---:|---:|---:|---:|")
    for cls, _, threads in sorted({(c, None, t) for (c, _, t) in scores}):
        for duo, plain, label in PAIRS:
            if (cls, duo, threads) not in scores or (cls, plain, threads) not in scores:
                continue
            (a, ea), (b, eb) = scores[(cls, duo, threads)], scores[(cls, plain, threads)]
            r = a / b
            er = r * math.sqrt((ea / a) ** 2 + (eb / b) ** 2)
            print(f"| {cls} | {label} | {threads} | {a:,.0f} ± {ea:,.0f} | {b:,.0f} ± {eb:,.0f} | {r:.2f} ± {er:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1:])

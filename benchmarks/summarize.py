#!/usr/bin/env python3
"""Turns JMH JSON results into the Markdown table of README.md: DuoORM/plain ratios with absolute ops/s
and JMH's 99.9% errors.

    python3 benchmarks/summarize.py benchmarks/target/results/*.json

Files named r<round>-... (from run-paired.sh) are paired by round: the ratio is computed per round and
the table gives the median over rounds with the smallest and largest; ops/s are medians over rounds,
each with its JMH error. Other files count as one round.
"""
import json
import math
import os
import re
import statistics
import sys

PAIRS = [("duoBlocking", "plainJdbc", "blocking: DuoORM vs JDBC on Agroal"),
         ("duoReactive", "plainVertx", "reactive: DuoORM vs Vert.x pool"),
         ("duoBlocking", "hibernate", "blocking: DuoORM vs Hibernate ORM 7"),
         ("duoReactive", "hibernateReactive", "reactive: DuoORM vs Hibernate Reactive 3.1")]


def load(paths):
    runs = {}  # (class, method, threads) -> {round: (score, error)}
    for path in paths:
        m = re.match(r"r(\d+)-", os.path.basename(path))
        rnd = int(m.group(1)) if m else 0
        with open(path) as f:
            for r in json.load(f):
                cls, method = r["benchmark"].rsplit(".", 1)
                pm = r["primaryMetric"]
                err = pm["scoreError"]
                err = 0.0 if isinstance(err, str) or err != err else err
                runs.setdefault((cls.rsplit(".", 1)[1], method, r["threads"]), {})[rnd] = (pm["score"], err)
    return runs


def median_run(rounds):
    items = sorted(rounds.values())
    return items[(len(items) - 1) // 2]


def main(paths):
    runs = load(paths)
    print("| benchmark | mode | threads | DuoORM ops/s | plain ops/s | DuoORM/plain | rounds: ratio min–max |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for cls, threads in sorted({(c, t) for (c, _, t) in runs}):
        for duo, plain, label in PAIRS:
            d, p = runs.get((cls, duo, threads)), runs.get((cls, plain, threads))
            if not d or not p:
                continue
            common = sorted(set(d) & set(p))
            ratios = [d[r][0] / p[r][0] for r in common]
            (a, ea), (b, eb) = median_run(d), median_run(p)
            r = statistics.median(ratios)
            spread = f"{min(ratios):.2f}–{max(ratios):.2f} ({len(ratios)})" if len(ratios) > 1 else \
                f"± {r * math.sqrt((ea / a) ** 2 + (eb / b) ** 2):.2f} (1)"
            print(f"| {cls} | {label} | {threads} | {a:,.0f} ± {ea:,.0f} | {b:,.0f} ± {eb:,.0f} | **{r:.2f}** | {spread} |")



if __name__ == "__main__":
    main(sys.argv[1:])

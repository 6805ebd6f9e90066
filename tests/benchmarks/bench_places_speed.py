"""Benchmark: extract_context over SaudiNewsNet now against before the GeoNames places (issue 13),
and the gazetteer's load time in a fresh process. A script, not a timed test.

Usage (from the repository root, in a git checkout):
    python tests/benchmarks/bench_places_speed.py [CORPUS_DIR] [--articles N] [--rounds R] [--base COMMIT]

The script checks out BASE (default 7f67c4c, the first parent of the merge that brought the
GeoNames places) with `git worktree add` into a temporary directory, and removes it at the end.
Two interpreters, one importing the package from that checkout and one from this tree, each
read the same first N articles of the corpus (publication date: the crawl day) and warm up
(lexicons, gazetteer, word sets). Then, in alternating rounds (before, now, before, now, …),
each runs `extract_context(texts, days)` once and reports its CPU time, so that both sides
meet the same load on a shared machine. Printed: each round's ratio (now / before, CPU) and
their median; a ratio of 1.10 or less keeps throughput within 10%.

Then R fresh processes each import the package and time `load_gazetteer()` (CPU and wall): the
gazetteer's cold load, median of R.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
BASE = "7f67c4c"

# Runs in each interpreter, with the package of one tree first on sys.path: reads the corpus,
# warms up, then times one extract_context run per line received on stdin.
WORKER = r"""
import json, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
import helpers
from helpers.corpus import read_saudinewsnet
corpus = read_saudinewsnet(sys.argv[2]).head(int(sys.argv[3]))
texts = corpus["content"].tolist()
days = [date.fromisoformat(d[:10]) for d in corpus["date_extracted"]]
helpers.extract_context(texts[:50], days[:50])
print(json.dumps({"package": helpers.__file__, "articles": len(texts)}), flush=True)
for _ in sys.stdin:
    start = time.process_time()
    helpers.extract_context(texts, days)
    print(json.dumps({"cpu": time.process_time() - start}), flush=True)
"""

LOAD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from helpers.places import load_gazetteer
wall, cpu = time.perf_counter(), time.process_time()
gazetteer = load_gazetteer()
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "spellings": len(gazetteer.by_key)}))
"""


class Worker:
    """One interpreter running WORKER on the package at `tree`."""

    def __init__(self, tree: Path, corpus: Path, articles: int):
        self.process = subprocess.Popen([sys.executable, "-c", WORKER, str(tree), str(corpus), str(articles)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=tree)
        self.ready = self._answer()
        if not self.ready["package"].startswith(str(tree)):
            raise RuntimeError(f"{tree}: the worker imported {self.ready['package']}")

    def _answer(self) -> dict:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited with {self.process.wait()}")
        return json.loads(line)

    def run(self) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        return self._answer()["cpu"]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait()


def gazetteer_load(tree: Path, rounds: int) -> None:
    runs = [json.loads(subprocess.run([sys.executable, "-c", LOAD, str(tree)], capture_output=True, text=True,
                                      check=True, cwd=tree).stdout) for _ in range(rounds)]
    print(f"gazetteer cold load ({runs[0]['spellings']:,} spellings), median of {rounds} fresh processes: "
          f"{statistics.median(r['cpu'] for r in runs):.2f} s CPU, "
          f"{statistics.median(r['wall'] for r in runs):.2f} s wall "
          f"(CPU of each: {', '.join(format(r['cpu'], '.2f') for r in runs)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", default=BASE)
    args = parser.parse_args()
    args.corpus = Path(args.corpus).resolve()   # the workers run in their checkouts
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: corpus not found")
    with tempfile.TemporaryDirectory() as tmp:
        before_tree = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(before_tree), args.base],
                       check=True)
        workers: list[Worker] = []
        try:
            for tree in (before_tree, ROOT):
                workers.append(Worker(tree, args.corpus, args.articles))
            n = workers[1].ready["articles"]
            print(f"{n} SaudiNewsNet articles; before = {args.base}, now = this tree; CPU seconds per run")
            ratios, seconds = [], {"before": [], "now": []}
            for round_ in range(args.rounds):
                before, now = workers[0].run(), workers[1].run()
                seconds["before"].append(before)
                seconds["now"].append(now)
                ratios.append(now / before)
                print(f"  round {round_ + 1}: before {before:6.2f} s ({n / before:5,.0f}/s)   "
                      f"now {now:6.2f} s ({n / now:5,.0f}/s)   now / before {now / before:.3f}", flush=True)
            print(f"median: before {n / statistics.median(seconds['before']):,.0f} articles/s, "
                  f"now {n / statistics.median(seconds['now']):,.0f} articles/s; "
                  f"ratio of CPU time now / before: {statistics.median(ratios):.3f} "
                  f"(throughput {1 / statistics.median(ratios):.1%} of before)")
        finally:
            for worker in workers:
                worker.close()
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before_tree)], check=False)
    gazetteer_load(ROOT, args.rounds)


if __name__ == "__main__":
    main()

"""One worker against two: `python -m helpers extract` over the first articles of a corpus.

    python tests/benchmarks/bench_corpus.py ../shared/corpora/saudinewsnet [--articles 4000] [--rounds 2]

The first ARTICLES articles are copied to a JSON Lines file; then the command runs with
`--workers 1` (this process, no Dask) and `--workers 2` (a Dask LocalCluster, its start-up
included) in alternation, ROUNDS times each, every run into a new output folder. Reported:
wall time, articles per second (and per worker), and the peak memory of the whole process
tree (the command, the Dask scheduler, nannies, forkserver and workers, summed), and the CPU
seconds of all its processes (what the work costs whatever else runs on the machine), both
sampled every 0.1 s (a process's last tenth of a second of CPU can be missed).
The ratio is of the medians. A script, not a test: this machine's speed varies from day to day.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from helpers.readers import read_records  # noqa: E402


def _subset(corpus: str, count: int, target: Path) -> int:
    written = 0
    with open(target, "w", encoding="utf-8") as f:
        for record in read_records(corpus):
            if record.error is not None:
                continue
            f.write(json.dumps({"text": record.text, "published": record.published.isoformat()
                                if record.published else None}, ensure_ascii=False) + "\n")
            written += 1
            if written == count:
                break
    return written


def _tree_sample(process: psutil.Process, cpu_seen: dict[tuple[int, float], float]) -> int:
    """The resident memory of the process tree now, summed; each process's CPU seconds so far
    are noted in `cpu_seen`. Sampled, because Dask's forkserver reaps the workers, so their CPU
    never reaches this process's account of its children."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            with p.oneshot():
                total += p.memory_info().rss
                times = p.cpu_times()
                cpu_seen[(p.pid, p.create_time())] = times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def _run(source: Path, out: Path, workers: int) -> tuple[float, float, int]:
    command = [sys.executable, "-m", "helpers", "extract", str(source), "--out", str(out),
               "--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched, peak = psutil.Process(process.pid), 0
    cpu_seen: dict[tuple[int, float], float] = {}
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, _tree_sample(watched, cpu_seen))
            except psutil.NoSuchProcess:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{stdout}\n{stderr}")
    return seconds, sum(cpu_seen.values()), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "saudinewsnet"))
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "subset.jsonl"
        count = _subset(args.corpus, args.articles, source)
        print(f"{count} articles from {args.corpus}; {args.rounds} alternating rounds of 1 and 2 workers")
        times: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        peaks: dict[int, list[int]] = {1: [], 2: []}
        for round_ in range(args.rounds):
            order = (1, 2) if round_ % 2 == 0 else (2, 1)
            for workers in order:
                seconds, cpu, peak = _run(source, Path(tmp) / f"out-{round_}-{workers}", workers)
                times[workers].append(seconds)
                cpus[workers].append(cpu)
                peaks[workers].append(peak)
                print(f"  round {round_ + 1}, {workers} worker(s): {seconds:6.1f} s, {count / seconds:5.1f} articles/s;"
                      f" {cpu:6.1f} CPU s; peak memory {peak / 2**20:5.0f} MB", flush=True)
    for workers in (1, 2):
        median = statistics.median(times[workers])
        cpu = statistics.median(cpus[workers])
        print(f"{workers} worker(s): median {median:.1f} s = {count / median:.1f} articles/s "
              f"({count / median / workers:.1f} per worker); {count / cpu:.1f} articles per CPU second; "
              f"peak memory {max(peaks[workers]) / 2**20:.0f} MB")
    print(f"speed-up with 2 workers: {statistics.median(times[1]) / statistics.median(times[2]):.2f}x")


if __name__ == "__main__":
    main()

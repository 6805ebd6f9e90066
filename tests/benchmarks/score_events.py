"""Score helpers.extract_events on tests/corpus/events.tsv: event type and fatalities per sentence.

    python tests/benchmarks/score_events.py [--failures] [--known-failures]

Each row is one sentence that expects one event of its `event_type` with its `fatalities` (the
largest killed count, empty when none), or no event (a negative: empty event_type). A row is
right when exactly that is found. Per split: rows right, and over event rows the precision and
recall of the type (an event of another type counts against both) and fatalities right among the
events whose type is right. --known-failures rewrites tests/corpus/events_known_failures.json
(line -> why the row fails), the strict xfails of the per-row test tests/test_events_corpus.py.
Only public functions are used.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from helpers import extract_events

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "tests" / "corpus" / "events.tsv"
KNOWN_FAILURES = ROOT / "tests" / "corpus" / "events_known_failures.json"
sys.path.insert(0, str(ROOT / "tests"))
import corpora  # noqa: E402

COLUMNS = ["text", "event_type", "fatalities", "region"]


def found_events(examples) -> list[list[tuple[str, str]]]:
    """(event type, fatalities as written in the corpus) of each row's events, in text order."""
    table = extract_events([e["text"] for e in examples])
    found: list[list[tuple[str, str]]] = [[] for _ in examples]
    for r in table.sort_values("start").itertuples():
        fatalities = "" if r.fatalities is None or r.fatalities != r.fatalities else str(int(r.fatalities))
        found[r.article].append((r.event_type, fatalities))
    return found


def expected(example) -> list[tuple[str, str]]:
    return [(example["event_type"], example["fatalities"])] if example["event_type"] else []


def failure_reason(want: list[tuple[str, str]], got: list[tuple[str, str]]) -> str | None:
    """Why a row fails, in the words of the known-failures file (None when it passes)."""
    if got == want:
        return None
    def said(events):
        return "; ".join(f"{kind} ({fatalities or 'no count'})" for kind, fatalities in events) or "no event"
    return f"wants {said(want)}, finds {said(got)}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list every row scored wrong")
    parser.add_argument("--known-failures", action="store_true",
                        help="rewrite the per-row test's known failures from the rows failing now")
    args = parser.parse_args(argv)
    examples = corpora.load(EVENTS.name, COLUMNS)
    found = found_events(examples)
    stats: dict[str, Counter] = defaultdict(Counter)
    for example, got in zip(examples, found):
        want = expected(example)
        for key in (f"split={example.split}", f"type={example['event_type'] or 'none'}"):
            s = stats[key]
            s["rows"] += 1
            s["right"] += got == want
            want_types, got_types = Counter(t for t, _ in want), Counter(t for t, _ in got)
            s["tp"] += sum((want_types & got_types).values())
            s["fp"] += sum((got_types - want_types).values())
            s["fn"] += sum((want_types - got_types).values())
            s["typed"] += sum(1 for w in want if w[0] in got_types)
            s["fatalities"] += sum(1 for w in want if w in got)
        if args.failures and got != want:
            print(f"  [{example.split}/L{example.line}] {example['text']}\n      want {want}  got {got}")
    print(f"{'':<28} {'rows':>5} {'right':>6} {'type P':>7} {'type R':>7} {'fatalities':>10}")
    for key in sorted(stats, key=lambda k: (not k.startswith("split"), k)):
        s = stats[key]
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else float("nan")
        r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else float("nan")
        f = s["fatalities"] / s["typed"] if s["typed"] else float("nan")
        print(f"{key:<28} {s['rows']:>5} {s['right'] / s['rows']:>6.3f} {p:>7.3f} {r:>7.3f} {f:>10.3f}")
    if args.known_failures:
        failing = {str(e.line): reason for e, got in zip(examples, found)
                   if (reason := failure_reason(expected(e), got))}
        KNOWN_FAILURES.write_text("{\n" + ",\n".join(
            f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in failing.items()) + "\n}\n",
            encoding="utf-8")
        print(f"{KNOWN_FAILURES.name}: {len(failing)} rows")


if __name__ == "__main__":
    main()

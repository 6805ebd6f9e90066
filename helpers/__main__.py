"""Command line: every extractor over a corpus, into one Parquet table per extractor.

    python -m helpers extract INPUT... --out DIR [--workers N] [--scheduler ADDRESS]
                                       [--text-field F] [--date-field F] [--encoding E] [--chunk-size N]

Exit status: 0 when every article was extracted, 1 when some failed or could not be read
(they are listed in DIR/failures.parquet), 2 when the run could not start.
"""
from __future__ import annotations

import argparse
import sys

from .corpus import CHUNK_SIZE, OutputError, ScaleError, extract_corpus
from .readers import ReaderError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Arabic news facts, many articles at once.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract", help="run every extractor over a corpus into Parquet tables",
        description="Read articles from folders of .txt (with optional .json beside), JSON, JSON Lines, CSV, "
                    "Parquet or ZIPs of these, and write articles, figures, dates, places, actors, claims, "
                    "events and failures as Parquet tables in DIR. A rerun into the same DIR skips the chunks "
                    "already done.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder of articles")
    extract.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    extract.add_argument("--workers", type=int, default=None, metavar="N",
                         help="run on N local processes (needs the [scale] extra: Dask)")
    extract.add_argument("--scheduler", default=None, metavar="ADDRESS",
                         help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786")
    extract.add_argument("--text-field", default=None, metavar="F",
                         help="field or column holding the article text (default: text, else content)")
    extract.add_argument("--date-field", default=None, metavar="F",
                         help="field holding the publication date (default: published, date or date_extracted)")
    extract.add_argument("--encoding", default=None, metavar="E",
                         help="encoding of .txt, JSON, JSON Lines and CSV inputs, e.g. cp1256 (default: UTF-8)")
    extract.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, metavar="N",
                         help=f"articles per chunk, the unit of work and of resuming (default {CHUNK_SIZE})")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.workers is not None and args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    try:
        run = extract_corpus(args.inputs, args.out, workers=args.workers, scheduler=args.scheduler,
                             text_field=args.text_field, date_field=args.date_field,
                             encoding=args.encoding, chunk_size=args.chunk_size, progress=not args.quiet)
    except (ReaderError, ScaleError, OutputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    bad = run.failed + run.unreadable
    resumed = f", {run.skipped_chunks} chunks kept from an earlier run" if run.skipped_chunks else ""
    print(f"{run.articles} articles, {run.failed} failed, {run.unreadable} unreadable{resumed}; "
          f"{run.seconds:.1f} s ({run.articles / max(run.seconds, 1e-9):.1f} articles/s); tables in {args.out}")
    if bad:
        print(f"{bad} articles not extracted: see {args.out}/failures.parquet", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

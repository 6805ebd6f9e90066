"""Corpora: SaudiNewsNet into one table, and every extractor over a corpus of any size.

- `read_saudinewsnet`: a corpus laid out like SaudiNewsNet (one ZIP per day, each a JSON array)
  as one table, read straight from the ZIPs; every article must carry the six fields as strings,
  anything else is an error that names the ZIP, the member and the article.
- `extract_corpus`: articles streamed from any files (helpers.readers) in chunks, each chunk
  run through the extractors here, on local processes or on a Dask cluster, into one table per
  extractor (pandas, or Parquet files written atomically, resumable chunk by chunk).
"""
from __future__ import annotations

import functools
import itertools
import json
import logging
import os
import shutil
import sys
import threading
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from .arrow_tables import concat, merged_schema, to_arrow, to_frame
from .pipeline import extract_context
from .readers import Record, read_records

FIELDS = ("source", "url", "date_extracted", "title", "author", "content")


class CorpusError(ValueError):
    """A corpus folder, ZIP or article is missing or malformed."""


def _articles_in(path: Path) -> list[tuple]:
    rows = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            where = f"{path.name}:{member}"
            try:
                articles = json.loads(archive.read(member).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                raise CorpusError(f"{where}: not a UTF-8 JSON array ({err})") from None
            if not isinstance(articles, list):
                raise CorpusError(f"{where}: expected a JSON array of articles")
            for i, article in enumerate(articles):
                missing = [f for f in FIELDS if not isinstance(article.get(f), str)]
                if missing:
                    raise CorpusError(f"{where}: article {i}: field '{missing[0]}' missing or not a string")
                rows.append((path.name, *(article[f] for f in FIELDS)))
    return rows


def read_saudinewsnet(folder: str | Path) -> pd.DataFrame:
    """All articles of the corpus in `folder`, one row each, with the ZIP they came from."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: corpus folder not found")
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        raise CorpusError(f"{folder}: no .zip files in the corpus folder")
    rows = [row for path in zips for row in _articles_in(path)]
    return pd.DataFrame(rows, columns=["file", *FIELDS])


# ---- many articles: readers -> chunks -> extractors -> one Parquet table per extractor ---------

TABLES = ("figures", "dates", "places", "actors", "claims", "events")
ARTICLE_TABLES = ("articles", "failures")
CHUNK_SIZE = 1000
# The extractors are not thread-safe (two chunks extracted at once in one process give other
# places), and being pure Python they gain nothing from threads: one chunk at a time per process,
# whatever number of threads a cluster's workers have.
_ONE_CHUNK_AT_A_TIME = threading.Lock()


class ScaleError(RuntimeError):
    """Workers or a scheduler were asked for, but Dask is not installed or cannot be reached."""


class OutputError(RuntimeError):
    """The output folder holds a run made with other inputs or settings."""


@dataclass(frozen=True)
class CorpusRun:
    """What a run did: article counts, chunks skipped because an earlier run had done them,
    seconds, and the tables (pandas tables, or the Parquet files written with `out=`)."""

    articles: int
    failed: int
    unreadable: int
    skipped_chunks: int
    seconds: float
    tables: dict[str, Any]


def _where_it_failed(err: BaseException) -> str:
    frames = traceback.extract_tb(err.__traceback__)
    last = frames[-1] if frames else None
    where = f" (in {last.name}, {Path(last.filename).name}:{last.lineno})" if last else ""
    return f"{type(err).__name__}: {err}{where}"


def _extract(texts: pd.Series, published: list) -> dict[str, pd.DataFrame]:
    tables = dict(extract_context(texts, published))
    return {name: tables[name].rename(columns={"article": "id"}) for name in TABLES}


def extract_chunk(records: list[Record]) -> dict[str, pa.Table]:
    """The tables of one chunk of records, as Arrow tables (this runs on the workers).

    The chunk is extracted in one call; if that raises, article by article, so that only the
    failing articles are recorded as failed and the others give exactly the same rows."""
    with _ONE_CHUNK_AT_A_TIME:
        return _extract_chunk(records)


def _extract_chunk(records: list[Record]) -> dict[str, pa.Table]:
    good = [r for r in records if r.error is None]
    failures = {r.id: r.error for r in records if r.error is not None}
    texts = pd.Series([r.text for r in good], index=[r.id for r in good], dtype=object)
    published = [r.published for r in good]
    try:
        tables = _extract(texts, published)
    except Exception:
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
        for record in good:
            try:
                one = _extract(pd.Series([record.text], index=[record.id], dtype=object), [record.published])
            except Exception as err:
                failures[record.id] = _where_it_failed(err)
                continue
            for name in TABLES:
                parts[name].append(one[name])
        empty = _extract(pd.Series([], dtype=object), [])
        tables = {name: pd.concat([empty[name], *parts[name]], ignore_index=True) for name in TABLES}
    status = ["unreadable" if r.error is not None else "failed" if r.id in failures else "ok" for r in records]
    articles = pd.DataFrame({
        "id": [r.id for r in records],
        "file": [r.file for r in records],
        "published": pd.Series([r.published for r in records], dtype=object),
        "characters": pd.array([None if r.text is None else len(r.text) for r in records], dtype="Int64"),
        "status": status,
        "meta": [json.dumps(r.meta, ensure_ascii=False, default=str) if r.error is None else None for r in records],
    })
    out = {name: to_arrow(frame) for name, frame in tables.items()}
    out["articles"] = to_arrow(articles)
    out["failures"] = to_arrow(pd.DataFrame({"id": list(failures), "error": list(failures.values())},
                                            dtype=object))
    return out


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    while chunk := list(itertools.islice(records, size)):
        yield chunk


def write_chunk(folder: Path, tables: dict[str, pa.Table]) -> None:
    """The tables of one chunk as FOLDER/<name>.parquet, the folder renamed into place last."""
    tmp = Path(f"{folder}.tmp{os.getpid()}")
    tmp.mkdir()
    for name, table in tables.items():
        pq.write_table(table, tmp / f"{name}.parquet")
    os.rename(tmp, folder)


def _extract_into(folder: str, records: list[Record]) -> int:
    """Extract a chunk and write its tables into `folder`, on a worker that shares this machine's
    disk (so that tables need not travel back to the client); the number of records done."""
    write_chunk(Path(folder), extract_chunk(records))
    return len(records)


class _Output:
    """Chunk results on disk under OUT/chunks/NNNNNN/, each folder renamed into place only once
    all its tables are written; the final tables are merged from them, each written under a
    temporary name and then renamed."""

    def __init__(self, out: Path, settings: dict[str, Any]):
        self.out, self.chunks = out, out / "chunks"
        self.chunks.mkdir(parents=True, exist_ok=True)
        manifest = self.chunks / "run.json"
        if manifest.exists():
            before = json.loads(manifest.read_text(encoding="utf-8"))
            if before != settings:
                raise OutputError(f"{out}: holds a run with other inputs or settings ({before}); "
                                  f"give another --out or delete that folder")
        else:
            _atomic_write_text(manifest, json.dumps(settings, ensure_ascii=False, indent=1))
        for stale in self.chunks.glob("*.tmp*"):
            shutil.rmtree(stale)

    def path(self, index: int) -> Path:
        return self.chunks / f"{index:06d}"

    def done(self, index: int) -> bool:
        return self.path(index).is_dir()

    def write(self, index: int, tables: dict[str, pa.Table]) -> None:
        write_chunk(self.path(index), tables)

    def merge(self, count: int) -> dict[str, Path]:
        """OUT/<name>.parquet for every table, from the chunks in order; the tables are merged
        on threads at once (Arrow reads and writes Parquet without holding the GIL)."""
        empty = extract_chunk([])

        def merge_table(name: str) -> tuple[str, Path]:
            parts = [self.path(i) / f"{name}.parquet" for i in range(count)]
            schema = merged_schema([empty[name].schema, *(pq.read_schema(p) for p in parts)])
            target = self.out / f"{name}.parquet"
            tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
            with pq.ParquetWriter(tmp, schema) as writer:
                writer.write_table(empty[name].cast(schema))
                for part in parts:
                    writer.write_table(pq.read_table(part).cast(schema))
            os.replace(tmp, target)
            return name, target

        with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
            return dict(pool.map(merge_table, (*ARTICLE_TABLES, *TABLES)))


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_METHOD = "distributed.worker.multiprocessing-method"


def _multiprocessing_method() -> str:
    """How local workers start: the method the user configured (a Dask YAML file, a DASK_
    variable, or dask.config.set to a value other than Dask's default), else forkserver on Linux
    and Dask's default (spawn) elsewhere.

    Workers are never forked from this process: Dask starts them from threads of its own (an
    event loop, a watcher per worker), and a fork copies a lock another thread holds, locked
    forever (a CI run hung in a test that forked so). On Linux they are forked instead from a
    forkserver, a fresh single-threaded process that imports this package once, so a worker need
    not start Python and import it again as a spawned one does (about 1.7 CPU s each). Python
    3.14 made forkserver the default for the same reason."""
    import dask

    configured = dask.config.get(_METHOD)
    default = dask.config.get(_METHOD, config=dask.config.merge(*dask.config.defaults))
    if configured != default or dask.config.get(_METHOD, None, config=dask.config.collect()) is not None:
        return configured
    return "forkserver" if sys.platform.startswith("linux") else configured


def _client(workers: int | None, scheduler: str | None):
    """A dask.distributed Client (and the LocalCluster it owns, if any), or (None, None) for a
    run in this process."""
    if scheduler is None and (workers is None or workers <= 1):
        return None, None
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ScaleError("running on several workers or a cluster needs Dask: "
                         "pip install 'arabic-news-facts[scale]' (or: pip install 'dask[distributed]')") from None
    if scheduler is not None:
        try:
            return Client(scheduler, timeout="30s"), None
        except OSError as err:
            raise ScaleError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    import dask
    from distributed.utils import get_mp_context

    method = _multiprocessing_method()
    if method == "forkserver":
        with dask.config.set({_METHOD: method}):
            context = get_mp_context()  # sets Dask's own preload list once (numpy, pandas, ...)
        context.set_forkserver_preload(["distributed", "numpy", "pandas", "pyarrow", __package__])
    # A worker's statistical profiler (a stack sample every 10 ms) and its event loop's 20 ms
    # tick cost about 7% of the CPU of a run and serve only Dask's dashboard, which a run does
    # not show: off, and a tick a second.
    settings = {_METHOD: method,
                "distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}
    with dask.config.set(settings):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _close(client, cluster) -> None:
    if client is not None:
        client.close()
    if cluster is not None:
        cluster.close()


def _run_chunks(jobs: Iterator[tuple[int, Callable[..., Any], tuple]], client, in_flight: int
                ) -> Iterator[tuple[int, Any]]:
    """(index, function(*args)) for every job, computed here or on the cluster with at most
    `in_flight` jobs sent ahead (so memory stays flat however large the corpus)."""
    if client is None:
        for index, function, args in jobs:
            yield index, function(*args)
        return
    from distributed import as_completed

    pending = as_completed()
    index_of = {}
    for index, function, args in itertools.islice(jobs, in_flight):
        future = client.submit(function, *args, pure=False)
        index_of[future.key] = index
        pending.add(future)
    for future in pending:
        yield index_of.pop(future.key), future.result()
        future.release()
        for index, function, args in itertools.islice(jobs, 1):
            new = client.submit(function, *args, pure=False)
            index_of[new.key] = index
            pending.add(new)


def extract_corpus(inputs: str | Path | Sequence[str | Path], out: str | Path | None = None, *,
                   workers: int | None = None, scheduler: str | None = None,
                   text_field: str | None = None, date_field: str | None = None,
                   encoding: str | None = None, chunk_size: int = CHUNK_SIZE,
                   progress: bool = False) -> CorpusRun:
    """Run every extractor over every article of `inputs` (files or folders; see helpers.readers).

    Without `out`, `CorpusRun.tables` holds pandas tables: articles (id, file, published,
    characters, status, meta), figures, dates, places, actors, claims, events (keyed by `id`)
    and failures (id, error). With `out`, each is written to OUT/<name>.parquet; chunks already
    written by an earlier run into the same `out` are not extracted again. `workers=N` runs the
    chunks on N local processes (Dask), `scheduler="tcp://host:8786"` on an existing Dask
    cluster. Tables are the same whichever way the run is made. As with any Dask LocalCluster, a
    script that asks for workers calls this under `if __name__ == "__main__":`, because each
    worker imports the script again."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    started = time.perf_counter()
    read = functools.partial(read_records, inputs, text_field=text_field, date_field=date_field,
                             encoding=encoding)
    output = None
    if out is not None:
        settings = {"inputs": [str(Path(p).resolve()) for p in inputs], "text_field": text_field,
                    "date_field": date_field, "encoding": encoding, "chunk_size": chunk_size}
        output = _Output(Path(out), settings)
    client, cluster = _client(workers, scheduler)
    try:
        total = sum(1 for _ in read()) if progress else None  # a reading pass, for the time left
    except BaseException:
        _close(client, cluster)
        raise
    bar = tqdm(total=total, unit=" articles", desc="extract", disable=not progress, smoothing=0.1)
    skipped, count = 0, 0
    results: dict[int, dict[str, pa.Table]] = {}

    def todo() -> Iterator[tuple[int, Callable[..., Any], tuple]]:
        nonlocal skipped, count
        for index, chunk in enumerate(_chunks(read(), chunk_size)):
            count = index + 1
            if output is not None and output.done(index):
                skipped += 1
                bar.update(len(chunk))
            elif output is not None and scheduler is None:
                # workers on this machine write their chunk's tables; a cluster's send them back
                yield index, _extract_into, (str(output.path(index)), chunk)
            else:
                yield index, extract_chunk, (chunk,)

    try:
        in_flight = 2 * (sum(client.nthreads().values()) if client is not None else 1)
        for index, result in _run_chunks(todo(), client, in_flight):
            if isinstance(result, int):   # written by the worker
                bar.update(result)
                continue
            if output is not None:
                output.write(index, result)
            else:
                results[index] = result
            bar.update(result["articles"].num_rows)
    finally:
        bar.close()
        _close(client, cluster)
    tables: dict[str, Any]
    if output is not None:
        tables = output.merge(count)
        articles = pq.read_table(tables["articles"], columns=["status"]).column("status").to_pylist()
    else:
        ordered = [results[i] for i in sorted(results)]
        empty = extract_chunk([])
        tables = {name: to_frame(concat([empty[name], *(r[name] for r in ordered)]))
                  for name in (*ARTICLE_TABLES, *TABLES)}
        articles = tables["articles"]["status"].tolist()
    return CorpusRun(articles=len(articles), failed=articles.count("failed"),
                     unreadable=articles.count("unreadable"), skipped_chunks=skipped,
                     seconds=time.perf_counter() - started, tables=tables)


def read_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """The tables a run wrote to `out`, as pandas tables (JSON list columns decoded)."""
    out = Path(out)
    return {name: to_frame(pq.read_table(out / f"{name}.parquet")) for name in (*ARTICLE_TABLES, *TABLES)}

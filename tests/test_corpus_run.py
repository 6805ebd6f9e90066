"""extract_corpus and `python -m helpers extract`: the same tables as the extractors give, one
process or many, failures recorded and counted, reruns resuming where a run stopped."""
from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import corpus
from helpers.__main__ import main
from helpers.corpus import TABLES, ScaleError, OutputError, extract_corpus, read_tables
from helpers.readers import read_records

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "saudinewsnet-sample.jsonl"


def _plain(value):
    """Values as a reader of the Parquet tables gets them: lists for tuples, floats for numbers,
    None for every kind of missing."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def _rows(frame: pd.DataFrame) -> list[list]:
    return [[_plain(v) for v in row] for row in frame.itertuples(index=False)]


def _expected(records) -> dict[str, pd.DataFrame]:
    texts = pd.Series([r.text for r in records], index=[r.id for r in records], dtype=object)
    published = [r.published for r in records]
    tables = dict(helpers.extract_context(texts, published))
    tables["claims"] = helpers.extract_claims(texts, published)
    tables["events"] = helpers.extract_events(texts, published)
    return {name: t.rename(columns={"article": "id"}) for name, t in tables.items()}


@pytest.fixture(scope="module")
def sample_run():
    return extract_corpus(SAMPLE)


def test_tables_equal_the_extractors_on_the_shipped_sample(sample_run):
    records = list(read_records(SAMPLE))
    assert len(records) == 200 and not any(r.error for r in records)
    expected = _expected(records)
    for name in TABLES:
        got = sample_run.tables[name]
        assert list(got.columns) == list(expected[name].columns), name
        assert len(got) > 0, name
        assert _rows(got) == _rows(expected[name]), name
    articles = sample_run.tables["articles"]
    assert articles["id"].tolist() == [r.id for r in records]
    assert articles["published"].tolist() == [r.published for r in records]
    assert articles["characters"].tolist() == [len(r.text) for r in records]
    assert set(articles["status"]) == {"ok"} and sample_run.failed == sample_run.unreadable == 0
    assert json.loads(articles["meta"].iloc[0])["source"] == records[0].meta["source"]


def test_written_tables_read_back_the_same(sample_run, tmp_path):
    run = extract_corpus(SAMPLE, out=tmp_path / "out", chunk_size=64)
    assert set(run.tables) == {"articles", "failures", *TABLES}
    written = read_tables(tmp_path / "out")
    for name, frame in sample_run.tables.items():
        assert _rows(written[name]) == _rows(frame), name
    assert not list((tmp_path / "out").glob("**/*.tmp*")), "a temporary file was left behind"


def _jsonl(path: Path, texts: list[str | None]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"text": text, "published": f"2020-11-0{i % 9 + 1}"}, ensure_ascii=False) + "\n")
    return path


TEXTS = ["قتل 5 مدنيين في قصف على ترتر يوم الخميس.", "أعلنت وزارة الصحة إصابة 12 شخصا.",
         "انفجار في بغداد أسفر عن مقتل ثلاثة أشخاص.", "وقالت الشرطة إن 7 أشخاص جرحوا.",
         "نص بلا أرقام.", "قتل 40 شخصا في غارة على إدلب."]


def test_one_process_two_workers_and_a_scheduler_give_identical_tables(tmp_path):
    distributed = pytest.importorskip("distributed")
    source = _jsonl(tmp_path / "six.jsonl", TEXTS * 4)
    extract_corpus(source, out=tmp_path / "one", chunk_size=3)
    extract_corpus(source, out=tmp_path / "two", chunk_size=3, workers=2)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, dashboard_address=":0") as cluster:
        extract_corpus(source, out=tmp_path / "cluster", chunk_size=3, scheduler=cluster.scheduler_address)
    one = read_tables(tmp_path / "one")
    assert len(one["figures"]) > 0
    for other in ("two", "cluster"):
        tables = read_tables(tmp_path / other)
        for name in one:
            pd.testing.assert_frame_equal(one[name], tables[name], obj=f"{other}: {name}")


def test_local_workers_start_from_a_forkserver_on_linux(tmp_path, monkeypatch):
    """Never forked from this process, whose threads (Dask's own among them) may hold a lock
    the fork would copy locked: on Linux from a forkserver, elsewhere spawned, as Dask does.
    The tables are the one-process tables either way."""
    distributed = pytest.importorskip("distributed")
    import dask

    source = _jsonl(tmp_path / "six.jsonl", TEXTS * 4)
    extract_corpus(source, out=tmp_path / "one", chunk_size=3)
    methods = []
    real_cluster = distributed.LocalCluster

    def cluster(*args, **kwargs):
        methods.append(dask.config.get("distributed.worker.multiprocessing-method"))
        return real_cluster(*args, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", cluster)
    extract_corpus(source, out=tmp_path / "workers", chunk_size=3, workers=2)
    assert methods == ["forkserver" if sys.platform.startswith("linux") else "spawn"]
    one, workers = read_tables(tmp_path / "one"), read_tables(tmp_path / "workers")
    assert len(one["figures"]) > 0
    for name in one:
        pd.testing.assert_frame_equal(one[name], workers[name], obj=name)


def test_a_start_method_the_user_configured_is_kept(monkeypatch):
    """A method set in Dask's configuration, by an environment variable or in the process, wins
    over the forkserver chosen on Linux; with none set the choice stands."""
    pytest.importorskip("distributed")
    import dask

    from helpers.corpus import _multiprocessing_method

    chosen = "forkserver" if sys.platform.startswith("linux") else "spawn"
    assert _multiprocessing_method() == chosen
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
        assert _multiprocessing_method() == "fork"
    monkeypatch.setenv("DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD", "spawn")
    with dask.config.set({"distributed.worker.multiprocessing-method": "spawn"}):   # as read at import
        assert _multiprocessing_method() == "spawn"
    monkeypatch.delenv("DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD")
    assert _multiprocessing_method() == chosen


def test_a_failing_article_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    source = _jsonl(tmp_path / "in.jsonl", [TEXTS[0], "FAIL " + TEXTS[1], None, TEXTS[2]])
    real = corpus.extract_context

    def context(texts, published):
        if any(t.startswith("FAIL") for t in texts):
            raise RuntimeError("extraction broke")
        return real(texts, published)

    monkeypatch.setattr(corpus, "extract_context", context)
    assert main(["extract", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert "4 articles, 1 failed, 1 unreadable" in out
    assert "2 articles not extracted: see" in err
    tables = read_tables(tmp_path / "out")
    assert tables["articles"]["status"].tolist() == ["ok", "failed", "unreadable", "ok"]
    failures = dict(zip(tables["failures"]["id"], tables["failures"]["error"]))
    assert failures["in.jsonl#2"].startswith("RuntimeError: extraction broke (in context, test_corpus_run.py:")
    assert failures["in.jsonl#3"] == "in.jsonl: record 3: no text: field 'text' is empty (null)"
    # the articles that did not fail have exactly the rows they have alone
    good = [r for r in read_records(source) if r.error is None and not r.text.startswith("FAIL")]
    monkeypatch.setattr(corpus, "extract_context", real)
    expected = _expected(good)
    for name in TABLES:
        assert _rows(tables[name]) == _rows(expected[name]), name


def test_a_rerun_extracts_only_the_chunks_not_done(tmp_path, monkeypatch):
    source = _jsonl(tmp_path / "in.jsonl", TEXTS)
    out = tmp_path / "out"
    first = extract_corpus(source, out=out, chunk_size=2)
    before = read_tables(out)
    # as if the run had been killed while the second chunk was being written
    chunk = out / "chunks" / "000001"
    chunk.rename(out / "chunks" / "000001.tmp99")
    (out / "figures.parquet").unlink()
    extracted = []
    real = corpus.extract_chunk

    def counted(records):
        extracted.extend(r.id for r in records[:1])
        return real(records)

    monkeypatch.setattr(corpus, "extract_chunk", counted)
    second = extract_corpus(source, out=out, chunk_size=2)
    assert extracted == ["in.jsonl#3"]
    assert (first.skipped_chunks, second.skipped_chunks) == (0, 2)
    after = read_tables(out)
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name], obj=name)
    assert not (out / "chunks" / "000001.tmp99").exists()
    with pytest.raises(OutputError, match="holds a run with other inputs or settings"):
        extract_corpus(source, out=out, chunk_size=3)


def test_workers_without_dask_get_a_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    source = _jsonl(tmp_path / "in.jsonl", TEXTS[:1])
    with pytest.raises(ScaleError, match=r"needs Dask: pip install 'arabic-news-facts\[scale\]'"):
        extract_corpus(source, workers=2)
    assert main(["extract", str(source), "--out", str(tmp_path / "out"), "--workers", "2"]) == 2
    assert "needs Dask" in capsys.readouterr().err


def test_command_line_success_and_a_missing_input(tmp_path, capsys):
    source = _jsonl(tmp_path / "in.jsonl", TEXTS[:2])
    assert main(["extract", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert "2 articles, 0 failed, 0 unreadable" in capsys.readouterr().out
    assert read_tables(tmp_path / "out")["articles"]["published"].tolist() == [date(2020, 11, 1), date(2020, 11, 2)]
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out2")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_command_line_reads_a_file_in_the_encoding_named(tmp_path, capsys):
    source = tmp_path / "old.jsonl"
    source.write_bytes("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in TEXTS[:2]).encode("cp1256"))
    assert main(["extract", str(source), "--out", str(tmp_path / "utf8"), "--quiet"]) == 1
    assert "2 unreadable" in capsys.readouterr().out
    assert main(["extract", str(source), "--out", str(tmp_path / "cp1256"), "--quiet", "--encoding", "cp1256"]) == 0
    assert read_tables(tmp_path / "cp1256")["articles"]["characters"].tolist() == [len(t) for t in TEXTS[:2]]

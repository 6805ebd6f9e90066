"""The walkthrough notebooks and the per-article reports.

The notebooks are executed on the seed article and what they produce is checked against the
seed's expected tables, which live once, in the extractor tests (the same assertion functions
run on the notebook's tables here). Reports are built the way `make report` builds them.
"""
from __future__ import annotations

import asyncio
import pickle
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import test_actors
import test_dates
import test_figures
import test_numbers
import test_places
from helpers.article import SEED_ARTICLE
from helpers.report import (NotebookFailed, build_report, declared_parameters, main, notebooks_in, plan,
                            runs_per_article)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = notebooks_in(ROOT / "notebooks")
WALKTHROUGH = [nb for nb in NOTEBOOKS if runs_per_article(nb)]
CORPUS_NOTEBOOKS = [nb for nb in NOTEBOOKS if not runs_per_article(nb)]
# What each notebook's kernel holds at the end that the expected tables are compared with.
PRODUCED = {"01": ["figures", "facts", "bars", "charts"], "02": ["numbers"], "03": ["figures", "facts"],
            "04": ["dates", "places", "actors", "claims", "events"]}


def _probe(names: list[str], target: Path) -> str:
    return (f"import pickle\nwith open({str(target)!r}, 'wb') as f:\n"
            f"    pickle.dump({{n: globals()[n] for n in {names!r}}}, f)")


@pytest.fixture(scope="module")
def produced(tmp_path_factory) -> dict[str, dict]:
    """Every walkthrough notebook executed on the seed (its default parameters), with the
    tables it built."""
    folder = tmp_path_factory.mktemp("seed")

    async def run_all():
        runs = []
        for nb in WALKTHROUGH:
            key = nb.name[:2]
            runs.append(asyncio.create_task(asyncio.wait_for(
                _run(nb, {"output_dir": str(folder)}, (_probe(PRODUCED[key], folder / f"{key}.pkl"),)), 900)))
        return await asyncio.gather(*runs)

    async def _run(nb, parameters, probe):
        from helpers.report import execute_notebook
        return await execute_notebook(nb, parameters, probe)

    failures = [f"{nb.name}: {failure}" for nb, (_, failure) in zip(WALKTHROUGH, asyncio.run(run_all())) if failure]
    assert not failures, failures
    tables = {}
    for key in PRODUCED:
        with open(folder / f"{key}.pkl", "rb") as f:
            tables[key] = pickle.load(f)
    tables["folder"] = folder
    return tables


def test_the_walkthrough_is_the_four_per_article_notebooks():
    assert [nb.name[:2] for nb in NOTEBOOKS if runs_per_article(nb)] == ["01", "02", "03", "04"]


@pytest.mark.parametrize("notebook", WALKTHROUGH, ids=lambda p: p.name)
def test_notebook_takes_its_article_as_a_parameter_defaulting_to_the_seed(notebook):
    nb = nbformat.read(notebook, as_version=4)
    assert declared_parameters(nb)[:3] == ["article_path", "article_encoding", "output_dir"]
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert source.count("karabakh") == 1, "the seed's name appears outside the parameters cell"
    assert (notebook.parent / "../data/article-2020-11-05-karabakh.txt").resolve() == SEED_ARTICLE


def test_there_is_a_corpus_notebook_that_runs_once():
    assert [nb.name[:2] for nb in CORPUS_NOTEBOOKS] == ["05"]


@pytest.mark.notebooks
@pytest.mark.parametrize("notebook", CORPUS_NOTEBOOKS, ids=lambda p: p.name)
def test_corpus_notebook_runs_on_the_shipped_sample(notebook, tmp_path):
    target = build_report(notebook, tmp_path)
    page = target.read_text(encoding="utf-8")
    assert "Traceback" not in page and "Error" not in page.split("<body", 1)[-1][:2000]


@pytest.mark.notebooks
def test_notebook_01_charts_the_seeds_figures(produced, article):
    test_figures.test_article_table_has_exactly_the_issues_rows(produced["01"]["figures"])
    bars = produced["01"]["bars"]
    assert [(b.category, b.status, b.value) for b in bars.itertuples()] == [
        ("killed", None, 92), ("injured", None, 404), ("homes", "destroyed", 2971),
        ("residential_buildings", "destroyed", 100), ("government_buildings", "destroyed", 502),
        ("cities", "captured", 4), ("towns", "captured", 3), ("villages", "captured", 200),
        ("villages", "liberated", 2)]
    assert [c["name"] for c in produced["01"]["charts"]] == ["people", "damage", "control"]
    for name in ("people", "damage", "control"):
        for suffix in (".png", ".svg"):
            assert (produced["folder"] / f"01_figures-{name}{suffix}").stat().st_size > 1000


@pytest.mark.notebooks
def test_notebook_02_finds_the_seeds_numbers(produced, article):
    numbers = produced["02"]["numbers"]
    test_numbers.test_article_offsets(article, numbers)
    test_numbers.test_article_counts(numbers)
    test_numbers.test_article_duals_ordinals_dates(numbers)


@pytest.mark.notebooks
def test_notebook_03_finds_the_seeds_figures_and_facts(produced, article):
    test_figures.test_article_table_has_exactly_the_issues_rows(produced["03"]["figures"])
    test_figures.test_repeated_fact_is_merged_and_villages_break_down(produced["03"]["figures"], article)
    pd.testing.assert_frame_equal(produced["03"]["facts"], produced["01"]["facts"])


@pytest.mark.notebooks
def test_notebook_04_finds_the_seeds_context(produced):
    tables = produced["04"]
    test_dates.test_article_dates_exactly(tables["dates"])
    test_places.test_article_places_in_body(tables["places"])
    test_actors.test_article_actors(tables["actors"])
    test_actors.test_article_claims(tables["claims"])
    test_actors.test_article_events(tables["events"])


def test_a_failing_notebook_still_writes_its_html_and_names_its_cell(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell('assert x == 2, "x drifted"')]
    path = tmp_path / "09_broken.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(NotebookFailed, match=r"09_broken\.ipynb: cell 2 \('assert x == 2, \"x drifted\"'\): "
                                             r"AssertionError: x drifted"):
        build_report(path, tmp_path / "out")
    page = (tmp_path / "out" / "09_broken.html").read_text(encoding="utf-8")
    assert "This notebook failed" in page and "x drifted" in page and "AssertionError" in page


def _notebook(path: Path, parameters: str | None, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook()
    if parameters is not None:
        nb.cells.append(nbformat.v4.new_code_cell(parameters))
        nb.cells[-1].metadata["tags"] = ["parameters"]
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(nb, path)
    return path


def test_per_article_and_corpus_notebooks_are_told_apart(tmp_path):
    per_article = _notebook(tmp_path / "01_a.ipynb", "article_path = 'x.txt'\noutput_dir = None")
    corpus = _notebook(tmp_path / "05_corpus.ipynb", "corpus_dir = '../corpus'\noutput_dir = None")
    plain = _notebook(tmp_path / "06_plain.ipynb", None, "1 + 1")
    articles = [tmp_path / "one.txt", tmp_path / "two.txt"]
    jobs = plan(articles, [per_article, corpus, plain], tmp_path / "reports", corpus=True)
    assert [(j.notebook.name, j.target.parent.name) for j in jobs] == [
        ("01_a.ipynb", "one"), ("01_a.ipynb", "two"), ("05_corpus.ipynb", "corpus"), ("06_plain.ipynb", "corpus")]
    assert jobs[0].parameters == {"article_path": "one.txt", "output_dir": "reports/one"}  # as seen from the notebook
    assert [j.notebook.name for j in plan(articles, [per_article, corpus], tmp_path, corpus=False)] == ["01_a.ipynb"] * 2
    [given] = plan([], [per_article, corpus], tmp_path, corpus=True, corpus_input=ROOT.parent / "news")
    assert given.parameters["corpus"] == "../news"  # from the project folder, as the corpus notebook takes paths
    per_article_job, corpus_job = plan(articles[:1], [per_article, corpus], tmp_path, corpus=True, encoding="cp1256",
                                       corpus_encoding="cp1256")
    assert per_article_job.parameters["article_encoding"] == corpus_job.parameters["encoding"] == "cp1256"


def test_report_command_runs_the_rest_and_exits_non_zero(tmp_path, capsys):
    article = tmp_path / "art.txt"
    article.write_text("قتل 5 أشخاص وأصيب 7 آخرون في انفجار.\n", encoding="utf-8")
    _notebook(tmp_path / "01_bad.ipynb", "article_path = None\noutput_dir = None", "raise ValueError('boom')")
    _notebook(tmp_path / "02_good.ipynb", "article_path = None\noutput_dir = None", "print(article_path)")
    assert main([str(article), "--notebooks", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "FAILED" in err and "01_bad.ipynb: cell 3" in err and "ValueError: boom" in err
    assert sorted(p.name for p in (tmp_path / "out" / "art").iterdir()) == [
        "01_bad.html", "02_good.html", "figures-people.png", "figures-people.svg", "index.html"]
    assert "art.txt" in (tmp_path / "out" / "art" / "02_good.html").read_text(encoding="utf-8")


@pytest.mark.notebooks
def test_every_article_in_data_gets_a_full_report(built_reports):
    folder, articles = built_reports
    for article in articles:
        report = folder / article.stem
        names = {p.name for p in report.iterdir()}
        assert {"index.html", *(f"{nb.stem}.html" for nb in NOTEBOOKS if runs_per_article(nb))} <= names, article
        for page in report.glob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert "Traceback" not in html and "This notebook failed" not in html, page
        if article.stem == "nothing-to-count":   # no chart, and each page says why
            assert not list(report.glob("*.png"))
            assert "No casualty or damage figures were found" in (report / "index.html").read_text(encoding="utf-8")
            for notebook, says in [("01_article_to_chart", "No figures, so no chart."),
                                   ("04_context", "No resolved dates in this article, so no timeline."),
                                   ("04_context", "No places were found in the body of this article.")]:
                assert says in (report / f"{notebook}.html").read_text(encoding="utf-8"), (notebook, says)
        else:
            assert {"figures-people.png", "figures-people.svg"} <= names, article
            for notebook in ("01_article_to_chart", "03_figures"):   # the charts are in the walkthrough too
                html = (report / f"{notebook}.html").read_text(encoding="utf-8")
                assert 'src="data:image/png' in html and "<Figure size" not in html, (article, notebook)


def test_report_without_articles_does_every_txt_directly_in_data_and_the_corpus_notebooks(monkeypatch):
    import helpers.report as report

    seen = {}
    monkeypatch.setattr(report, "build_reports", lambda articles, out, notebooks, corpus, workers, corpus_input, encoding,
                        corpus_encoding: seen.update(articles=articles, corpus=corpus, corpus_input=corpus_input,
                                                     encoding=encoding, corpus_encoding=corpus_encoding) or [])
    everything = {"articles": sorted((ROOT / "data").glob("*.txt")), "corpus": True, "corpus_input": None,
                  "encoding": None, "corpus_encoding": None}
    assert report.main([]) == 0 and seen == everything
    assert len(seen["articles"]) >= 4
    assert report.main([str(SEED_ARTICLE)]) == 0
    assert seen == {"articles": [SEED_ARTICLE], "corpus": False, "corpus_input": None, "encoding": None,
                    "corpus_encoding": None}
    assert report.main(["--corpus", "news.jsonl"]) == 0 and seen == everything | {"corpus_input": Path("news.jsonl")}
    # an encoding is for the files named: never for the shipped UTF-8 articles and sample
    assert report.main(["--corpus", "news.jsonl", "--encoding", "cp1256"]) == 0
    assert seen == everything | {"corpus_input": Path("news.jsonl"), "corpus_encoding": "cp1256"}
    assert report.main(["--encoding", "cp1256"]) == 0 and seen == everything


def test_report_reads_an_article_in_the_encoding_it_is_given(tmp_path, capsys):
    article = tmp_path / "kuwait.txt"
    article.write_bytes("قتل 5 أشخاص وأصيب 7 آخرون في انفجار.\n".encode("cp1256"))
    _notebook(tmp_path / "01_read.ipynb", "article_path = None\narticle_encoding = None\noutput_dir = None",
              "import helpers\nprint(helpers.load_article(article_path, encoding=article_encoding).text)")
    args = [str(article), "--notebooks", str(tmp_path), "--out", str(tmp_path / "out")]
    assert main(args) == 1   # as UTF-8, both pages refuse it, and say what to pass
    assert capsys.readouterr().err.count("encoding='cp1256'") == 2
    assert main([*args, "--encoding", "cp1256"]) == 0
    page = (tmp_path / "out" / "kuwait" / "01_read.html").read_text(encoding="utf-8")
    assert "قتل 5 أشخاص" in page
    assert "أشخاص" in (tmp_path / "out" / "kuwait" / "index.html").read_text(encoding="utf-8")
    assert main([*args, "--encoding", "cp9999"]) == 2 and "unknown encoding 'cp9999'" in capsys.readouterr().err


def test_report_names_a_missing_article(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere.txt"), "--out", str(tmp_path)]) == 2
    assert "nowhere.txt: article file not found" in capsys.readouterr().err

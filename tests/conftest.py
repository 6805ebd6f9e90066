"""Shared fixtures: the seed article and the optional SaudiNewsNet corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

import helpers

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


@pytest.fixture(scope="session")
def article() -> helpers.Article:
    return helpers.load_article(ROOT / "data" / "article-2020-11-05-karabakh.txt")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The SaudiNewsNet sample; tests that need it skip when it is not beside the project."""
    if not any(CORPUS_DIR.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet corpus not found at {CORPUS_DIR} (only the developers' machines have it)")
    return CORPUS_DIR


# An article whose text carries markup: reports must show it as text and run none of it.
HOSTILE_TEXT = (
    "قتل 12 شخصا وأصيب 30 آخرون في انفجار بمدينة بغداد أمس الاثنين.\n\n"
    "وكتب أحدهم <script>window.__xss = 1</script> في تعليق، "
    "وأرفق صورة <img src=x onerror=\"window.__xss = 2\"> ورابطا "
    "<a href=\"javascript:window.__xss = 3\">اضغط هنا</a> & \"اقتباس\".\n"
)


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory) -> tuple[Path, list[Path]]:
    """Reports of every article in data/, of a hostile article without metadata and of one with
    nothing to find, built as `make report` builds them, once per session: (folder, articles)."""
    from helpers.report import build_reports

    folder = tmp_path_factory.mktemp("reports")
    hostile = tmp_path_factory.mktemp("hostile") / "hostile-markup.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    quiet = hostile.parent / "nothing-to-count.txt"   # no figures, dates or places: every step says so
    quiet.write_text("افتتح المعرض أبوابه للزوار وسط إقبال كبير من العائلات.\n", encoding="utf-8")
    articles = [*sorted((ROOT / "data").glob("*.txt")), hostile, quiet]
    failures = build_reports(articles, folder)
    assert not failures, failures
    return folder, articles

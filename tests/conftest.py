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

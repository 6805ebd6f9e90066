"""How the package is put together: one prepared document, registered extractors, one
attribution engine, no module reaching into another's private names."""
from __future__ import annotations

import ast
import re
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import extract_claims, extract_context, extract_figures, registry

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "helpers").glob("*.py"))
PUBLISHED = date(2020, 11, 5)


def _private_uses(path: Path) -> list[str]:
    """`from .x import _y` and `x._y` for a helpers module x, in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {p.stem for p in MODULES}
    aliases: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("helpers")):
            source = (node.module or "").split(".")[-1]
            for alias in node.names:
                if alias.name in modules:
                    aliases.add(alias.asname or alias.name)
                elif alias.name.startswith("_") and source != path.stem:
                    found.append(f"{path.name}:{node.lineno}: from {node.module} import {alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases \
                and node.attr.startswith("_"):
            found.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_another_modules_private_names():
    assert [use for path in MODULES for use in _private_uses(path)] == []


def test_the_private_name_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from .dates import _alt\nfrom . import figures\nfigures._Names\n", encoding="utf-8")
    assert len(_private_uses(bad)) == 2


def test_every_table_is_a_registered_extractor():
    assert registry.names(in_context=True) == ["dates", "places", "actors", "figures", "claims", "events"]
    assert set(registry.names()) >= {"numbers", "statements"}
    with pytest.raises(KeyError, match="registered"):
        registry.get("weapons_that_do_not_exist")


def test_a_layer_is_computed_once_per_document(article):
    doc = helpers.Document(article.text, PUBLISHED)
    assert doc.layer("figures") is doc.layer("figures")
    doc.layer("claims")
    assert set(doc.computed) == {"figures", "dates", "places", "actors", "statements", "claims"}


def test_figures_inside_a_claim_have_its_actor_as_source(article):
    claims = extract_claims(article.text, PUBLISHED)
    figures = extract_figures(article.text, PUBLISHED)
    pairs = [(claim.actor, figure.source) for claim in claims.itertuples() for figure in figures.itertuples()
             if claim.start <= figure.start and figure.end <= claim.end]
    assert len(pairs) == len(figures)
    assert all(actor == source for actor, source in pairs)


@pytest.mark.corpus
def test_figure_sources_equal_claim_actors_over_the_corpus(corpus_dir):
    corpus = helpers.read_saudinewsnet(corpus_dir)
    texts = corpus["content"].tolist()[:3000]
    tables = extract_context(texts)
    claims, figures = tables["claims"], tables["figures"]
    by_article = {a: list(rows.itertuples()) for a, rows in claims.groupby("article")}
    checked = 0
    for figure in figures.itertuples():
        for claim in by_article.get(figure.article, ()):
            if claim.start <= figure.start and figure.end <= claim.end:
                same = figure.source == claim.actor or (pd.isna(figure.source) and pd.isna(claim.actor))
                assert same, (figure.article, figure.surface, figure.source, claim.actor, claim.clause)
                checked += 1
    assert checked > 100


def test_the_readme_example_adds_an_extractor_in_one_module(tmp_path, monkeypatch):
    """The worked example in the README: a new module and its word list, nothing else."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    module = re.search(r"```python\n(# weapons\.py\n.*?)```", readme, re.S).group(1)
    word_list = re.search(r"```csv\n(# weapons\.csv\n.*?)```", readme, re.S).group(1)
    (tmp_path / "weapons.py").write_text(module, encoding="utf-8")
    (tmp_path / "weapons.csv").write_text(word_list.split("\n", 1)[1], encoding="utf-8")
    monkeypatch.setattr(registry, "_EXTRACTORS", dict(registry._EXTRACTORS))   # forgotten after the test
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("weapons", None)
    import weapons  # noqa: F401  (registers the extractor)
    text = "وأطلقت الفصائل صاروخين وقذائف هاون على المدينة، وسقطت طائرة مسيّرة."
    tables = extract_context([text, "لا شيء هنا"])
    assert list(tables)[-1] == "weapons"
    assert tables["weapons"][["article", "surface", "weapon"]].values.tolist() == [
        [0, "صاروخين", "missile"], [0, "قذائف", "shell"], [0, "طائرة مسيّرة", "drone"]]
    assert all(text[r.start:r.end] == r.surface for r in tables["weapons"].itertuples())


PUBLIC = [helpers.extract_numbers, helpers.find_numbers, helpers.parse_number, helpers.extract_figures,
          helpers.extract_dates, helpers.extract_places, helpers.extract_actors, helpers.extract_claims,
          helpers.extract_events, helpers.extract_context, helpers.normalize, helpers.segments, helpers.sentences,
          helpers.Document]


@pytest.mark.parametrize("function", PUBLIC, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [b"\xd9\x82\xd8\xaa\xd9\x84 5", bytearray(b"5"), 5, None])
def test_non_text_is_a_type_error_naming_the_type(function, bad):
    """Issue 12: bytes are not decoded behind the caller's back; every entry point says what it got."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        function(bad)

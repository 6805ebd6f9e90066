"""The seed article is pinned byte for byte, and bad input fails loudly with file and field."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

import helpers
from helpers.article import SEED_ARTICLE

SEED_SHA256 = "d8614365655d8a5be8493a30bd305095c28fda7dd1efc694797fb91e0a88ccd6"


def test_seed_article_is_byte_for_byte_the_given_one():
    assert hashlib.sha256(SEED_ARTICLE.read_bytes()).hexdigest() == SEED_SHA256


def test_metadata_of_the_seed_article(article):
    assert article.published == date(2020, 11, 5)
    assert article.meta["section"] == "سياسة دولية"
    assert article.meta["headline"] == 'أذربيجان تواصل عملياتها العسكرية في "قره باغ"'
    assert article.meta["caption_credit"] == {"ar": "جيتي", "en": "Getty Images"}
    assert article.meta["language"] == "ar"
    reasoning = " ".join(article.meta["published_reasoning"])
    for clue in ("الخميس", "أمس الأربعاء", "10 November 2020", "5 November 2020"):
        assert clue in reasoning
    assert article.text == SEED_ARTICLE.read_text(encoding="utf-8")


def _copy_seed(tmp_path: Path, meta_change=None, text: bytes | None = None) -> Path:
    target = tmp_path / "a.txt"
    target.write_bytes(SEED_ARTICLE.read_bytes() if text is None else text)
    meta = json.loads(SEED_ARTICLE.with_suffix(".json").read_text(encoding="utf-8"))
    meta.pop("sha256")
    if meta_change:
        meta_change(meta)
    target.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return target


def test_missing_article_names_the_file(tmp_path):
    with pytest.raises(helpers.ArticleError, match=r"nope\.txt: file not found"):
        helpers.load_article(tmp_path / "nope.txt")


def test_invalid_utf8_names_the_file_and_byte(tmp_path):
    path = _copy_seed(tmp_path, text="قره باغ".encode() + b"\xff\xfe")
    with pytest.raises(helpers.ArticleError, match=r"a\.txt: not valid UTF-8 at byte 13"):
        helpers.load_article(path)


def test_article_without_metadata_loads_and_says_what_is_missing(tmp_path):
    path = _copy_seed(tmp_path)
    path.with_suffix(".json").unlink()
    article = helpers.load_article(path)
    assert article.text == SEED_ARTICLE.read_text(encoding="utf-8")
    assert article.published is None and article.meta == {"published": None}
    assert article.missing == ("metadata", "published")
    assert any("a.json" in note for note in article.notes)
    assert any("Publication date unknown" in note for note in article.notes)


def test_only_language_and_published_are_needed(tmp_path):
    path = _copy_seed(tmp_path, lambda m: [m.pop(f) for f in list(m) if f not in ("language", "published")])
    article = helpers.load_article(path)
    assert article.meta == {"language": "ar", "published": date(2020, 11, 5)}
    assert article.missing == () and article.notes == []


def test_without_published_the_article_loads_with_no_date(tmp_path):
    article = helpers.load_article(_copy_seed(tmp_path, lambda m: m.pop("published")))
    assert article.published is None and article.missing == ("published",)
    assert article.meta["headline"] == 'أذربيجان تواصل عملياتها العسكرية في "قره باغ"'


def test_extra_fields_are_kept_as_given(tmp_path):
    extra = {"source": "SaudiNewsNet", "licence": "CC BY-NC-SA 4.0", "url": "http://example.org/a"}
    article = helpers.load_article(_copy_seed(tmp_path, lambda m: m.update(extra)))
    assert {k: article.meta[k] for k in extra} == extra
    assert article.meta["published_reasoning"][0].startswith("The prosecutor")


@pytest.mark.parametrize("change, message", [
    (lambda m: m.pop("language"), r"a\.json: missing field 'language'"),
    (lambda m: m.update(published="2020-02-30"), r"a\.json: field 'published' must be a date YYYY-MM-DD"),
    (lambda m: m.update(published="5/11/2020"), r"a\.json: field 'published' must be a date YYYY-MM-DD, got '5/11/2020'"),
    (lambda m: m.update(section=""), r"a\.json: field 'section' must be a non-empty str"),
    (lambda m: m.update(language=3), r"a\.json: field 'language' must be a non-empty str"),
    (lambda m: m.update(headline="عنوان آخر"), r"a\.json: field 'headline' does not occur word for word"),
    (lambda m: m.update(sha256="0" * 64), r"a\.json: field 'sha256' does not match"),
])
def test_malformed_metadata_names_file_and_field(tmp_path, change, message):
    with pytest.raises(helpers.ArticleError, match=message):
        helpers.load_article(_copy_seed(tmp_path, change))


def test_metadata_that_is_not_json(tmp_path):
    path = _copy_seed(tmp_path)
    path.with_suffix(".json").write_text('{"section": ', encoding="utf-8")
    with pytest.raises(helpers.ArticleError, match=r"a\.json: invalid JSON at line 1"):
        helpers.load_article(path)

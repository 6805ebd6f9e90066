"""Hostile input: what real files and real users send gets the right answer or a clear error.

One test per row of the hostile-input table, grouped by the part of the package it concerns,
then more of the same kind. Each error names the file and the place, and says what to do.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

import helpers
from helpers.article import SEED_ARTICLE

SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")
SEED_META = json.loads(SEED_ARTICLE.with_suffix(".json").read_text(encoding="utf-8"))


def _article(tmp_path: Path, text: bytes, meta: dict | None = None) -> Path:
    """`a.txt` with the given bytes and, unless `meta` is None, `a.json` beside it."""
    path = tmp_path / "a.txt"
    path.write_bytes(text)
    if meta is not None:
        path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return path


def _seed_meta(**changes) -> dict:
    meta = {k: v for k, v in SEED_META.items() if k != "sha256"}
    meta.update(changes)
    return meta


# --- Loading: one test per row of the table ----------------------------------------------------

def test_load_article_on_a_directory_says_so(tmp_path):
    (tmp_path / "a.txt").mkdir()
    with pytest.raises(helpers.ArticleError, match=r"a\.txt: is a directory, not a text file; pass the path"):
        helpers.load_article(tmp_path / "a.txt")


def test_utf8_bom_is_stripped_recorded_and_offsets_match_an_editor(tmp_path):
    path = _article(tmp_path, codecs.BOM_UTF8 + SEED_TEXT.encode(), _seed_meta())
    article = helpers.load_article(path)
    assert article.text == SEED_TEXT
    assert article.bom_stripped and any("byte-order mark" in note for note in article.notes)
    assert not helpers.load_article(SEED_ARTICLE).bom_stripped
    assert [s.start for s in helpers.segments(article.text)] == [s.start for s in helpers.segments(SEED_TEXT)]


def test_utf16_le_without_bom_is_named_not_read_as_utf8(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode("utf-16-le"), _seed_meta())
    with pytest.raises(helpers.ArticleError,
                       match=r"a\.txt: .*looks like UTF-16-LE; pass encoding='utf-16-le'"):
        helpers.load_article(path)
    assert helpers.load_article(path, encoding="utf-16-le").text == SEED_TEXT


def test_nul_bytes_are_refused_with_their_place(tmp_path):
    text = "سياسة دولية\n\nواصل الجيش\x00 عملياته"
    with pytest.raises(helpers.ArticleError,
                       match=r"a\.txt: a NUL byte \(U\+0000\) at line 3, column 11, byte 42; remove it"):
        helpers.load_article(_article(tmp_path, text.encode(), _seed_meta(section="سياسة دولية")))


def test_cr_only_line_endings_are_read_as_lines(tmp_path):
    mac = SEED_TEXT.replace("\n", "\r")
    article = helpers.load_article(_article(tmp_path, mac.encode(), _seed_meta()))
    assert article.text == mac  # kept as stored
    as_mac = helpers.segments(article.text)
    as_unix = helpers.segments(SEED_TEXT)
    assert len(as_mac) == len(as_unix) > 10
    assert [(s.start, s.end, s.role) for s in as_mac] == [(s.start, s.end, s.role) for s in as_unix]
    assert helpers.sentences(article.text) == helpers.sentences(SEED_TEXT)


def test_cr_only_article_gives_the_same_facts(article):
    mac = article.text.replace("\n", "\r")  # same length: every offset stays where it was
    for name, facts in helpers.extract_context(article.text, article.published).items():
        assert facts.equals(helpers.extract_context(mac, article.published)[name]), name


def test_empty_file_has_its_own_error(tmp_path):
    with pytest.raises(helpers.ArticleError, match=r"a\.txt: empty file \(0 bytes\)"):
        helpers.load_article(_article(tmp_path, b"", _seed_meta()))


@pytest.mark.parametrize("caption, shown", [(3, r"3 \(int\)"), (None, r"None \(null\)"),
                                            (["a", "b"], r"\['a', 'b'\] \(list\)")])
def test_caption_of_the_wrong_type_names_file_and_field(tmp_path, caption, shown):
    path = _article(tmp_path, SEED_TEXT.encode(), _seed_meta(caption=caption))
    with pytest.raises(helpers.ArticleError, match=rf"a\.json: field 'caption' must be a non-empty string, got {shown}"):
        helpers.load_article(path)


@pytest.mark.parametrize("published", ["20201105", "2020-W45-4", "2020-11-05T10:00", "2020-11-5"])
def test_published_must_be_exactly_yyyy_mm_dd(tmp_path, published):
    path = _article(tmp_path, SEED_TEXT.encode(), _seed_meta(published=published))
    with pytest.raises(helpers.ArticleError, match=rf"a\.json: field 'published' must be a date YYYY-MM-DD, got '{published}'"):
        helpers.load_article(path)


# --- Loading: more of the same kind --------------------------------------------------------------

def test_utf16_with_bom_is_named_and_read_when_asked(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode("utf-16"), _seed_meta())
    with pytest.raises(helpers.ArticleError, match=r"UTF-16-LE byte-order mark; pass encoding='utf-16'"):
        helpers.load_article(path)
    article = helpers.load_article(path, encoding="utf-16")
    assert article.text == SEED_TEXT and article.bom_stripped


def test_utf16_be_without_bom_is_named(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode("utf-16-be"), _seed_meta())
    with pytest.raises(helpers.ArticleError, match=r"looks like UTF-16-BE; pass encoding='utf-16-be'"):
        helpers.load_article(path)


def test_cp1256_is_named_and_read_when_asked(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode("cp1256", errors="strict"), _seed_meta())
    with pytest.raises(helpers.ArticleError,
                       match=r"a\.txt: not valid UTF-8 at byte 0 .*Windows-1256 \(CP-1256\); pass encoding='cp1256'"):
        helpers.load_article(path)
    assert helpers.load_article(path, encoding="cp1256").text == SEED_TEXT


def test_latin1_bytes_are_not_passed_off_as_arabic(tmp_path):
    path = _article(tmp_path, "Café crème, naïve façade".encode("latin-1"))
    with pytest.raises(helpers.ArticleError, match=r"not valid UTF-8 at byte 3 .*pass encoding= if the file"):
        helpers.load_article(path)


def test_a_wrong_explicit_encoding_is_refused_not_garbled(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode("utf-16-le"))
    with pytest.raises(helpers.ArticleError,
                       match=r"control character U\+0006 at line 1, column 2; the file looks like UTF-16-LE"):
        helpers.load_article(path, encoding="cp1256")
    with pytest.raises(helpers.ArticleError, match=r"unknown encoding 'klingon'"):
        helpers.load_article(path, encoding="klingon")


@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85"])
def test_other_control_characters_are_refused(tmp_path, char):
    path = _article(tmp_path, f"قره باغ\r\nسطر{char}ثان".encode())
    with pytest.raises(helpers.ArticleError, match=rf"control character U\+{ord(char):04X} at line 2, column 4"):
        helpers.load_article(path)


def test_tabs_and_mixed_line_endings_are_read_as_lines(tmp_path):
    text = "سياسة دولية\r\n\r\nأذربيجان تواصل عملياتها\r\rواصل الجيش عملياته.\n\tوأعلنت الوزارة تدمير ثكنة.\r\n"
    article = helpers.load_article(_article(tmp_path, text.encode()))
    assert article.text == text
    lines = [(article.text[s.start:s.end], s.role) for s in helpers.segments(article.text)]
    assert lines == [("سياسة دولية", "section"), ("أذربيجان تواصل عملياتها", "headline"),
                     ("واصل الجيش عملياته.", "body"), ("وأعلنت الوزارة تدمير ثكنة.", "body")]


def test_white_space_only_file_is_not_an_article(tmp_path):
    with pytest.raises(helpers.ArticleError, match=r"a\.txt: no text, only white space"):
        helpers.load_article(_article(tmp_path, codecs.BOM_UTF8 + b" \r\n\t\n"))


def test_metadata_path_given_instead_of_the_text(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode(), _seed_meta())
    with pytest.raises(helpers.ArticleError, match=r"a\.json: this is a metadata file; pass the article's text file"):
        helpers.load_article(path.with_suffix(".json"))


@pytest.mark.parametrize("field, value", [("language", None), ("headline", 7), ("section", []),
                                          ("published", 20201105), ("sha256", {"x": 1})])
def test_metadata_types_are_checked_strictly(tmp_path, field, value):
    path = _article(tmp_path, SEED_TEXT.encode(), _seed_meta(**{field: value}))
    with pytest.raises(helpers.ArticleError, match=rf"a\.json: field '{field}' must be a non-empty string"):
        helpers.load_article(path)


def test_metadata_field_given_twice(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode())
    path.with_suffix(".json").write_text('{"language": "ar", "published": "2020-11-05", "published": "2020-11-06"}',
                                         encoding="utf-8")
    with pytest.raises(helpers.ArticleError, match=r"a\.json: field 'published' is given twice"):
        helpers.load_article(path)


def test_metadata_in_utf16_is_named(tmp_path):
    path = _article(tmp_path, SEED_TEXT.encode())
    path.with_suffix(".json").write_bytes(json.dumps(_seed_meta(), ensure_ascii=False).encode("utf-16"))
    with pytest.raises(helpers.ArticleError, match=r"a\.json: starts with a UTF-16-LE byte-order mark"):
        helpers.load_article(path)


def test_read_text_applies_the_same_rules_to_any_file(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_bytes(codecs.BOM_UTF8 + "نص\r\nآخر".encode())
    assert helpers.read_text(path) == "نص\r\nآخر"
    path.write_bytes("نص".encode("cp1256"))
    with pytest.raises(helpers.TextFileError, match=r"corpus\.txt: not valid UTF-8 at byte 0 .*encoding='cp1256'"):
        helpers.read_text(path)
    assert helpers.read_text(path, encoding="cp1256") == "نص"
    with pytest.raises(helpers.TextFileError, match=r"is a directory"):
        helpers.read_text(tmp_path)

"""Hostile input: what real files and real users send gets the right answer or a clear error.

One test per row of the hostile-input table, grouped by the part of the package it concerns,
then more of the same kind. Each error names the file and the place, and says what to do.
"""
from __future__ import annotations

import codecs
import datetime
import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Highlighting: spans it cannot draw are refused, naming the row; text is never duplicated.

def _marks(start, end, surface=None):
    table = pd.DataFrame({"start": start, "end": end, "kind": ["k"] * len(start)})
    if surface is not None:
        table["surface"] = surface
    return table


@pytest.mark.parametrize("start, end, message", [
    ([0, 5], [3, 40], r"row 1: span \[5, 40\) is not inside the text \(length 11\)"),
    ([-1], [3], r"row 0: span \[-1, 3\)"),
    ([4], [4], r"row 0: span \[4, 4\) .* or is empty"),
    ([0, 2], [4, 6], r"rows 0 \[0, 4\) and 1 \[2, 6\) cross"),
])
def test_highlight_refuses_spans_it_cannot_draw(start, end, message):
    with pytest.raises(ValueError, match=message):
        helpers.highlight("قتل 92 شخصا", _marks(start, end))


def test_highlight_refuses_offsets_that_are_not_integers():
    table = pd.DataFrame({"start": [4.0], "end": [6.0], "kind": ["k"]})
    with pytest.raises(ValueError, match="row 0: start must be an integer offset, got 4.0"):
        helpers.highlight("قتل 92 شخصا", table)


def test_highlight_refuses_a_surface_that_is_not_at_its_offsets():
    with pytest.raises(ValueError, match=r"row 0: text\[4:6\] is '92', not its surface '93'"):
        helpers.highlight("قتل 92 شخصا", _marks([4], [6], ["93"]))


def test_highlight_refuses_a_missing_label_column_naming_the_columns():
    with pytest.raises(ValueError, match="no column 'kind'.*start, end"):
        helpers.highlight("قتل 92 شخصا", pd.DataFrame({"start": [4], "end": [6]}), label="kind")


def test_highlight_never_duplicates_text():
    text = "قتل 92 شخصا و<أصيب> 404 آخرون\n\nفي 5 مدن"
    table = _marks([4, 4, 20, 35], [6, 11, 23, 36])
    page = helpers.highlight(text, table)
    without_labels = re.sub(r'<span class="label".*?</span>', "", page)
    shown = html.unescape(re.sub(r"<[^>]+>", "", without_labels.replace("<br>\n", "\n")))
    assert shown == text


# --- Extractor rows: one test per row of the table, then properties of every extractor ---------

EXTRACTORS = {
    "numbers": lambda texts: {"numbers": helpers.extract_numbers(texts)},
    "figures": lambda texts: {"figures": helpers.extract_figures(texts, PUBLISHED)},
    "dates": lambda texts: {"dates": helpers.extract_dates(texts, PUBLISHED)},
    "places": lambda texts: {"places": helpers.extract_places(texts)},
    "actors": lambda texts: {"actors": helpers.extract_actors(texts)},
    "claims": lambda texts: {"claims": helpers.extract_claims(texts, PUBLISHED)},
    "events": lambda texts: {"events": helpers.extract_events(texts, PUBLISHED)},
    "context": lambda texts: helpers.extract_context(texts, PUBLISHED),
}
PUBLISHED = datetime.date(2020, 11, 5)
# Invisible formatting characters (helpers.normalize.FORMATTING): marks, isolates, joiners, BOM.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"


def _spans_exact(text: str, tables: dict) -> None:
    """Every row's span lies in the text and, where the table has a surface, is exactly it."""
    for name, table in tables.items():
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(text), (name, row)
            if "surface" in table.columns:
                assert text[row.start:row.end] == row.surface, (name, row)


@pytest.mark.parametrize("name", EXTRACTORS)
@pytest.mark.parametrize("bad", [b"\xd8\xa3\xd8\xb1", bytearray(b"x"), 42, None, 3.5, {"text": "x"}])
def test_extractors_refuse_anything_but_str_naming_its_type(name, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        EXTRACTORS[name](bad)


@pytest.mark.parametrize("name", EXTRACTORS)
def test_extractors_refuse_a_non_str_inside_a_list_naming_its_place(name):
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, got bytes"):
        EXTRACTORS[name](["قتل 5", b"x"])


@pytest.mark.parametrize("name", EXTRACTORS)
def test_extractors_refuse_a_lone_surrogate_naming_its_offset(name):
    """A str may hold half of a UTF-16 pair (a JSON escape "\\ud800", surrogateescape decoding);
    it is no character and no table can store it: a clear error, not pyarrow's."""
    with pytest.raises(ValueError, match=r"texts\[1\] holds a lone surrogate U\+D83D at offset 6"):
        EXTRACTORS[name](["قتل 5", "قتل 5 \ud83d أشخاص"])


def test_extractors_take_any_str_subclass_and_empty_text():
    class Text(str):
        pass
    for name, run in EXTRACTORS.items():
        for text in (Text("قتل 5 مدنيين أمس"), "", " \n "):
            _spans_exact(text, run(text))


@pytest.mark.parametrize("digits", ["1" * 21, "9" * 40, "٠١٢٣٤٥٦٧٨٩" * 3, "123456789012345678901,5"])
def test_an_overlong_digit_run_is_an_unread_row_not_dropped(digits):
    text = f"رقم الحساب {digits} لدى البنك"
    table = helpers.extract_numbers(text)
    unread = table[table.kind == "unread"]
    assert len(unread) == 1 and unread.iloc[0].value is None
    assert text[unread.iloc[0].start:unread.iloc[0].end].startswith(digits[:21])


def test_twenty_digits_are_still_read():
    [row] = helpers.find_numbers("الرقم 12345678901234567890 هنا")
    assert (row.kind, row.value) == ("digits", 12345678901234567890)


def test_bidi_controls_inside_a_number_phrase_stay_out_of_the_surface():
    text = "قتل \u2068\u200f92\u2069 مدنيا و\u2067404\u200f\u2069 جرحى"
    rows = helpers.find_numbers(text)
    assert [(r.surface, r.value) for r in rows] == [("92", 92), ("404", 404)]
    for r in rows:
        assert text[r.start:r.end] == r.surface


@pytest.mark.parametrize("mark", list(INVISIBLE))
def test_no_extractor_surface_begins_or_ends_with_invisible_formatting(article, mark):
    # Every word of the seed article wrapped in the mark: every row of every table is affected.
    text = " ".join(f"{mark}{word}{mark}" for word in article.text.split(" "))
    tables = {**helpers.extract_context(text, PUBLISHED), "numbers": helpers.extract_numbers(text)}
    assert sum(len(t) for t in tables.values()) > 30
    _spans_exact(text, tables)
    _no_invisible_edges(tables, ("surface",))


def _no_invisible_edges(tables: dict, columns: tuple[str, ...]) -> None:
    for name, table in tables.items():
        for column in columns:
            if column in table.columns:
                for value in table[column]:
                    assert value == "" or (value[0] not in INVISIBLE and value[-1] not in INVISIBLE), (name, value)


@pytest.mark.xfail(reason="a claim's clause is cut by the attribution engine (helpers.attribution), which "
                          "keeps a mark after the clause's last word; surfaces are trimmed", strict=True)
def test_claim_clauses_do_not_end_with_invisible_formatting(article):
    text = " ".join(f"\u200b{word}\u200b" for word in article.text.split(" "))
    _no_invisible_edges({"claims": helpers.extract_claims(text, PUBLISHED)}, ("clause",))


def test_the_marks_do_not_change_what_is_found(article):
    marked = " ".join(f"\u2068{word}\u2069" for word in article.text.split(" "))
    plain = helpers.extract_numbers(article.text)
    found = helpers.extract_numbers(marked)
    assert list(found.value) == list(plain.value) and list(found.kind) == list(plain.kind)
    assert [s.replace("\u2068", "").replace("\u2069", "") for s in found.surface] == list(plain.surface)


@pytest.mark.parametrize("text, surface, value", [
    ("خسائر بقيمة 10,5 مليون دولار", "10,5 مليون", 10_500_000),
    ("يعيش 1 000 000 نازح في المخيمات", "1 000 000", 1_000_000),
    ("نزح 2,5 مليون شخص و1,200 أسرة", "2,5 مليون", 2_500_000),
    ("نزح 2,5 مليون شخص و1,200 أسرة", "1,200", 1200),
    ("إنتاج 333ر10 مليون برميل", "333ر10 مليون", 10_333_000),
])
def test_regional_number_formats_read_right(text, surface, value):
    assert (surface, value) in [(r.surface, r.value) for r in helpers.find_numbers(text)]


def test_space_thousands_only_in_groups_of_three():
    assert [r.value for r in helpers.find_numbers("بين 1 00 و 12 3456")] == [1, 0, 12, 3456]


# Properties of every public extractor. Texts are built from pieces of real news wording, marks,
# digits in three scripts and separators, so that rules fire; plus arbitrary Unicode.
SEED_WORDS = SEED_TEXT.split()
PIECES = st.one_of(
    st.sampled_from(SEED_WORDS),
    st.sampled_from([" ", "\n", "\n\n", "،", ".", ":", "(", ")", "/", "-", "ـ", "\u064b", "\u200f", "\u2068",
                     "\u2069", "\ufeff", "5", "٩٢", "۱۲", "2,5", "1 000", "4ر1", "مليون", "ألف", "قتيلا", "أمس",
                     "الخميس", "منذ", "اليوم", "الـ", "من", "فلسطينيان", "لامس", "ستعقد", "مارس (آذار) 1998"]),
    st.text(max_size=3),
)
TEXTS = st.lists(PIECES, max_size=60).map(" ".join)
# An article with its section and headline lines, then a paragraph of body text. (A text of one
# line is all body; with more lines its first is a headline, so the layout is given up front.)
PARAGRAPHS = st.lists(PIECES.filter(lambda p: "\n" not in p and "\r" not in p), max_size=60).map(
    lambda pieces: "سياسة\n\nعنوان الخبر\n\nقال الوزير إن " + " ".join(pieces))


def _missing_as_none(value):
    """NaN and None both mean "no value" in a table (pandas turns one into the other by column)."""
    return None if not isinstance(value, (list, tuple)) and pd.isna(value) else value


def _rows(tables: dict, limit: int | None = None) -> dict:
    """Each table's rows as tuples without the article column, only those ending by `limit`."""
    out = {}
    for name, table in tables.items():
        keep = table if limit is None else table[table.end <= limit]
        columns = [c for c in keep.columns if c != "article"]
        out[name] = [tuple(_missing_as_none(v) for v in r) for r in keep[columns].itertuples(index=False)]
    return out


@pytest.mark.parametrize("name", EXTRACTORS)
@settings(max_examples=60, deadline=None)
@given(text=st.one_of(TEXTS, st.text(max_size=300)))
def test_any_str_gives_rows_with_exact_spans(name, text):
    _spans_exact(text, EXTRACTORS[name](text))


LOOKS_AHEAD = ("places accept a name that the text repeats after a cue word anywhere in it (reason "
               "'repeated', 'parent'), so a following article can add a place to the first; evidence "
               "should look back only")
# places, and the tables that read the places layer, fail this property on some examples (the
# strict test below is one); the examples are derandomized, so a version of Hypothesis always tries
# the same ones and the outcome does not flip from run to run
MAY_MISS = LOOKS_AHEAD + ("; the examples this Hypothesis version draws (derandomized) may not hit it, so this "
                          "may pass: test_a_following_article_adds_no_place_to_the_first shows the failure")
APPENDED = [pytest.param(name, marks=pytest.mark.xfail(reason=MAY_MISS, strict=False))
            if name in ("places", "claims", "events", "context") else name for name in EXTRACTORS]


@pytest.mark.xfail(reason=LOOKS_AHEAD, strict=True)
def test_a_following_article_adds_no_place_to_the_first():
    first = "سياسة\n\nعنوان الخبر\n\nقال الوزير إن "
    alone = {"places": helpers.extract_places(first)}
    joined = {"places": helpers.extract_places(first + "\n\nزار الوزير إقليم سياسة أمس")}
    assert _rows(joined, limit=len(first)) == _rows(alone)


@pytest.mark.parametrize("name", APPENDED)
@settings(max_examples=80, deadline=None, derandomize=True)
@given(text=PARAGRAPHS, after=TEXTS)
def test_text_after_an_article_does_not_change_its_rows(name, text, after):
    """An article's rows are the same when another article follows it after a blank line."""
    alone = EXTRACTORS[name](text)
    joined = EXTRACTORS[name](f"{text}\n\n{after}")
    assert _rows(joined, limit=len(text)) == _rows(alone)


@pytest.mark.parametrize("name", EXTRACTORS)
@settings(max_examples=30, deadline=None)
@given(texts=st.lists(TEXTS, min_size=1, max_size=4), cut=st.integers(0, 4))
def test_rows_do_not_depend_on_how_texts_are_grouped(name, texts, cut):
    """One list gives the rows of the texts given one by one, article by article."""
    together = EXTRACTORS[name](texts)
    cut = min(cut, len(texts))
    for i, text in enumerate(texts):
        alone = EXTRACTORS[name]([text])
        mine = {table: rows[rows.article == i] for table, rows in together.items()}
        assert _rows(mine) == _rows(alone), i
    first, second = EXTRACTORS[name](texts[:cut]), EXTRACTORS[name](texts[cut:])
    for table, rows in together.items():
        assert len(rows) == len(first[table]) + len(second[table]), table


# Charts: the rows of the table that tests/test_charts.py does not already pin.

def test_figure_bars_without_a_category_column_names_the_column():
    with pytest.raises(ValueError, match="no column 'category'"):
        helpers.figure_bars(pd.DataFrame({"value": [3]}), "x")


def test_figure_bars_prints_broken_mathtext_as_written():
    title = r"$\frac{1$ حصيلة"
    ax = helpers.figure_bars(pd.DataFrame({"category": ["killed"], "value": [3]}), title)
    ax.figure.canvas.draw()   # raised ValueError when mathtext parsed the title
    shown, is_math = ax.title._preprocess_math(ax.title.get_text())
    assert not is_math and r"\frac{1" in shown


# Runs of white space: the word patterns let any run stand for one space, so every look-up of a
# matched phrase must fold the run first (a KeyError escaped from actors, events and numbers).

@pytest.mark.parametrize("space", ["  ", "   ", " \n", "\u00a0", "\t"], ids=repr)
def test_every_space_of_the_seed_as_another_run_of_white_space(space):
    text = SEED_TEXT.replace(" ", space)
    tables = helpers.extract_context([text], PUBLISHED)
    for name, table in tables.items():
        if "surface" in table:
            assert all(text[r.start:r.end] == r.surface for r in table.itertuples()), name
    assert len(tables["actors"]) > 0
    if "\n" not in space:   # figures are read within a line
        assert len(tables["figures"]) > 0


def test_phrases_with_double_spaces_are_read():
    events = helpers.extract_events("واستهدف قصف القوات   الأرمينية مدينة ترتر.")
    assert events["actor1"].tolist() == ["الجيش الأرميني"]
    numbers = helpers.extract_numbers("قتل 5 مدنيين على  الأقل")
    assert numbers[["surface", "qualifier"]].values.tolist() == [["5", "at_least"]]

"""The Arabic word module and the one vocabulary reader."""
from __future__ import annotations

import re

import pytest

from helpers.vocabulary import LexiconError, lexicon_path, read_lexicon, read_table
from helpers.words import CLITIC, alternation, contracted, dual_singulars, is_nisba, stems, without_article


@pytest.mark.parametrize("text,found", [
    ("وبالقرية", "القرية"), ("فلقرية", "قرية"), ("القرية", "القرية"), ("كالقرية", None), ("المقرية", None),
])
def test_attached_letters_before_a_name(text, found):
    m = re.search(rf"{CLITIC}(?P<x>{alternation(['القرية', 'قرية'])})(?!\w)", text)
    assert (m.group("x") if m else None) == found


def test_word_forms():
    assert without_article("والقتلي") == "قتلي" and without_article("الي") == "الي"
    assert stems("والقتلي", ("", "و", "وال")) == ("والقتلي", "القتلي", "قتلي")
    assert dual_singulars("قريتين") == ["قريه", "قريت"]
    assert contracted({"الولايات", "روسيا"}) == {"للولايات"}
    assert is_nisba("الاذربيجاني") and not is_nisba("ترتر")


def test_every_shipped_word_list_reads_cleanly():
    for path in sorted(lexicon_path("").glob("*.csv")):
        assert read_lexicon(path.name, required=()), path.name   # every row has as many fields as its header


@pytest.mark.parametrize("content,message", [
    ("word,kind\nقصف\n", "line 2: wrong number of fields"),
    ("word,kind\n,event\n", "line 2: field 'word' is empty"),
    ("word,kind,variety\nقصف,event,martian\n", "line 2: field 'variety' must be one of"),
    ("word\nقصف\n", "line 1: missing column"),
])
def test_a_bad_row_names_file_line_and_field(tmp_path, content, message):
    path = tmp_path / "weapons.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"weapons\.csv: {message}"):
        list(read_table(path, ["word", "kind"]))


def test_a_regional_word_is_accepted(tmp_path):
    path = tmp_path / "weapons.csv"
    path.write_text("word,kind,variety\nطيارة مسيرة,drone,levantine\nمسيرة,drone,\n", encoding="utf-8")
    assert [row["variety"] for _, row in read_table(path, ["word", "kind"])] == ["levantine", ""]

"""Normalisation keeps a map back to the original; layout finds the article's parts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers.layout import SegmentIndex
from helpers.normalize import normalize

ARABIC_WITH_MARKS = st.text(
    alphabet=st.sampled_from(list("أإآاةهىيبتثلمنو ٠١٢٣۴۵0123456789٫٬ـ\u064b\u064e\u0650\u0651\u0652\u200f\n.")),
    max_size=60,
)


def test_normalised_forms():
    assert normalize("أربعةٌ إلى ٩٢ ۴۵ ٣٫٥ ١٬٢٠٠ مستشفـــى").text == "اربعه الي 92 45 3.5 1,200 مستشفي"
    assert normalize("ﻻ").text == "لا"  # presentation form, one character to two


@settings(max_examples=300)
@given(ARABIC_WITH_MARKS, st.data())
def test_every_normalised_slice_maps_back_to_an_original_slice(text, data):
    norm = normalize(text)
    i = data.draw(st.integers(0, len(norm.text)))
    j = data.draw(st.integers(i, len(norm.text)))
    start, end = norm.span(i, j)
    assert 0 <= start <= end <= len(text)
    assert normalize(text[start:end]).text == norm.text[i:j]


@settings(max_examples=300)
@given(ARABIC_WITH_MARKS)
def test_normalized_position_inverts_position(text):
    norm = normalize(text)
    for i in range(len(norm.text) + 1):
        assert norm.normalized_position(norm.position(i)) == i


def test_segments_of_the_seed_article(article):
    roles = [(s.role, article.text[s.start:s.end]) for s in helpers.segments(article.text)]
    assert roles[0] == ("section", "سياسة دولية")
    assert roles[1] == ("headline", article.meta["headline"])
    assert roles[2] == ("caption", article.meta["caption"])
    read_also = [line for role, line in roles if role == "read_also"]
    assert len(read_also) == 2 and all(line.startswith("اقرأ أيضا:") for line in read_also)
    assert {role for role, _ in roles[3:]} == {"body", "read_also"}


def test_segment_index_finds_roles_by_offset(article):
    index = SegmentIndex(article.text)
    assert not index.in_body(article.text.index("روسيا"))          # only in a اقرأ أيضا line
    assert index.in_body(article.text.index("إلى 92"))
    assert not index.in_body(article.text.index("- جيتي"))


def test_sentences_split_on_arabic_punctuation_not_decimals():
    text = "قتل 3.5 ألف شخص. هل انتهى؟ نعم\nسطر آخر"
    spans = helpers.sentences(text)
    assert [text[a:b] for a, b in spans] == ["قتل 3.5 ألف شخص.", "هل انتهى؟", "نعم", "سطر آخر"]


@pytest.mark.parametrize("text, expected", [
    # the dot after a lone letter ends no sentence: a title's abbreviation, initials, an agency's initials
    ("وقال د. سامي الصالح إن 3 أصيبوا.", ["وقال د. سامي الصالح إن 3 أصيبوا."]),
    ("وأوضح م. عبدالله المطيري أن 2 توفيا.", ["وأوضح م. عبدالله المطيري أن 2 توفيا."]),
    ("قتل 5 أشخاص (د. ب. أ). وقال المسؤول إن 3 أصيبوا.", ["قتل 5 أشخاص (د. ب. أ).", "وقال المسؤول إن 3 أصيبوا."]),
    ("قالت الكاتبة ج. ك. رولينغ إنها سعيدة.", ["قالت الكاتبة ج. ك. رولينغ إنها سعيدة."]),
    # nor does the dot of an initial written as a Latin letter's name, before the rest of the name
    ("وقال جيمس دي. ماركهام إن 4 قتلوا.", ["وقال جيمس دي. ماركهام إن 4 قتلوا."]),
    ("وصرحت هيلين إف. كارتر لشبكة إيه.بي.سي بأن 2 أصيبا.", ["وصرحت هيلين إف. كارتر لشبكة إيه.بي.سي بأن 2 أصيبا."]),
    ("ألفت الكاتبة جيه. آر. تولكين الرواية.", ["ألفت الكاتبة جيه. آر. تولكين الرواية."]),
    # an acronym of letter names, or an initial before و، ف or ثم, ends one
    ("قال لشبكة بي بي سي. وأضاف أن 3 قتلوا.", ["قال لشبكة بي بي سي.", "وأضاف أن 3 قتلوا."]),
    ("نقص فيتامين دي. وقال الطبيب إنه شائع.", ["نقص فيتامين دي.", "وقال الطبيب إنه شائع."]),
    ("نقلت الخبر محطة إم. ثم نفته.", ["نقلت الخبر محطة إم.", "ثم نفته."]),
    # but a word ending in a tanween and alif does end one, and so does the era letter after a year
    ("اختار مشروعًا ذكيًا. قناة السويس ليست نصبًا.", ["اختار مشروعًا ذكيًا.", "قناة السويس ليست نصبًا."]),
    ("افتتح المشروع عام 2015 م. وقال المدير إنه جاهز.", ["افتتح المشروع عام 2015 م.", "وقال المدير إنه جاهز."]),
    ("صدر القرار في 10 شوال 1436 ه. وحسب البيان فإنه نافذ.", ["صدر القرار في 10 شوال 1436 ه.", "وحسب البيان فإنه نافذ."]),
])
def test_sentences_keep_abbreviations_and_end_after_marked_words(text, expected):
    assert [text[a:b] for a, b in helpers.sentences(text)] == expected


def test_a_plain_body_has_no_boilerplate():
    text = "قالت الشرطة إن ثلاثة أشخاص قتلوا في الحادث.\nوأضافت أن التحقيق جار."
    assert {s.role for s in helpers.segments(text)} == {"body"}

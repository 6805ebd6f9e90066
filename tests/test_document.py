"""The shared word index: trigger offsets agree with a regex over the normalised text."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.normalize import normalize
from helpers.document import Document, first_words, previous_word

WORDS = ["قتل", "مدينة", "الخميس", "منذ", "يوم"]
TRIGGERS = frozenset(normalize(w).text for w in WORDS)


def expected_starts(text: str, triggers: frozenset[str]) -> list[int]:
    """Offsets of the triggers as whole words, where a digit also ends a word (بمقتل31)."""
    t = normalize(text).text
    letter = r"[^\W\d]"
    return sorted(m.start() for w in triggers for m in re.finditer(rf"(?<!{letter}){re.escape(w)}(?!{letter})", t))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(["و", "ال", "ب", "28", "_", "x", "ـ", "َ"]),
                          st.sampled_from([" ", "  ", "\n", "،", ".", "«", "»", "/", "-", "\t", "\u00a0"])),
                max_size=40).map("".join))
def test_starts_are_the_whole_word_offsets(text):
    assert Document(text).starts(TRIGGERS) == expected_starts(text, TRIGGERS)


def words_at(prepared: Document, triggers: frozenset[str]) -> list[str]:
    """The word standing at each offset `starts` gives."""
    t = prepared.norm.text
    return [re.match(r"[^\W\d]+", t[p:]).group() for p in prepared.starts(triggers)]


def test_words_glued_to_numbers_and_punctuation_are_found():
    text = "بقتل31 شخصا و70قتل في «مدينة» (الخميس)، منذ\nيوم"
    assert words_at(Document(text), first_words(TRIGGERS)) == ["بقتل", "قتل", "مدينه", "الخميس", "منذ", "يوم"]


def test_a_word_inside_a_longer_word_is_not_a_trigger():
    assert Document("المقتلة ومدينتنا يومية الخميسي").starts(TRIGGERS) == []


def test_numbers_stand_for_the_words_they_begin():
    text = "قتل 28 شخصا و25 آخرون وبـ3 وabc12 وفي 2020م"
    t = normalize(text).text
    starts = Document(text).starts(frozenset({"#"}))
    assert [t[p:].split()[0] for p in starts] == ["28", "و25", "وب3", "2020م"]


def test_a_trigger_set_that_comes_later_is_indexed_too():
    prepared = Document("قال الناطق باسم الوزارة إن المدينة هادئة")
    assert prepared.starts(TRIGGERS) == []
    late = first_words(["الناطق", "هادئه"])   # new words: the text's index is rebuilt
    assert words_at(prepared, late) == ["الناطق", "هادئه"]
    assert prepared.starts(TRIGGERS) == []


def test_scan_gives_what_finditer_gives():
    pattern = re.compile(r"(?<!\w)(?:و)?(?:منذ|يوم)(?: \w+)?")
    text = "منذ الصباح ويوم الخميس يوم منذ منذ"
    t = normalize(text).text
    prepared = Document(text)
    scanned = [m.span() for m in prepared.scan(pattern, first_words(["منذ", "يوم"]))]
    assert scanned == [m.span() for m in pattern.finditer(t)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["قتل", "ال", "و", "12", " ", "  ", "،", "\n", "_", "«"]), max_size=20).map("".join),
       st.integers(0, 40), st.integers(1, 30))
def test_previous_word_is_the_last_word_before_a_gap(text, offset, window):
    offset = min(offset, len(text))
    m = re.compile(r"(\w+)\W+$").search(text, max(0, offset - window), offset)
    assert previous_word(text, offset, window) == (m.group(1) if m else "")

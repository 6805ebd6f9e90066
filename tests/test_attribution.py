"""The attribution engine's phrase reader: what it works out lazily equals what it would work out at once."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.attribution import _GOD, _TOKEN, _Articles, _definite, _is_word
from helpers.document import Document

WORDS = ["الشرطة", "للجنة", "إلقاء", "أليمة", "عبد", "الله", "الله", "وزارة", "المتحدث", "باسم", "«", "»", "،", "د."]


def eager(doc: Document, matches: list, tokens: list[str]) -> list[bool]:
    """Every token at once, as the phrase reader did before it asked token by token."""
    return [_definite(doc, m) and not (i and m.group() == _GOD and _is_word(tokens[i - 1]))
            for i, m in enumerate(matches)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join),
       st.integers(-15, 15), st.integers(-15, 15), st.sampled_from([None, 1, 2, -1]))
def test_lazy_articles_equal_the_eager_list(text, i, j, step):
    doc = Document(text)
    matches = list(_TOKEN.finditer(doc.norm.text))
    tokens = [m.group() for m in matches]
    want, got = eager(doc, matches, tokens), _Articles(doc, matches, tokens)
    assert len(got) == len(want)
    assert got[i:j:step] == want[i:j:step]
    if -len(want) <= i < len(want):
        assert got[i] == want[i]
    else:
        with pytest.raises(IndexError):
            got[i]
    assert [got[k] for k in range(len(want))] == want

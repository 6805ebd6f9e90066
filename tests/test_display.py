"""Highlighted article views escape the article's text and keep every span."""
from __future__ import annotations

import pandas as pd

from helpers.display import highlight


def test_article_text_and_labels_are_escaped():
    text = 'قتل <script>alert(1)</script> 5 & "جرح" 7'
    table = pd.DataFrame({"start": [text.index("5"), text.index("7")], "end": [text.index("5") + 1, len(text)],
                          "kind": ["<b>digits</b>", "digits"]})
    page = highlight(text, table)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>digits</b>" not in page and "&lt;b&gt;digits&lt;/b&gt;" in page
    assert "&amp;" in page and page.startswith('<div dir="rtl" lang="ar"')


def test_overlapping_rows_share_one_mark_with_both_labels():
    text = "نحو 200 قرية"
    table = pd.DataFrame({"start": [0, 4], "end": [7, 7], "kind": ["about", "digits"]})
    page = highlight(text, table)
    assert page.count("<mark") == 1 and "about · digits" in page


def test_every_character_of_the_text_survives():
    text = "أ\nب ج د"
    page = highlight(text, pd.DataFrame({"start": [2], "end": [3], "kind": ["x"]}))
    for ch in "أبجد":
        assert ch in page
    assert "<br>" in page


def test_runs_of_blank_lines_show_as_one_paragraph_break():
    page = highlight("أ\n \n\n\nب", [])
    assert page.count("<br>") == 2

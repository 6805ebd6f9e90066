"""HTML views read right in Arabic: tables cell by cell, paragraphs, marks with their labels."""
from __future__ import annotations

import re
from datetime import date

import pandas as pd

from helpers.display import highlight, isolate, readable, show_rtl, show_table


def test_article_text_and_labels_are_escaped():
    text = 'قتل <script>alert(1)</script> 5 & "جرح" 7'
    table = pd.DataFrame({"start": [text.index("5"), text.index("7")], "end": [text.index("5") + 1, len(text)],
                          "kind": ["<b>digits</b>", "digits"]})
    page = highlight(text, table)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>digits</b>" not in page and "&lt;b&gt;digits&lt;/b&gt;" in page
    assert "&amp;" in page and page.startswith('<div dir="rtl" lang="ar"')


def test_nested_rows_share_one_mark_with_both_labels():
    text = "نحو 200 قرية"
    table = pd.DataFrame({"start": [0, 4], "end": [7, 7], "kind": ["about", "digits"]})
    page = highlight(text, table)
    assert page.count("<mark") == 1 and "about · digits" in page


def test_the_label_stands_apart_from_the_marked_number():
    page = highlight("قتل 92 شخصا", pd.DataFrame({"start": [4], "end": [6], "kind": ["92"]}))
    mark = re.search(r"<mark[^>]*>(.*?)</mark>(<span[^>]*>)(.*?)</span>", page)
    assert mark.group(1) == "92"                       # the mark holds the words only
    assert "border" in mark.group(2) and "margin" in mark.group(2)
    assert mark.group(3) == '<bdi><bdi dir="ltr">92</bdi></bdi>'


def test_figures_tables_highlight_by_category_by_default():
    table = pd.DataFrame({"start": [4], "end": [6], "category": ["killed"], "surface": ["92"]})
    assert ">killed<" in highlight("قتل 92 شخصا", table)


def test_every_character_of_the_text_survives():
    text = "أ\nب ج د"
    page = highlight(text, pd.DataFrame({"start": [2], "end": [3], "kind": ["x"]}))
    for ch in "أبجد":
        assert ch in page
    assert "<br>" in page


def test_runs_of_blank_lines_show_as_one_paragraph_break():
    page = highlight("أ\n \n\n\nب", [])
    assert page.count("<br>") == 2


def test_numbers_and_dates_are_isolated_left_to_right():
    assert isolate("في 2020-11-05 قتل 2,971 <و>") == ('في <bdi dir="ltr">2020-11-05</bdi> قتل '
                                                       '<bdi dir="ltr">2,971</bdi> &lt;و&gt;')


def test_paragraphs_are_right_to_left_and_right_aligned_inline():
    page = show_rtl(["الفقرة الأولى", "الثانية <b>"], notes=["body", "caption"])
    assert page.count('<p dir="rtl" lang="ar" style="text-align:right') == 2
    assert "&lt;b&gt;" in page and "[caption]" in page


def test_table_cells_read_arabic_right_to_left_integers_stay_integers_lists_read_as_text():
    df = pd.DataFrame({"value": [92.0, None], "surfaces": [["92", "92"], []], "date": [date(2020, 11, 5), None],
                       "clause": ["100 مبنى سكني", "<i>x</i>"], "figures": [[(92, "killed", "92")], []]})
    page = show_table(df)
    cells = re.findall(r"<td ([^>]*)>(.*?)</td>", page)
    # Arabic (even only its comma between isolated numbers) reads right to left; the rest by its text
    assert [re.search(r'dir="(\w+)"', attrs).group(1) for attrs, _ in cells] == \
        ["auto", "rtl", "auto", "rtl", "auto", "auto", "auto", "auto", "auto", "auto"]
    shown = [inner for _, inner in cells]
    assert shown[:5] == ['<bdi dir="ltr">92</bdi>', '<bdi dir="ltr">92</bdi>، <bdi dir="ltr">92</bdi>',
                         '<bdi dir="ltr">2020-11-05</bdi>', '<bdi dir="ltr">100</bdi> مبنى سكني',
                         '<bdi dir="ltr">92</bdi> killed <bdi dir="ltr">92</bdi>']
    assert shown[5:] == ["", "", "", "&lt;i&gt;x&lt;/i&gt;", ""]
    assert 'lang="ar"' in page


def test_readable_values():
    assert [readable(v) for v in (27.0, 2.5, None, float("nan"), True, (30, "killed"), ["a", "b"])] == [
        "27", "2.5", "", "", "yes", "30 killed", "a، b"]

"""Arabic labels render joined and right to left, checked against an independent shaper.

The reference is HarfBuzz (uharfbuzz, from PyPI) shaping the logical string, run by bidi run, in
the same font file, its glyph outlines filled as paths. Runs on matplotlib 3.11+ (`make test`) and on 3.10 (`make test-compat`).
"""
from __future__ import annotations

import arabic_reshaper
import matplotlib
import pytest
from bidi.algorithm import get_display

import helpers
from helpers import rendering

LABELS = ["قتلى مدنيون", "جرحى مدنيون", "منازل مدمرة", "مبان حكومية مدمرة", "حصيلة 92 قتيلا", "مبان (502) مدمرة"]
RIGHT, WRONG = 0.9, 0.6  # measured: right ≥ 0.95, wrong ≤ 0.37 over four fonts and both matplotlib versions


def _wrong_choice(label: str) -> str:
    """What ar() would return had it decided the other way on this matplotlib."""
    if rendering.matplotlib_shapes_arabic():
        return get_display(arabic_reshaper.reshape(label))  # shaped twice: reversed
    return label                                            # never shaped: isolated letters, LTR


def test_capability_matches_the_matplotlib_version():
    major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
    assert rendering.matplotlib_shapes_arabic() == ((major, minor) >= (3, 11))


@pytest.mark.parametrize("label", LABELS)
def test_ar_label_matches_independent_shaper(label):
    assert rendering.rendering_agreement(label) > RIGHT


@pytest.mark.parametrize("label", LABELS)
def test_the_check_rejects_the_other_choice(label):
    wrong = rendering.ink_similarity(rendering.render_with_matplotlib(_wrong_choice(label)),
                                     rendering.render_with_harfbuzz(label))
    assert wrong < WRONG


@pytest.mark.parametrize("label, runs", [
    ("حصيلة 92 قتيلا", [(" قتيلا", 1), ("92", 2), ("حصيلة ", 1)]),
    ("1,000 قتيل", [(" قتيل", 1), ("1,000", 2)]),
    ("أحداث ACLED 2020", [("ACLED 2020", 2), ("أحداث ", 1)]),
    ("ACLED: 27 قتيلا", [("ACLED: 27 ", 0), ("قتيلا", 1)]),
    ("حصيلة \u20662020-11-05\u2069 هنا", [("\u2069 هنا", 1), ("2020-11-05", 2), ("حصيلة \u2066", 1)]),
    ("\u2066ACLED\u2069 قتلى", [("\u2069 قتلى", 1), ("ACLED", 2), ("\u2066", 1)]),
])
def test_reference_orders_bidi_runs_as_the_unicode_algorithm(label, runs):
    assert rendering._bidi_runs(label) == runs


def test_calligraphic_font_only_where_matplotlib_shapes():
    installed = {"Amiri", "Noto Sans Arabic", "DejaVu Sans"}
    assert rendering.choose_font(installed, shapes_arabic=True) == "Amiri"
    assert rendering.choose_font(installed, shapes_arabic=False) == "Noto Sans Arabic"
    assert rendering.choose_font({"DejaVu Sans"}, shapes_arabic=False) == "DejaVu Sans"


def test_isolated_dates_and_numbers_render_in_place():
    label = "حصيلة \u20662020-11-05\u2069 الأخيرة"
    assert rendering.rendering_agreement(label) > RIGHT


def test_ar_passes_latin_and_digits_through_unchanged():
    assert helpers.ar("2020") == "2020"


def test_ar_rejects_non_text():
    with pytest.raises(TypeError, match="ar\\(\\) takes a str, got int"):
        helpers.ar(92)

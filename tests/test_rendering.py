"""Arabic labels render joined and right to left, checked against an independent shaper.

The reference is Pillow with libraqm (HarfBuzz + FriBiDi) shaping the logical string with the
same font file. Runs on matplotlib 3.11+ (`make test`) and on 3.10 (`make test-compat`).
"""
from __future__ import annotations

import arabic_reshaper
import matplotlib
import pytest
from bidi.algorithm import get_display

import helpers
from helpers import rendering

LABELS = ["قتلى مدنيون", "جرحى مدنيون", "منازل مدمرة", "مبان حكومية مدمرة", "حصيلة 92 قتيلا"]
RIGHT, WRONG = 0.9, 0.6  # measured: right ≥ 0.96, wrong ≤ 0.21 on both matplotlib versions


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
                                     rendering.render_with_raqm(label))
    assert wrong < WRONG


def test_ar_passes_latin_and_digits_through_unchanged():
    assert helpers.ar("2020") == "2020"


def test_ar_rejects_non_text():
    with pytest.raises(TypeError, match="ar\\(\\) takes a str, got int"):
        helpers.ar(92)

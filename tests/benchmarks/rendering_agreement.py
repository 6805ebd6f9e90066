"""Print how well the label check separates right from wrong Arabic rendering, font by font.

    python tests/benchmarks/rendering_agreement.py [FONT_FILE ...]

For the running matplotlib and each font (the installed choice, or each FONT_FILE given), the
agreement of `ar(label)` with the HarfBuzz reference over the test labels, and of the other choice
(shaped twice on matplotlib 3.11+, never shaped on 3.10).
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import matplotlib
from matplotlib import font_manager

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_rendering import LABELS, _wrong_choice  # noqa: E402

from helpers import rendering  # noqa: E402


def scores() -> tuple[list[float], list[float]]:
    right = [rendering.rendering_agreement(label) for label in LABELS]
    wrong = [rendering.ink_similarity(rendering.render_with_matplotlib(_wrong_choice(label)),
                                      rendering.render_with_harfbuzz(label)) for label in LABELS]
    return right, wrong


def main(font_files: list[str]) -> None:
    warnings.simplefilter("ignore")  # missing-glyph warnings of fonts without Latin letters
    for font_file in font_files or [None]:
        if font_file:
            font_manager.fontManager.addfont(font_file)
            rendering.PREFERRED_FONTS = (font_manager.FontProperties(fname=font_file).get_name(),)
            rendering.arabic_font.cache_clear()
        try:
            name = rendering.arabic_font()
        except StopIteration:
            print(f"matplotlib {matplotlib.__version__}: {font_file} is not used on this matplotlib")
            continue
        right, wrong = scores()
        print(f"matplotlib {matplotlib.__version__}, {name}: right {min(right):.3f}–{max(right):.3f}, "
              f"wrong {min(wrong):.3f}–{max(wrong):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Arabic chart labels that a reader of Arabic can read: joined letters, right to left.

Matplotlib 3.11 and later lay text out with libraqm, which shapes Arabic itself: the logical
string must reach it unchanged. Matplotlib 3.10 and earlier draw one isolated glyph per
character, left to right: there the label has to be reshaped (arabic-reshaper) and reordered
(python-bidi) first. Doing both reverses the text, so `ar` asks matplotlib what it can do at
run time and applies exactly one of the two.
"""
from __future__ import annotations

from functools import lru_cache

import arabic_reshaper
import matplotlib
from bidi.algorithm import get_display
from matplotlib import font_manager

# Arabic-capable fonts, best first; DejaVu Sans ships with matplotlib and covers Arabic.
PREFERRED_FONTS = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")
_PROBE = "بب"  # two beh: shaped, they take initial and final forms, not the isolated one


@lru_cache(maxsize=None)
def matplotlib_shapes_arabic() -> bool:
    """True when the running matplotlib joins Arabic letters itself (libraqm layout)."""
    from matplotlib import ft2font

    layout = getattr(ft2font.FT2Font, "_layout", None)
    if layout is None:  # matplotlib <= 3.10: one glyph per character, no shaping
        return False
    font = ft2font.FT2Font(font_manager.findfont("DejaVu Sans"))
    font.set_size(12, 72)
    isolated = font.get_char_index(ord(_PROBE[0]))
    glyphs = [item.glyph_index for item in layout(font, _PROBE, ft2font.LoadFlags.NO_HINTING)]
    return any(glyph != isolated for glyph in glyphs)


@lru_cache(maxsize=None)
def arabic_font() -> str:
    """Set matplotlib's font to the best installed Arabic-capable one and return its name."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    name = next(f for f in PREFERRED_FONTS if f in installed)
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [name, *matplotlib.rcParams["font.sans-serif"]]
    return name


def arabic_font_file() -> str:
    """Path of the font file matplotlib uses for Arabic labels."""
    return font_manager.findfont(arabic_font())


def ar(text: str) -> str:
    """The string to hand to matplotlib so that `text` (logical order) renders correctly.

    Also configures the Arabic font on first use.
    """
    if not isinstance(text, str):
        raise TypeError(f"ar() takes a str, got {type(text).__name__}")
    arabic_font()
    if matplotlib_shapes_arabic():
        return text
    return get_display(arabic_reshaper.reshape(text))


def _ink_box(gray):
    """Crop a grayscale ink array (0 = paper) to the box around its ink."""
    import numpy as np

    rows = np.flatnonzero(gray.max(axis=1) > 32)
    cols = np.flatnonzero(gray.max(axis=0) > 32)
    if rows.size == 0:
        raise ValueError("nothing was drawn")
    return gray[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def render_with_matplotlib(label: str, size_px: int = 60):
    """Ink of `label` drawn by matplotlib as it is (no processing), cropped: a uint8 array."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    arabic_font()  # the font configuration charts use, with its fallbacks
    fig = Figure(figsize=(12, 2), dpi=100)
    fig.text(0.5, 0.5, label, fontsize=size_px * 72 / 100, ha="center", va="center")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgb = np.asarray(canvas.buffer_rgba())[..., :3].astype(np.int32)
    return _ink_box((255 - rgb.mean(axis=2)).astype(np.uint8))


def render_with_raqm(text: str, size_px: int = 60):
    """Ink of the logical `text` shaped by an independent engine (Pillow + libraqm), cropped."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont, features

    if not features.check("raqm"):
        raise RuntimeError("Pillow has no libraqm layout here (Debian: apt-get install libfribidi0)")
    font = ImageFont.truetype(arabic_font_file(), size_px, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("L", (1200, 200), 0)
    ImageDraw.Draw(image).text((20, 40), text, font=font, fill=255)
    return _ink_box(np.asarray(image))


def ink_similarity(a, b) -> float:
    """Correlation of two ink images after scaling both to one size: 1.0 is identical."""
    import numpy as np
    from PIL import Image

    height = 48
    width = round(height * (a.shape[1] / a.shape[0] + b.shape[1] / b.shape[0]) / 2)
    x, y = (np.asarray(Image.fromarray(img).resize((width, height), Image.BILINEAR), dtype=float).ravel()
            for img in (a, b))
    return float(np.corrcoef(x, y)[0, 1])


def rendering_agreement(text: str) -> float:
    """How closely matplotlib's drawing of `ar(text)` matches an independent shaper's."""
    return ink_similarity(render_with_matplotlib(ar(text)), render_with_raqm(text))

"""Arabic chart labels that a reader of Arabic can read: joined letters, right to left.

Matplotlib 3.11 and later lay text out with libraqm, which shapes Arabic itself: the logical
string must reach it unchanged. Matplotlib 3.10 and earlier draw one isolated glyph per
character, left to right: there the label has to be reshaped (arabic-reshaper) and reordered
(python-bidi) first. Doing both reverses the text, so `ar` asks matplotlib what it can do at
run time and applies exactly one of the two.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
import matplotlib
from bidi.algorithm import get_display
from matplotlib import font_manager

# Arabic-capable fonts, best first; DejaVu Sans ships with matplotlib and covers Arabic.
PREFERRED_FONTS = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")
# Amiri joins letters by cursive attachment (glyphs raised and lowered along the word), which only a
# shaper gives: with presentation forms (matplotlib 3.10 and older) it agrees 0.50-0.92 with HarfBuzz.
NEEDS_SHAPER = frozenset({"Amiri"})
_PROBE = "بب"  # two beh: shaped, they take initial and final forms, not the isolated one

_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "N", "AN": "N"}  # N: a number, right to left for neutrals
_NUMBER_JOINERS = {"ES", "CS", "ET"}  # 1,000  2.5  50%  +3
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"  # bidi isolates (FSI: as its first strong letter)
_ISOLATES = {LRI: "L", RLI: "R", FSI: None}
_ISOLATED = re.compile("[\u2066-\u2068][^\u2069]*\u2069?")  # what the paragraph direction skips (P2)


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
    name = choose_font(installed, matplotlib_shapes_arabic())
    # Both families by name: matplotlib falls back glyph by glyph only along font.family, so Latin
    # letters and brackets that an Arabic font lacks come from DejaVu Sans, not as missing-glyph boxes.
    matplotlib.rcParams["font.family"] = list(dict.fromkeys([name, "DejaVu Sans"]))
    matplotlib.rcParams["font.sans-serif"] = [name, *matplotlib.rcParams["font.sans-serif"]]
    return name


def choose_font(installed: set[str], shapes_arabic: bool) -> str:
    """The first of PREFERRED_FONTS that is installed and that this matplotlib can draw right."""
    usable = [f for f in PREFERRED_FONTS if shapes_arabic or f not in NEEDS_SHAPER]
    return next(f for f in usable if f in installed)


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
    return get_display(arabic_reshaper.reshape(_isolates_as_embeddings(text)))


def _first_strong(text: str, default: str) -> str:
    """'L' or 'R': the direction of the first strong character of `text`, else `default`."""
    kinds = (_STRONG.get(unicodedata.bidirectional(ch)) for ch in text)
    return next((k for k in kinds if k in ("L", "R")), default)


def _isolates_as_embeddings(text: str) -> str:
    """`text` with bidi isolates (U+2066–2069) turned into embeddings (U+202A/B … U+202C).

    python-bidi's algorithm, which also mirrors brackets, predates isolates and refuses them; in a
    one-line label an embedding draws the same, and the algorithm removes it from what it returns.
    """
    out = []
    for i, ch in enumerate(text):
        if ch == FSI:
            ch = LRI if _first_strong(text[i + 1:].split(PDI, 1)[0], "L") == "L" else RLI
        out.append({LRI: "\u202a", RLI: "\u202b", PDI: "\u202c"}.get(ch, ch))
    return "".join(out)


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


class _PathPen:
    """Collects glyph outlines drawn by HarfBuzz as one matplotlib path, each scaled and shifted."""

    def __init__(self):
        self.vertices: list[tuple[float, float]] = []
        self.codes: list[int] = []
        self.dx = self.dy = 0.0
        self.scale = 1.0

    def _add(self, code: int, *points) -> None:
        self.vertices.extend((x * self.scale + self.dx, y * self.scale + self.dy) for x, y in points)
        self.codes.extend([code] * len(points))

    def moveTo(self, p):
        self._add(1, p)  # Path.MOVETO

    def lineTo(self, p):
        self._add(2, p)  # Path.LINETO

    def qCurveTo(self, c, p):
        self._add(3, c, p)  # Path.CURVE3

    def curveTo(self, c1, c2, p):
        self._add(4, c1, c2, p)  # Path.CURVE4

    def closePath(self):
        self._add(79, (0, 0))  # Path.CLOSEPOLY (its vertex is ignored)


def _bidi_runs(text: str) -> list[tuple[str, int]]:
    """`text` split into runs of one bidi level, in visual order (left to right), with the level.

    The Unicode bidi algorithm (UAX #9) for what a chart label holds: letters of either direction,
    numbers with their separators, neutrals, and isolates (U+2066–2069). Written here because the
    reference must not share code with the path it checks (python-bidi, used on matplotlib 3.10) and
    FriBiDi needs a system library; it covers neither explicit embeddings nor bracket pairs.
    """
    kinds: list[str | None] = []
    forced: list[str] = []  # direction imposed by an enclosing isolate
    for i, ch in enumerate(text):
        if ch in _ISOLATES:
            inner = _ISOLATES[ch]
            if inner is None:
                inner = _first_strong(text[i + 1:].split(PDI, 1)[0], "L")
            kinds.append(forced[-1] if forced else None)
            forced.append(inner)
        elif ch == PDI:
            forced = forced[:-1]
            kinds.append(forced[-1] if forced else None)
        else:
            kind = _STRONG.get(unicodedata.bidirectional(ch))
            kinds.append(forced[-1] if forced and kind != "N" else kind)
    base = _first_strong(_ISOLATED.sub("", text), "L")
    for i, ch in enumerate(text):  # separators between digits and signs beside them join the number
        if kinds[i] is None and unicodedata.bidirectional(ch) in _NUMBER_JOINERS \
                and "N" in (kinds[i - 1] if i else None, kinds[i + 1] if i + 1 < len(text) else None):
            kinds[i] = "N"
    previous = base
    for i, kind in enumerate(kinds):  # European digits after left-to-right text go with it (W7)
        if kind in ("L", "R"):
            previous = kind
        elif kind == "N" and previous == "L" and unicodedata.bidirectional(text[i]) != "AN":
            kinds[i] = "L"
    strong = list(kinds)
    for i, kind in enumerate(kinds):  # neutrals take the direction around them, else the paragraph's
        if kind is None:
            before = next((k for k in reversed(strong[:i]) if k), base)
            after = next((k for k in strong[i + 1:] if k), base)
            before, after = ("R" if k == "N" else k for k in (before, after))
            kinds[i] = before if before == after else base
    levels = [{"R": 1, "N": 2, "L": 2 if base == "R" else 0}[k] for k in kinds]  # I1, I2
    runs: list[tuple[str, int]] = []
    for ch, level in zip(text, levels):
        if runs and runs[-1][1] == level:
            runs[-1] = (runs[-1][0] + ch, level)
        else:
            runs.append((ch, level))
    for level in range(max(levels, default=0), 0, -1):  # L2: reverse from the highest level down
        i = 0
        while i < len(runs):
            if runs[i][1] >= level:
                j = i
                while j < len(runs) and runs[j][1] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs


def render_with_harfbuzz(text: str, size_px: int = 60):
    """Ink of the logical `text` shaped by an independent engine (HarfBuzz, via uharfbuzz), cropped.

    Each bidi run is shaped by HarfBuzz in the same font file; the glyph outlines are filled as
    plain paths, so nothing of matplotlib's text layout is involved.
    """
    import numpy as np
    import uharfbuzz as hb
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path
    from matplotlib.transforms import Affine2D

    # The Arabic font, then DejaVu Sans for what it lacks, as matplotlib falls back.
    fonts = [hb.Font(hb.Face(hb.Blob.from_file_path(path)))
             for path in dict.fromkeys((arabic_font_file(), font_manager.findfont("DejaVu Sans")))]
    pen = _PathPen()
    for run, level in _bidi_runs(text):
        pieces: list[tuple[str, hb.Font]] = []  # the run split by font, in logical order
        for ch in run:
            font = next((f for f in fonts if f.get_nominal_glyph(ord(ch))), pieces[-1][1] if pieces else fonts[0])
            if pieces and pieces[-1][1] is font:
                pieces[-1] = (pieces[-1][0] + ch, font)
            else:
                pieces.append((ch, font))
        for piece, font in pieces[::-1] if level % 2 else pieces:
            buffer = hb.Buffer()
            buffer.add_str(piece)
            buffer.guess_segment_properties()
            buffer.direction = "rtl" if level % 2 else "ltr"
            hb.shape(font, buffer, {})
            scale = fonts[0].face.upem / font.face.upem
            for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):  # in visual order
                pen.dy, pen.scale = position.y_offset * scale, scale
                pen.dx += position.x_offset * scale
                font.draw_glyph_with_pen(info.codepoint, pen)
                pen.dx += (position.x_advance - position.x_offset) * scale
    scale = size_px / fonts[0].face.upem
    fig = Figure(figsize=((pen.dx * scale + 2 * size_px) / 100, 3 * size_px / 100), dpi=100)
    fig.add_artist(PathPatch(Path(pen.vertices, pen.codes), facecolor="black", edgecolor="none",
                             transform=Affine2D().scale(scale).translate(size_px, size_px)))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgb = np.asarray(canvas.buffer_rgba())[..., :3].astype(np.int32)
    return _ink_box((255 - rgb.mean(axis=2)).astype(np.uint8))


def ink_similarity(a, b) -> float:
    """Correlation of two ink images scaled to one size and slightly blurred: 1.0 is identical.

    32 pixels high with a 1-pixel blur, so that hinting and hairlines (Amiri) do not count while
    joined or isolated letters and their order still do.
    """
    import numpy as np
    from PIL import Image, ImageFilter

    height = 32
    width = round(height * (a.shape[1] / a.shape[0] + b.shape[1] / b.shape[0]) / 2)
    x, y = (np.asarray(Image.fromarray(img).resize((width, height), Image.BILINEAR)
                       .filter(ImageFilter.GaussianBlur(1)), dtype=float).ravel() for img in (a, b))
    return float(np.corrcoef(x, y)[0, 1])


def rendering_agreement(text: str) -> float:
    """How closely matplotlib's drawing of `ar(text)` matches an independent shaper's."""
    return ink_similarity(render_with_matplotlib(ar(text)), render_with_harfbuzz(text))

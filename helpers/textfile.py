"""Decode a text file exactly, or refuse it with the file, the place and what to do.

Text is read as UTF-8 unless the caller names another encoding: nothing is guessed silently.
When the bytes are not UTF-8, the error says what they look like (UTF-16, CP-1256) and which
`encoding=` to pass. A leading byte-order mark is removed (so offsets match what an editor
shows) and reported; control characters other than tab and line breaks are refused.
Line endings (LF, CRLF, CR) are kept as they are, so offsets are offsets into the text as stored.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

# Byte-order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32-LE", "utf-32"),
    (codecs.BOM_UTF32_BE, "UTF-32-BE", "utf-32"),
    (codecs.BOM_UTF8, "UTF-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "UTF-16-LE", "utf-16"),
    (codecs.BOM_UTF16_BE, "UTF-16-BE", "utf-16"),
)
# Codecs that consume the byte-order mark themselves.
_BOM_CODECS = {"utf-16": (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE),
               "utf-32": (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE),
               "utf-8-sig": (codecs.BOM_UTF8,)}
# C0 controls except tab, LF and CR; DEL; C1 controls. None belongs in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# What plain Arabic or Latin news text is made of, to recognise a mis-decoded file.
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e\xa0-\xff\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u0652]")
_SAMPLE = 1 << 16  # bytes looked at when saying what a file looks like


class TextFileError(ValueError):
    """A text file is missing, empty, or not text in the expected encoding."""


@dataclass(frozen=True)
class DecodedText:
    """Decoded text (without any byte-order mark), the codec used, and whether a mark was removed."""

    text: str
    encoding: str
    bom_stripped: bool


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """The text of the file at `path`: UTF-8 unless `encoding` says otherwise (see `decode_text`)."""
    path = Path(path)
    return decode_text(read_bytes(path), str(path), encoding).text


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing path, a directory and an empty file each get their own error."""
    if path.is_dir():
        raise TextFileError(f"{path}: is a directory, not a text file; pass the path of a file inside it")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TextFileError(f"{path}: file not found") from None
    except OSError as err:  # permissions, a broken link, a device
        raise TextFileError(f"{path}: cannot be read ({err.strerror or err})") from None
    if not raw:
        raise TextFileError(f"{path}: empty file (0 bytes)")
    return raw


def decode_text(raw: bytes, source: str, encoding: str | None = None) -> DecodedText:
    """Decode `raw` (from `source`, named in errors) as UTF-8, or as `encoding` when given.

    A leading byte-order mark is removed and reported in `bom_stripped`. Bytes that are not
    UTF-8, or a UTF-16/UTF-32 byte-order mark without `encoding`, are refused with what the file
    looks like and the `encoding=` to pass. Control characters other than tab, LF and CR are
    refused with their line and column.
    """
    if encoding is None:
        text, bom = _decode_utf8(raw, source)
        encoding = "utf-8"
    else:
        text, bom = _decode_as(raw, source, encoding)
    control = _CONTROL.search(text)
    if control:
        _refuse_control(raw, source, encoding, text, control.start())
    return DecodedText(text, encoding, bom)


def _decode_utf8(raw: bytes, source: str) -> tuple[str, bool]:
    for mark, name, codec in _BOMS:
        if raw.startswith(mark) and codec != "utf-8":
            raise TextFileError(f"{source}: starts with a {name} byte-order mark; "
                                f"pass encoding='{codec}' to read it")
    bom = raw.startswith(codecs.BOM_UTF8)
    try:
        return raw[len(codecs.BOM_UTF8) if bom else 0:].decode("utf-8"), bom
    except UnicodeDecodeError as err:
        at = err.start + (3 if bom else 0)
        looks = _looks_like(raw)
        hint = (f"it looks like {looks[0]}; pass encoding='{looks[1]}'" if looks
                else "pass encoding= if the file is in another encoding")
        raise TextFileError(f"{source}: not valid UTF-8 at byte {at} ({err.reason}); {hint}") from None


def _decode_as(raw: bytes, source: str, encoding: str) -> tuple[str, bool]:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise TextFileError(f"{source}: unknown encoding {encoding!r}") from None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        raise TextFileError(f"{source}: not valid {encoding} at byte {err.start} ({err.reason}); "
                            "check the encoding= you passed") from None
    bom = raw.startswith(_BOM_CODECS.get(codec, ()))
    if text.startswith("\ufeff"):
        text, bom = text[1:], True
    return text, bom


def _looks_like(raw: bytes) -> tuple[str, str] | None:
    """(name, codec) of what non-UTF-8 bytes look like: UTF-16 without a mark, or CP-1256."""
    sample = raw[:_SAMPLE]
    if len(sample) % 2 == 0:
        for name, codec in (("UTF-16-LE", "utf-16-le"), ("UTF-16-BE", "utf-16-be")):
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(_PLAIN.findall(text)) >= 0.95 * len(text):
                return name, codec
    high = [ch for ch in sample.decode("cp1256", errors="replace") if ch >= "\x80"]
    if high and len(_ARABIC_LETTER.findall("".join(high))) >= 0.9 * len(high):
        return "Arabic in Windows-1256 (CP-1256)", "cp1256"
    return None


def _refuse_control(raw: bytes, source: str, encoding: str, text: str, at: int) -> None:
    line = len(_LINE_BREAK.findall(text, 0, at)) + 1
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    where = f"line {line}, column {at - line_start + 1}"
    if encoding == "utf-8":
        where += f", byte {len(text[:at].encode()) + (3 if raw.startswith(codecs.BOM_UTF8) else 0)}"
    char = text[at]
    what = "a NUL byte (U+0000)" if char == "\x00" else f"control character U+{ord(char):04X}"
    hint = "remove it; only tab and line breaks are allowed"
    if "16" not in encoding and (looks := _looks_like(raw)) and looks[1].startswith("utf-16"):
        hint = f"the file looks like {looks[0]}; pass encoding='{looks[1]}'"
    raise TextFileError(f"{source}: {what} at {where}; {hint}")

"""Load an article as a user has it: a text file, and optionally a small JSON file beside it.

The text is kept exactly as in the file (only a leading byte-order mark is removed, and
reported). The JSON (same name, `.json`) needs `language` and, to resolve relative dates,
`published` (YYYY-MM-DD); `section`, `headline` and `caption` are optional and, when given,
must be quoted word for word from the text. Any other field (source, licence, url, ...) is kept
as it is. Without the JSON, or without `published`, the article still loads; the `Article`
says what is missing so that a report can say so. Every problem is an `ArticleError` that
names the file and the field.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .textfile import TextFileError, decode_text, read_bytes

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SEED_ARTICLE = DATA_DIR / "article-2020-11-05-karabakh.txt"

REQUIRED_FIELDS = ("language",)
# Optional fields that, when present, must be quoted word for word from the article text.
QUOTED_FIELDS = ("section", "headline", "caption")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ArticleError(TextFileError):
    """An article or its metadata file is missing or malformed."""


@dataclass(frozen=True)
class Article:
    """An article's text (exactly as in the file, less any byte-order mark) and its metadata.

    `missing` names what the article lacks: "metadata" (no JSON file beside it) and/or
    "published" (no publication date, so relative dates stay unresolved).
    """

    path: Path
    text: str
    meta: dict[str, Any]
    encoding: str = "utf-8"
    bom_stripped: bool = False
    missing: tuple[str, ...] = ()

    @property
    def published(self) -> date | None:
        return self.meta.get("published")

    @property
    def notes(self) -> list[str]:
        """What a reader of a report on this article should know about how it was loaded."""
        notes = []
        if "metadata" in self.missing:
            notes.append(f"No metadata file ({metadata_path(self.path).name}) beside the article.")
        if "published" in self.missing:
            notes.append("Publication date unknown: relative dates (yesterday, on Thursday) are left unresolved.")
        if self.bom_stripped:
            notes.append("A byte-order mark at the start of the file was removed; offsets count from after it.")
        return notes


def metadata_path(article_path: Path) -> Path:
    return article_path.with_suffix(".json")


class _RepeatedField(Exception):
    """A JSON object gives one field twice (json keeps the last silently)."""


def _refuse_repeated_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _RepeatedField(key)
        seen.add(key)
    return dict(pairs)


def _describe(value: Any) -> str:
    return f"{value!r} ({'null' if value is None else type(value).__name__})"


def _read_meta(path: Path, text: str, raw: bytes) -> dict[str, Any]:
    try:
        source = decode_text(read_bytes(path), str(path)).text
    except TextFileError as err:
        raise ArticleError(str(err)) from None
    try:
        meta = json.loads(source, object_pairs_hook=_refuse_repeated_fields)
    except json.JSONDecodeError as err:
        raise ArticleError(f"{path}: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except _RepeatedField as err:
        raise ArticleError(f"{path}: field '{err}' is given twice; keep one") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}: expected a JSON object at the top level")
    for field in REQUIRED_FIELDS:
        if field not in meta:
            raise ArticleError(f"{path}: missing field '{field}'")
    for field in (*REQUIRED_FIELDS, "published", *QUOTED_FIELDS, "sha256"):
        if field in meta and (not isinstance(meta[field], str) or not meta[field].strip()):
            raise ArticleError(f"{path}: field '{field}' must be a non-empty string, got {_describe(meta[field])}"
                               + ("; leave the field out when it is unknown" if meta[field] is None else ""))
    if "published" in meta:
        meta["published"] = _iso_date(path, meta["published"])
    for field in QUOTED_FIELDS:
        if field in meta and meta[field] not in text:
            raise ArticleError(f"{path}: field '{field}' does not occur word for word in the article text")
    if "sha256" in meta and hashlib.sha256(raw).hexdigest() != meta["sha256"]:
        raise ArticleError(f"{path}: field 'sha256' does not match the article file's bytes")
    return meta


def _iso_date(path: Path, value: str) -> date:
    """A calendar date written exactly YYYY-MM-DD (not 20201105, 2020-W45-4 or a time)."""
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ArticleError(f"{path}: field 'published' must be a date YYYY-MM-DD, got {value!r}")


def load_article(path: str | Path = SEED_ARTICLE, encoding: str | None = None) -> Article:
    """Read an article (UTF-8 unless `encoding` is given) and the `.json` metadata beside it.

    `meta['published']` is a `datetime.date`, or None when the date is not given.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        raise ArticleError(f"{path}: this is a metadata file; pass the article's text file")
    try:
        raw = read_bytes(path)
        decoded = decode_text(raw, str(path), encoding)
    except TextFileError as err:
        raise ArticleError(str(err)) from None
    if not decoded.text.strip():
        raise ArticleError(f"{path}: no text, only white space")
    meta_file = metadata_path(path)
    missing: tuple[str, ...] = ()
    if meta_file.exists():
        meta = _read_meta(meta_file, decoded.text, raw)
    else:
        meta, missing = {}, ("metadata",)
    if "published" not in meta:
        meta["published"] = None
        missing += ("published",)
    return Article(path, decoded.text, meta, decoded.encoding, decoded.bom_stripped, missing)

"""Load an article and its metadata, refusing anything that is not exactly as expected.

An article is a UTF-8 text file with a JSON metadata file beside it (same name, `.json`).
Every problem is reported with the file and the field, and nothing is replaced or dropped.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SEED_ARTICLE = DATA_DIR / "article-2020-11-05-karabakh.txt"

# Metadata fields every article must have, with the type each must be.
REQUIRED_FIELDS: dict[str, type] = {
    "language": str,
    "section": str,
    "headline": str,
    "published": str,
}
# Fields that, when present, must be quoted word for word from the article text.
QUOTED_FIELDS = ("section", "headline", "caption")


class ArticleError(ValueError):
    """An article or its metadata file is missing or malformed."""


@dataclass(frozen=True)
class Article:
    """An article's text (exactly as in the file) and its metadata."""

    path: Path
    text: str
    meta: dict[str, Any]

    @property
    def published(self) -> date:
        return self.meta["published"]


def metadata_path(article_path: Path) -> Path:
    return article_path.with_suffix(".json")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: article file not found") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{path}: not valid UTF-8 at byte {err.start}: {err.reason}") from None


def _read_meta(path: Path, text: str, raw: bytes) -> dict[str, Any]:
    try:
        meta = json.loads(_read_text(path))
    except json.JSONDecodeError as err:
        raise ArticleError(f"{path}: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}: expected a JSON object at the top level")
    for field, kind in REQUIRED_FIELDS.items():
        if field not in meta:
            raise ArticleError(f"{path}: missing field '{field}'")
        if not isinstance(meta[field], kind) or not meta[field].strip():
            raise ArticleError(f"{path}: field '{field}' must be a non-empty {kind.__name__}")
    try:
        meta["published"] = date.fromisoformat(meta["published"])
    except ValueError:
        raise ArticleError(f"{path}: field 'published' must be a date YYYY-MM-DD, got {meta['published']!r}") from None
    for field in QUOTED_FIELDS:
        if field in meta and meta[field] not in text:
            raise ArticleError(f"{path}: field '{field}' does not occur word for word in the article text")
    if "sha256" in meta and hashlib.sha256(raw).hexdigest() != meta["sha256"]:
        raise ArticleError(f"{path}: field 'sha256' does not match the article file's bytes")
    return meta


def load_article(path: str | Path = SEED_ARTICLE) -> Article:
    """Read an article and its `.json` metadata; `meta['published']` is a `datetime.date`."""
    path = Path(path)
    text = _read_text(path)
    meta_file = metadata_path(path)
    if not meta_file.exists():
        raise ArticleError(f"{meta_file}: metadata file not found (expected beside {path.name})")
    meta = _read_meta(meta_file, text, path.read_bytes())
    return Article(path, text, meta)

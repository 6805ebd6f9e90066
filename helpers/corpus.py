"""Read a corpus of articles laid out like SaudiNewsNet: one ZIP per day, each a JSON array.

The corpus is read straight from the ZIPs (no unpacking). Every article must carry the six
fields as strings; anything else is an error that names the ZIP, the member and the article.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd

FIELDS = ("source", "url", "date_extracted", "title", "author", "content")


class CorpusError(ValueError):
    """A corpus folder, ZIP or article is missing or malformed."""


def _articles_in(path: Path) -> list[tuple]:
    rows = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            where = f"{path.name}:{member}"
            try:
                articles = json.loads(archive.read(member).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                raise CorpusError(f"{where}: not a UTF-8 JSON array ({err})") from None
            if not isinstance(articles, list):
                raise CorpusError(f"{where}: expected a JSON array of articles")
            for i, article in enumerate(articles):
                missing = [f for f in FIELDS if not isinstance(article.get(f), str)]
                if missing:
                    raise CorpusError(f"{where}: article {i}: field '{missing[0]}' missing or not a string")
                rows.append((path.name, *(article[f] for f in FIELDS)))
    return rows


def read_saudinewsnet(folder: str | Path) -> pd.DataFrame:
    """All articles of the corpus in `folder`, one row each, with the ZIP they came from."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: corpus folder not found")
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        raise CorpusError(f"{folder}: no .zip files in the corpus folder")
    rows = [row for path in zips for row in _articles_in(path)]
    return pd.DataFrame(rows, columns=["file", *FIELDS])

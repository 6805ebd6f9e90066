"""Stream the articles of a corpus, in whatever files it comes, one record at a time.

    for record in read_records(["news.jsonl", "archive/"], text_field="body"):
        ...

Inputs may be
- a folder (read recursively, in name order): `.txt` articles, each with an optional `.json`
  of metadata beside it (the `data/` layout), and any of the files below;
- JSON (`.json`: an array of article objects, or one object) and JSON Lines (`.jsonl`, `.ndjson`);
- CSV (`.csv`, with a header row) and Parquet (`.parquet`) with a text column;
- ZIP archives of any of these (SaudiNewsNet is one ZIP per day, each holding a JSON array).

Every record comes out as a `Record`. A record that cannot be read (bad JSON, no text, text
that is not a string, bytes that are not UTF-8, a date that is not a date, a truncated file)
comes out too, with `error` saying which file, record and field, and reading goes on with the
next record. Nothing is replaced or dropped: a reader never guesses a text.

The text field is `text_field` when given, else the first of `TEXT_FIELDS` that a record has;
the same for the publication date with `DATE_FIELDS` (`2015-07-21` or `2015-07-21 02:51:32`).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from .textfile import TextFileError, decode_text

TEXT_FIELDS = ("text", "content")
DATE_FIELDS = ("published", "date", "date_extracted")
SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".csv", ".parquet", ".zip")
# bytes that are not UTF-8 come out of a "surrogateescape" decode as these lone surrogates
_UNDECODED = re.compile("[\udc80-\udcff]")
_SPACE = re.compile(r"[ \t\r\n]*")


def _skip_space(s: str, pos: int) -> int:
    """The position of the first non-space character at or after pos (JSON white space)."""
    match = _SPACE.match(s, pos)
    assert match is not None  # the pattern matches the empty string
    return match.end()


class ReaderError(ValueError):
    """An input path that cannot be read at all (missing, or of an unknown kind)."""


@dataclass(frozen=True)
class Record:
    """One article as read: `id` is unique within a run (`file#N` for the N-th record of a
    file, the file itself for a `.txt` article); `error` is set when it could not be read."""

    id: str
    file: str
    text: str | None = None
    published: date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class Fields:
    """How records are read: which field holds the text and which the publication date (None:
    the usual names), and the encoding of text, JSON and CSV files (None: UTF-8)."""

    text: str | None = None
    date: str | None = None
    encoding: str | None = None

    def codec(self) -> str:
        return self.encoding or "utf-8"

    def text_candidates(self) -> tuple[str, ...]:
        return (self.text,) if self.text else TEXT_FIELDS

    def date_candidates(self) -> tuple[str, ...]:
        return (self.date,) if self.date else DATE_FIELDS


def _bad(file: str, number: int | None, message: str) -> Record:
    rid = f"{file}#{number}" if number is not None else file
    where = f"{file}: record {number}" if number is not None else file
    return Record(id=rid, file=file, error=f"{where}: {message}")


def _undecoded(value: str) -> str | None:
    """'byte 0xff' when `value` holds bytes that were not UTF-8, else None."""
    m = _UNDECODED.search(value)
    return f"byte 0x{ord(m.group()) - 0xDC00:02x} at character {m.start()}" if m else None


def parse_published(value: Any) -> date | None:
    """A date from 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS' (ISO 8601) or a date/datetime; None for None."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise ValueError(f"not a date YYYY-MM-DD[ HH:MM:SS]: {value!r}")


def _published_field(row: dict[str, Any], fields: Fields) -> tuple[str | None, date | None]:
    """(field, date) of the record's publication date; a value that is not a date raises a
    ValueError naming the field."""
    key = next((k for k in fields.date_candidates() if k in row), None)
    if key is None:
        return None, None
    try:
        return key, parse_published(row[key])
    except ValueError as err:
        raise ValueError(f"field {key!r}: {err}") from None


def _from_mapping(file: str, number: int, row: Any, fields: Fields) -> Record:
    """A Record from one article object (a JSON object, a CSV or Parquet row)."""
    if not isinstance(row, dict):
        return _bad(file, number, f"expected an article object, got {type(row).__name__}")
    text_key = next((k for k in fields.text_candidates() if k in row), None)
    if text_key is None:
        return _bad(file, number, f"no text: field {' or '.join(repr(k) for k in fields.text_candidates())} missing")
    text = row[text_key]
    if text is None:
        return _bad(file, number, f"no text: field {text_key!r} is empty (null)")
    if not isinstance(text, str):
        return _bad(file, number, f"field {text_key!r} must be a string, got {type(text).__name__}")
    for key, value in row.items():
        if isinstance(value, str) and (where := _undecoded(value)):
            hint = "" if fields.encoding else "; pass --encoding (encoding=) if the file is in another encoding"
            return _bad(file, number, f"field {key!r} is not valid {fields.codec()} ({where}){hint}")
    try:
        date_key, published = _published_field(row, fields)
    except ValueError as err:
        return _bad(file, number, str(err))
    meta = {k: v for k, v in row.items() if k not in (text_key, date_key)}
    return Record(id=f"{file}#{number}", file=file, text=text, published=published, meta=meta)


def _json_records(file: str, data: bytes, fields: Fields) -> Iterator[Record]:
    """An array of article objects, decoded one element at a time so that a file truncated or
    broken after record N still gives records 1..N and then one error."""
    s = data.decode(fields.codec(), "surrogateescape")
    decoder = json.JSONDecoder()
    pos = len(s) - len(s.lstrip())
    if s.startswith("{", pos):  # one article object
        try:
            obj, _ = decoder.raw_decode(s, pos)
        except json.JSONDecodeError as err:
            yield _bad(file, 1, f"invalid JSON at character {err.pos}: {err.msg}")
            return
        yield _from_mapping(file, 1, obj, fields)
        return
    if not s.startswith("[", pos):
        yield _bad(file, None, "expected a JSON array of article objects")
        return
    pos += 1
    number = 0
    while True:
        pos = _skip_space(s, pos)
        if s.startswith("]", pos):
            return
        if number:
            if not s.startswith(",", pos):
                where = "the end of the file (truncated?)" if pos >= len(s) else f"character {pos}"
                yield _bad(file, number + 1, f"invalid JSON: expected ',' or ']' at {where}")
                return
            pos = _skip_space(s, pos + 1)
        number += 1
        try:
            obj, pos = decoder.raw_decode(s, pos)
        except json.JSONDecodeError as err:
            truncated = "" if s.rstrip().endswith("]") else " (the file is truncated: no closing ']')"
            yield _bad(file, number, f"invalid JSON at character {err.pos}: {err.msg}{truncated}")
            return
        yield _from_mapping(file, number, obj, fields)


def _jsonl_records(file: str, stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    text = io.TextIOWrapper(stream, encoding=fields.codec(), errors="surrogateescape", newline="")
    for number, raw in enumerate(text, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield _bad(file, number, f"invalid JSON at column {err.colno}: {err.msg}")
            continue
        yield _from_mapping(file, number, obj, fields)


def _csv_records(file: str, stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    text = io.TextIOWrapper(stream, encoding=fields.codec(), errors="surrogateescape", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # an article may exceed the 128 KB default
    reader = csv.DictReader(text, strict=True)
    number = 0
    try:
        if reader.fieldnames is None:
            yield _bad(file, None, "empty CSV file (no header row)")
            return
        if not any(k in reader.fieldnames for k in fields.text_candidates()):
            yield _bad(file, None, f"no text column: {' or '.join(repr(k) for k in fields.text_candidates())}"
                                   f" not in the header")
            return
        for number, row in enumerate(reader, start=1):
            if None in row:
                yield _bad(file, number, f"line {reader.line_num}: more fields than the header has")
                continue
            if None in row.values():
                yield _bad(file, number, f"line {reader.line_num}: fewer fields than the header has")
                continue
            yield _from_mapping(file, number, row, fields)
    except csv.Error as err:
        yield _bad(file, number + 1, f"{err} (the file is truncated or badly quoted)")


def _parquet_records(file: str, stream: Any, fields: Fields) -> Iterator[Record]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(stream)
    except Exception as err:  # pyarrow raises ArrowInvalid / OSError for a broken file
        yield _bad(file, None, f"not a readable Parquet file ({err})")
        return
    names = parquet.schema_arrow.names
    if not any(k in names for k in fields.text_candidates()):
        yield _bad(file, None, f"no text column: {' or '.join(repr(k) for k in fields.text_candidates())}"
                               f" not in {names}")
        return
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                number += 1
                yield _from_mapping(file, number, row, fields)
    except Exception as err:
        yield _bad(file, number + 1, f"Parquet data cannot be read ({err})")


def _txt_record(file: str, data: bytes, meta_bytes: bytes | None, meta_name: str, fields: Fields) -> Record:
    try:
        decoded = decode_text(data, file, fields.encoding)
    except TextFileError as err:
        return Record(id=file, file=file, error=str(err))
    text = decoded.text
    removed = {"byte_order_mark_removed": True} if decoded.bom_stripped else {}
    if meta_bytes is None:
        return Record(id=file, file=file, text=text, meta=removed)
    try:
        meta = json.loads(meta_bytes.decode("utf-8"))
    except UnicodeDecodeError as err:
        return Record(id=file, file=file, error=f"{meta_name}: not valid UTF-8 at byte {err.start}: {err.reason}")
    except json.JSONDecodeError as err:
        return Record(id=file, file=file,
                      error=f"{meta_name}: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}")
    if not isinstance(meta, dict):
        return Record(id=file, file=file, error=f"{meta_name}: expected a JSON object of metadata")
    try:
        date_key, published = _published_field(meta, fields)
    except ValueError as err:
        return Record(id=file, file=file, error=f"{meta_name}: {err}")
    meta = {k: v for k, v in meta.items() if k != date_key} | removed
    return Record(id=file, file=file, text=text, published=published, meta=meta)


def _member_records(name: str, suffix: str, open_bytes, fields: Fields) -> Iterator[Record]:
    """Records of one file (on disk or in a ZIP) that is not a .txt article."""
    if suffix == ".json":
        with open_bytes() as stream:
            data = stream.read()
        yield from _json_records(name, data, fields)
    elif suffix in (".jsonl", ".ndjson"):
        with open_bytes() as stream:
            yield from _jsonl_records(name, stream, fields)
    elif suffix == ".csv":
        with open_bytes() as stream:
            yield from _csv_records(name, stream, fields)
    elif suffix == ".parquet":
        with open_bytes() as stream:
            data = stream.read()
        yield from _parquet_records(name, io.BytesIO(data), fields)


def _zip_records(name: str, source: Any, fields: Fields) -> Iterator[Record]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as err:
        yield _bad(name, None, f"not a readable ZIP archive ({err})")
        return
    with archive:
        members = [m for m in archive.namelist() if not m.endswith("/")]
        present = set(members)
        for member in members:
            path = PurePosixPath(member)
            suffix = path.suffix.lower()
            label = f"{name}:{member}"
            try:
                if suffix == ".txt":
                    sidecar = str(path.with_suffix(".json"))
                    meta = archive.read(sidecar) if sidecar in present else None
                    yield _txt_record(label, archive.read(member), meta, f"{name}:{sidecar}", fields)
                elif suffix == ".json" and str(path.with_suffix(".txt")) in present:
                    continue  # metadata of a .txt article
                elif suffix in SUFFIXES and suffix != ".zip":
                    yield from _member_records(label, suffix, lambda m=member: archive.open(m), fields)
            except (zipfile.BadZipFile, OSError, EOFError) as err:  # a damaged member or archive
                yield _bad(label, None, f"cannot be read from the archive ({err})")


def _file_records(path: Path, label: str, fields: Fields) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        sidecar = path.with_suffix(".json")
        meta = sidecar.read_bytes() if sidecar.exists() else None
        yield _txt_record(label, path.read_bytes(), meta, str(PurePosixPath(label).with_suffix(".json")), fields)
    elif suffix == ".zip":
        yield from _zip_records(label, path, fields)
    else:
        yield from _member_records(label, suffix, lambda: open(path, "rb"), fields)


def input_files(path: str | Path) -> list[tuple[Path, str]]:
    """(file, label) pairs that `path` stands for: the file itself, or every readable file of a
    folder in name order, minus the `.json` metadata beside `.txt` articles. Labels are the
    paths from the input's parent folder, so they stay the same wherever the corpus lives."""
    path = Path(path)
    if path.is_file():
        if path.suffix.lower() not in SUFFIXES:
            raise ReaderError(f"{path}: unknown kind of file (expected one of {', '.join(SUFFIXES)})")
        return [(path, path.name)]
    if not path.is_dir():
        raise ReaderError(f"{path}: no such file or folder")
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    files = [p for p in files if not (p.suffix.lower() == ".json" and p.with_suffix(".txt").exists())]
    return [(p, PurePosixPath(path.name, *p.relative_to(path).parts).as_posix()) for p in files]


def read_records(inputs: str | Path | Sequence[str | Path], text_field: str | None = None,
                 date_field: str | None = None, encoding: str | None = None) -> Iterator[Record]:
    """Every record of every input, in order; unreadable ones carry `error` (see the module)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ReaderError(f"unknown encoding {encoding!r}") from None
    fields = Fields(text_field, date_field, encoding)
    files = [pair for path in inputs for pair in input_files(path)]
    labels = [label for _, label in files]
    if len(set(labels)) != len(labels):
        twice = sorted({x for x in labels if labels.count(x) > 1})
        raise ReaderError(f"two inputs give the same file name {twice[0]!r}; pass their common folder instead")
    for path, label in files:
        try:
            yield from _file_records(path, label, fields)
        except OSError as err:
            yield _bad(label, None, f"cannot be read ({err})")

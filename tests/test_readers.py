"""Every reader streams good records and names each bad one (file, record, field), then goes on."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from helpers.readers import ReaderError, read_records


def _ok(records):
    return [(r.id, r.text, r.published) for r in records if r.error is None]


def _errors(records):
    return [r.error for r in records if r.error is not None]


def test_folder_of_txt_with_and_without_json_beside(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("نص أول", encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2020-11-05", "headline": "ع"}), encoding="utf-8")
    (folder / "b.txt").write_text("نص ثان", encoding="utf-8")
    records = list(read_records(folder))
    assert _ok(records) == [("news/a.txt", "نص أول", date(2020, 11, 5)), ("news/b.txt", "نص ثان", None)]
    assert records[0].meta == {"headline": "ع"}
    assert records[0].file == "news/a.txt"


def test_non_utf8_txt_and_bad_metadata_are_named_and_reading_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes("نص".encode() + b"\xff")
    (tmp_path / "b.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"published": "5 Nov"}', encoding="utf-8")
    (tmp_path / "c.txt").write_text("نص ثالث", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"published": ', encoding="utf-8")
    (tmp_path / "d.txt").write_text("سليم", encoding="utf-8")
    records = list(read_records(tmp_path))
    name = tmp_path.name
    assert _errors(records) == [
        f"{name}/a.txt: not valid UTF-8 at byte 4 (invalid start byte); pass encoding= if the file is in "
        "another encoding",
        f"{name}/b.json: field 'published': not a date YYYY-MM-DD[ HH:MM:SS]: '5 Nov'",
        f"{name}/c.json: invalid JSON at line 1, column 15: Expecting value",
    ]
    assert _ok(records) == [(f"{name}/d.txt", "سليم", None)]


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".json"])
def test_an_encoding_named_by_the_user_reads_every_text_format(tmp_path, suffix):
    text = "قتل 5 أشخاص في حلب"
    body = {".txt": text,
            ".jsonl": json.dumps({"text": text, "published": "2020-11-05"}, ensure_ascii=False) + "\n",
            ".csv": f"text,published\n{text},2020-11-05\n",
            ".json": json.dumps([{"text": text}], ensure_ascii=False)}[suffix]
    path = tmp_path / f"old{suffix}"
    path.write_bytes(body.encode("cp1256"))
    assert _errors(read_records(path)), "cp1256 bytes read as UTF-8 must be refused"
    [record] = read_records(path, encoding="cp1256")
    assert (record.error, record.text) == (None, text)


def test_an_unknown_encoding_is_named():
    with pytest.raises(ReaderError, match="unknown encoding 'klingon'"):
        list(read_records("anything.jsonl", encoding="klingon"))


def _json_array(*articles) -> str:
    return json.dumps(list(articles), ensure_ascii=False)


def test_json_array_with_missing_null_and_non_string_text(tmp_path):
    path = tmp_path / "day.json"
    path.write_text(_json_array({"content": "أ", "date_extracted": "2015-07-21 02:51:32", "source": "was"},
                                {"title": "بلا نص"}, {"content": None}, {"content": 5}, {"content": "ب"}),
                    encoding="utf-8")
    records = list(read_records(path))
    assert _ok(records) == [("day.json#1", "أ", date(2015, 7, 21)), ("day.json#5", "ب", None)]
    assert records[0].meta == {"source": "was"}
    assert _errors(records) == [
        "day.json: record 2: no text: field 'text' or 'content' missing",
        "day.json: record 3: no text: field 'content' is empty (null)",
        "day.json: record 4: field 'content' must be a string, got int",
    ]


def test_truncated_json_array_keeps_the_records_before_the_cut(tmp_path):
    whole = _json_array({"text": "أ"}, {"text": "ب"}, {"text": "ج"})
    path = tmp_path / "cut.json"
    path.write_text(whole[: whole.index("ج") + 1], encoding="utf-8")
    records = list(read_records(path))
    assert [r.text for r in records if r.error is None] == ["أ", "ب"]
    [error] = _errors(records)
    assert error.startswith("cut.json: record 3: invalid JSON") and error.endswith("(the file is truncated: no closing ']')")


def test_json_lines_with_user_named_fields_bad_lines_and_non_utf8(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"body": "أ", "day": "2021-03-04"}, ensure_ascii=False).encode(),
             b'{"body": "broken',
             '{"body": "ب'.encode() + b"\xe2\x28" + b'"}',
             b"",
             json.dumps({"body": "ج", "day": "yesterday"}).encode(),
             json.dumps({"text": "no body"}).encode(),
             json.dumps({"body": "د"}, ensure_ascii=False).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    records = list(read_records(path, text_field="body", date_field="day"))
    assert _ok(records) == [("wire.jsonl#1", "أ", date(2021, 3, 4)), ("wire.jsonl#7", "د", None)]
    assert _errors(records) == [
        "wire.jsonl: record 2: invalid JSON at column 10: Unterminated string starting at",
        "wire.jsonl: record 3: field 'body' is not valid utf-8 (byte 0xe2 at character 1); pass --encoding "
        "(encoding=) if the file is in another encoding",
        "wire.jsonl: record 5: field 'day': not a date YYYY-MM-DD[ HH:MM:SS]: 'yesterday'",
        "wire.jsonl: record 6: no text: field 'body' missing",
    ]


def test_csv_with_a_text_column(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_bytes("text,published,outlet\n\"سطر، بفاصلة\nوسطر\",2020-01-02,x\n".encode()
                     + "ب".encode() + b"\xff,2020-01-03,y\n" + "ج,2020-01-04\nد,2020-01-05,z\n".encode())
    records = list(read_records(path))
    assert _ok(records) == [("feed.csv#1", "سطر، بفاصلة\nوسطر", date(2020, 1, 2)),
                            ("feed.csv#4", "د", date(2020, 1, 5))]
    assert records[0].meta == {"outlet": "x"}
    assert _errors(records) == [
        "feed.csv: record 2: field 'text' is not valid utf-8 (byte 0xff at character 1); pass --encoding "
        "(encoding=) if the file is in another encoding",
        "feed.csv: record 3: line 5: fewer fields than the header has",
    ]


def test_csv_without_the_text_column_or_cut_inside_a_quote(tmp_path):
    (tmp_path / "a.csv").write_text("headline\nx\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text('text\nأ\n"ب، مقطوع', encoding="utf-8")
    records = list(read_records(tmp_path))
    name = tmp_path.name
    assert _ok(records) == [(f"{name}/b.csv#1", "أ", None)]
    assert _errors(records) == [
        f"{name}/a.csv: no text column: 'text' or 'content' not in the header",
        f"{name}/b.csv: record 2: unexpected end of data (the file is truncated or badly quoted)",
    ]


def test_parquet_with_a_text_column_and_a_null_text(tmp_path):
    path = tmp_path / "rows.parquet"
    pq.write_table(pa.table({"content": ["أ", None, "ج"], "published": ["2020-01-01", "2020-01-02", None]}), path)
    records = list(read_records(path))
    assert _ok(records) == [("rows.parquet#1", "أ", date(2020, 1, 1)), ("rows.parquet#3", "ج", None)]
    assert _errors(records) == ["rows.parquet: record 2: no text: field 'content' is empty (null)"]


def test_truncated_parquet_is_named(tmp_path):
    buffer = io.BytesIO()
    pq.write_table(pa.table({"text": ["أ"] * 100}), buffer)
    (tmp_path / "cut.parquet").write_bytes(buffer.getvalue()[:200])
    assert _errors(read_records(tmp_path / "cut.parquet"))[0].startswith("cut.parquet: not a readable Parquet file")


def test_zip_of_txt_json_and_jsonl_like_saudinewsnet(tmp_path):
    path = tmp_path / "2015-07-21.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2015-07-21.json", _json_array({"content": "أ", "date_extracted": "2015-07-21 02:51:32"}))
        archive.writestr("x/a.txt", "نص")
        archive.writestr("x/a.json", json.dumps({"published": "2020-11-05"}))
        archive.writestr("more.jsonl", json.dumps({"text": "ب"}) + "\n")
    records = list(read_records(path))
    assert _ok(records) == [("2015-07-21.zip:2015-07-21.json#1", "أ", date(2015, 7, 21)),
                            ("2015-07-21.zip:x/a.txt", "نص", date(2020, 11, 5)),
                            ("2015-07-21.zip:more.jsonl#1", "ب", None)]


def test_truncated_zip_is_named_and_the_next_file_is_read(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("day.json", _json_array({"text": "أ"}))
    (tmp_path / "a.zip").write_bytes(buffer.getvalue()[:-30])
    (tmp_path / "b.jsonl").write_text('{"text": "ب"}\n', encoding="utf-8")
    records = list(read_records(tmp_path))
    assert _errors(records)[0].startswith(f"{tmp_path.name}/a.zip: not a readable ZIP archive")
    assert _ok(records) == [(f"{tmp_path.name}/b.jsonl#1", "ب", None)]


def test_inputs_that_cannot_be_read_at_all(tmp_path):
    with pytest.raises(ReaderError, match="no such file or folder"):
        list(read_records(tmp_path / "missing"))
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(ReaderError, match=r"notes\.docx: unknown kind of file"):
        list(read_records(tmp_path / "notes.docx"))
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ReaderError, match="same file name 'same.jsonl'"):
        list(read_records([tmp_path / "one" / "same.jsonl", tmp_path / "two" / "same.jsonl"]))


def test_csv_article_longer_than_the_csv_modules_default_limit(tmp_path):
    long_text = "خبر طويل " * 30_000  # 270,000 characters; csv's default field limit is 131,072
    (tmp_path / "long.csv").write_text(f"text\n\"{long_text}\"\n", encoding="utf-8")
    assert _ok(read_records(tmp_path / "long.csv")) == [("long.csv#1", long_text, None)]

"""Transcript CSV reading: good files, optional columns, and every bad-file case as one line."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.errors import InputFileError
from planning import read_transcript

HEADER = "title,provider,completed_on,credits,category,aama_approved"


def write(tmp_path, text: str | bytes, name: str = "t.csv"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_reads_required_and_optional_columns(tmp_path):
    path = write(
        tmp_path,
        "\ufeff" + HEADER + ",kind,minutes,hours\n"
        "Coding Update,AAMA,2023-01-10,1.5,Administrative,yes,,,\n"
        '"CPR, adult",AHA,2023-02-01,,clinical,no,cpr_card,,\n'
        "Biology 101,College,2023-05-01,3,general,no,college_credit,,\n"
        "Webinar,X,2023-06-01,1,,no,course,55,0.9\n"
        ",,,,,\n",
    )
    items = read_transcript(path)
    assert [i.title for i in items] == ["Coding Update", "CPR, adult", "Biology 101", "Webinar"]
    first = items[0]
    assert (first.completed_on, first.credits, first.category, first.aama_approved, first.kind) == (
        date(2023, 1, 10),
        1.5,
        "administrative",
        True,
        "course",
    )
    assert items[1].kind == "cpr_card" and items[1].credits is None
    assert items[2].kind == "college_credit"
    assert items[3].category is None and items[3].minutes == 55 and items[3].hours == 0.9
    assert [i.row for i in items] == [2, 3, 4, 5]


def test_header_only_is_an_empty_transcript(tmp_path):
    assert read_transcript(write(tmp_path, HEADER + "\n")) == []


BAD = [
    # (file content, expected message start after "Error: <path>")
    ("", ": the file is empty"),
    ("  \n\n", ": the file is empty"),
    (
        "title,provider,completed_on,credits,aama_approved\nA,B,2023-01-01,1,yes\n",
        ", row 1: missing column 'category'",
    ),
    (
        HEADER + "\nA,B,2023-01-01,1,admin,yes\n",
        ", row 2, column category: unknown category 'admin'",
    ),
    (
        HEADER + "\nA,B,2023-01-01,1,general,yes\nC,D,2023-01-01,-2,general,yes\n",
        ", row 3, column credits: '-2' is negative",
    ),
    (
        HEADER + "\nA,B,2023-01-01,two,general,yes\n",
        ", row 2, column credits: 'two' is not a number",
    ),
    (HEADER + "\nA,B,2023-01-01,,general,yes\n", ", row 2, column credits: is empty"),
    (
        HEADER + "\nA,B,2023-01-01,nan,general,yes\n",
        ", row 2, column credits: 'nan' is not a number",
    ),
    (
        HEADER + "\nA,B,01/02/2023,1,general,yes\n",
        ", row 2, column completed_on: '01/02/2023' is not a date",
    ),
    (
        HEADER + "\nA,B,2023-02-30,1,general,yes\n",
        ", row 2, column completed_on: '2023-02-30' is not a date",
    ),
    (
        HEADER + "\nA,B,2023-02-01,1,general,maybe\n",
        ", row 2, column aama_approved: 'maybe' is not yes or no",
    ),
    (
        HEADER + ",kind\nA,B,2023-02-01,1,general,yes,webinar\n",
        ", row 2, column kind: unknown kind 'webinar'",
    ),
    (
        HEADER + ",minutes\nA,B,2023-02-01,1,general,yes,-5\n",
        ", row 2, column minutes: '-5' is negative",
    ),
    (HEADER + "\n,B,2023-02-01,1,general,yes\n", ", row 2, column title: is empty"),
]


@pytest.mark.parametrize(("content", "message"), BAD, ids=[m.split(":")[-1][:30] for _, m in BAD])
def test_bad_transcripts_are_one_line_errors(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(InputFileError) as caught:
        read_transcript(path)
    line = caught.value.one_line()
    assert line.startswith(f"Error: {path}{message}"), line
    assert "\n" not in line


def test_non_utf8_names_the_row(tmp_path):
    path = write(
        tmp_path, (HEADER + "\nCaf\xe9 course,B,2023-01-01,1,general,yes\n").encode("latin-1")
    )
    with pytest.raises(InputFileError) as caught:
        read_transcript(path)
    assert caught.value.one_line().startswith(f"Error: {path}, row 2: not UTF-8 text (byte 0xe9)")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_transcript(tmp_path / "nope.csv")
    with pytest.raises(InputFileError, match="is a folder"):
        read_transcript(tmp_path)


def test_rows_from_a_table_treat_missing_values_as_empty():
    from planning import items_from_rows

    rows = [
        {
            "title": "A",
            "provider": "B",
            "completed_on": "2023-01-01",
            "credits": 1.0,
            "category": float("nan"),
            "aama_approved": True,
            "minutes": float("nan"),
        },
        {
            "title": None,
            "provider": None,
            "completed_on": None,
            "credits": None,
            "category": None,
            "aama_approved": None,
        },
        {
            "title": "C",
            "provider": "D",
            "completed_on": "2023-01-01",
            "credits": "x",
            "category": "general",
            "aama_approved": "no",
        },
    ]
    with pytest.raises(InputFileError) as caught:
        items_from_rows(rows, "table")
    assert caught.value.one_line() == "Error: table, row 3, column credits: 'x' is not a number"
    (only,) = items_from_rows(rows[:2], "table")
    assert only.category is None and only.minutes is None and only.aama_approved is True


def test_uploaded_bytes():
    from planning import transcript_from_bytes

    (only,) = transcript_from_bytes(
        ("\ufeff" + HEADER + "\nA,B,2023-01-01,1,general,yes\n").encode("utf-8"), "upload.csv"
    )
    assert only.title == "A"
    with pytest.raises(InputFileError, match="upload.csv, row 1: not UTF-8"):
        transcript_from_bytes(b"titl\xff", "upload.csv")


def test_semicolon_separated_export_from_a_spreadsheet(tmp_path):
    path = write(
        tmp_path, HEADER.replace(",", ";") + "\r\nCPR, adult;AHA;2023-01-01;1;clinical;no\r\n"
    )
    (only,) = read_transcript(path)
    assert (only.title, only.category, only.aama_approved) == ("CPR, adult", "clinical", False)

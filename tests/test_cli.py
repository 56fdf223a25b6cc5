"""The command line: formats, stdin, and one-line errors with documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REFERENCE

from newsfacts.cli import main


def test_extract_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REFERENCE), "--published", "2023-06-15"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == REFERENCE.read_text(encoding="utf-8")


def test_extract_jsonl_two_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REFERENCE), str(REFERENCE), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["text"] for line in lines)


def test_extract_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REFERENCE), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Zhanar Aitzhan" in out and "Geneva" in out


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"PARIS (AFP) - Talks began.")))
    assert main(["extract", "-", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "PARIS (AFP) - Talks began."


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "empty input"), (b"\xff\xfe\xfa caf\xe9", "not valid UTF-8")],
)
def test_input_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsfacts: ") and message in err


def test_bad_published_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REFERENCE), "--published", "yesterday"]) == 2
    assert "ISO-8601" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article" and "participants" in schema["properties"]

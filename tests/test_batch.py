"""``newsfacts batch`` and ``extract_many`` (issue 8): one record per input, resumable, ordered."""

from __future__ import annotations

import csv
import gzip
import json
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from test_readers import NITF

import newsfacts
from newsfacts.batch import BatchOptions, Extractor, Result, run
from newsfacts.cli import main
from newsfacts.readers import Item
from newsfacts.settings import Settings

STORIES = [
    "MADRID, June 4 (EFE) - Spain's central bank cut its growth forecast to 1.8 percent.",
    "NAIROBI, June 4 (Reuters) - Kenya's president met business leaders in Nairobi on Tuesday.",
    "CANBERRA, June 5 (AAP) - About 3,000 firefighters were deployed, officials said.",
    "OTTAWA, June 5 (CP) - The Bank of Canada held its key rate at 4.75 percent.",
]


def make_folder(root: Path) -> Path:
    """Good files, an empty file, a binary file, a Latin-1 file, a broken JSONL line, a gzip."""
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(STORIES[0], encoding="utf-8")
    (folder / "b.txt").write_text(STORIES[1], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "latin.txt").write_bytes("LYON (AFP) - Caf\xe9 owners protested.".encode("latin-1"))
    lines = [json.dumps({"id": "j1", "text": STORIES[2]}), '{"id": "j2", "text": ', ""]
    lines.insert(2, json.dumps({"id": "j3", "text": STORIES[3], "published": "2024-06-05"}))
    (folder / "sub" / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / "sub" / "c.txt.gz").write_bytes(gzip.compress(STORIES[0].encode()))
    return folder


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def errors_of(recs: list[dict[str, object]]) -> dict[str, str]:
    return {
        Path(str(r["path"])).name + ("" if r["id"] == r["path"] else f"#{r['id']}"): r["error"][
            "type"
        ]  # type: ignore[index]
        for r in recs
        if "error" in r
    }


EXPECTED_ERRORS = {
    "empty.txt": "empty",
    "image.png": "binary",
    "latin.txt": "bad_encoding",
}


@pytest.mark.parametrize("workers", [1, 2])
def test_one_record_per_input_with_error_records(tmp_path: Path, workers: int) -> None:
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", str(workers), "--quiet"]) == 1
    recs = records(out)
    assert len(recs) == 9  # 5 files of one article, a JSONL of 3 articles, a gzip
    errors = errors_of(recs)
    broken = f"feed.jsonl#{folder / 'sub' / 'feed.jsonl'}:2"
    assert errors == {**EXPECTED_ERRORS, broken: "invalid_json"}
    good = [r for r in recs if "error" not in r]
    assert [r["text"] for r in good] == [
        STORIES[0], STORIES[1], STORIES[0], STORIES[2], STORIES[3]
    ]  # fmt: skip
    assert [Path(str(r["path"])).name for r in good] == [
        "a.txt", "b.txt", "c.txt.gz", "feed.jsonl", "feed.jsonl"
    ]  # fmt: skip
    assert good[-1]["id"] == "j3" and good[-1]["published"] == "2024-06-05T00:00:00"
    for r in good:
        article = newsfacts.Article.model_validate(
            {k: v for k, v in r.items() if k not in {"id", "path"}}
        )
        assert article == newsfacts.extract(article.text, article.published)


def test_summary_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    main(["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    err = capsys.readouterr().err
    assert err.startswith("newsfacts: 9 articles in ") and "4 errors (bad_encoding 1" in err
    assert "\nfacts: dateline " in err and "\r" not in err  # no progress bar off a terminal
    main(["batch", str(folder), "-o", str(tmp_path / "o.jsonl"), "--quiet"])
    assert capsys.readouterr().err == ""


def test_all_good_exits_zero_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    assert main(["batch", str(tmp_path / "a.txt"), "--quiet"]) == 0
    (rec,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rec["text"] == STORIES[0] and rec["id"] == str(tmp_path / "a.txt")


def test_output_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the second run finds the first run's output in the folder
        assert main(["batch", str(tmp_path), "-o", str(out), "--quiet"]) == 0
        assert len(records(out)) == 1


def test_published_default_and_fields(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"key": "x", "body": STORIES[0]}, {"key": "y", "body": STORIES[1], "day": "2024-06-04"}]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(feed), "-o", str(out), "--quiet", "--published", "2024-06-06"]
    args += ["--text-field", "body", "--id-field", "key", "--published-field", "day"]
    assert main(args) == 0
    recs = records(out)
    assert [(r["id"], r["published"]) for r in recs] == [
        ("x", "2024-06-06T00:00:00"),
        ("y", "2024-06-04T00:00:00"),
    ]


def test_agency_xml_gives_text_id_title_and_published(tmp_path: Path) -> None:
    (tmp_path / "story.xml").write_text(NITF, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "story.xml"), "-o", str(out), "--quiet"]) == 0
    (rec,) = records(out)
    assert (rec["id"], rec["title"]) == ("ntb-2024-0042", "Ships queue outside Oslo")
    assert rec["published"] == "2024-03-04T09:15:00Z"
    assert str(rec["text"]).startswith("OSLO, March 3 - The harbour authority")


def test_invalid_published_is_an_error_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": STORIES[0], "published": "last week"}), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(feed), "-o", str(out), "--quiet"]) == 1
    assert records(out)[0]["error"]["type"] == "invalid_published"  # type: ignore[index]


def test_over_max_chars_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text("Short.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    options = BatchOptions([str(tmp_path)], str(out), settings=Settings(max_chars=20))
    summary = run(options)
    assert summary.articles == 2 and dict(summary.errors) == {"too_large": 1}
    assert "max_chars=20" in records(out)[0]["error"]["message"]  # type: ignore[index]


def test_fail_fast(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(folder), "-o", str(out), "--quiet", "--fail-fast", "--chunk-size", "1"]
    assert main(args) == 1
    recs = records(out)
    assert "error" in recs[-1] and all("error" not in r for r in recs[:-1])
    assert len(recs) == 3  # a.txt, b.txt, then empty.txt stops the run


def test_unordered_gives_the_same_records(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    ordered, unordered = tmp_path / "o.jsonl", tmp_path / "u.jsonl"
    base = ["batch", str(folder), "--quiet", "--workers", "2", "--chunk-size", "1"]
    main([*base, "-o", str(ordered)])
    main([*base, "-o", str(unordered), "--unordered"])
    assert sorted(ordered.read_text().splitlines()) == sorted(unordered.read_text().splitlines())


def test_json_array_csv_and_parquet(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    jsonl = tmp_path / "o.jsonl"
    main(["batch", str(folder), "-o", str(jsonl), "--quiet"])
    array = tmp_path / "o.json"
    main(["batch", str(folder), "-o", str(array), "--quiet"])
    assert json.loads(array.read_text()) == records(jsonl)
    table = tmp_path / "facts.csv"
    main(["batch", str(folder), "-o", str(table), "--quiet"])
    with table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["type"] for r in rows if r["kind"] == "error"] == [
        "empty", "binary", "bad_encoding", "invalid_json"
    ]  # fmt: skip
    texts = {r["id"]: r["text"] for r in records(jsonl) if "text" in r}
    for r in rows:
        if r["kind"] != "error":
            assert texts[r["article_id"]][int(r["start"]) : int(r["end"])] == r["text"]
    pq = pytest.importorskip("pyarrow.parquet")  # the parquet extra
    parquet = tmp_path / "facts.parquet"
    main(["batch", str(folder), "-o", str(parquet), "--quiet"])
    assert pq.read_table(parquet).num_rows == len(rows)


def test_no_input_gives_an_empty_json_array(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    out = tmp_path / "o.json"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    assert json.loads(out.read_text()) == []


@pytest.mark.parametrize(
    "extra",
    [
        ["--resume", "-o", "x.csv"],
        ["--resume"],
        ["--chunk-size", "0", "-o", "x.jsonl"],
        ["--encoding", "klingon", "-o", "x.jsonl"],
    ],
    ids=["resume-csv", "resume-stdout", "no-chunks", "encoding"],
)
def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    extra = [str(tmp_path / e) if e.startswith("x.") else e for e in extra]
    assert main(["batch", str(tmp_path), *extra]) == 2
    assert capsys.readouterr().err.startswith("newsfacts: ")


def test_resume_after_a_killed_run(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    main(["batch", str(folder), "-o", str(full), "--quiet"])
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part.write_text("".join(lines[:4]) + lines[4][:25], encoding="utf-8")  # killed mid-line
    assert main(["batch", str(folder), "-o", str(part), "--quiet", "--resume"]) == 1
    assert part.read_bytes() == full.read_bytes()
    assert main(["batch", str(folder), "-o", str(part), "--resume"]) == 0  # nothing left to do
    assert part.read_bytes() == full.read_bytes()


def test_ctrl_c_then_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_folder(tmp_path)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    main(["batch", str(folder), "-o", str(full), "--quiet", "--workers", "1"])
    whole = Extractor.__call__

    def interrupted(self: Extractor, items: Sequence[Item]) -> list[Result]:
        if any(item.id.endswith("c.txt.gz") for item in items):
            raise KeyboardInterrupt
        return whole(self, items)

    monkeypatch.setattr(Extractor, "__call__", interrupted)
    args = ["batch", str(folder), "-o", str(part), "--quiet", "--workers", "1", "--chunk-size", "2"]
    assert main(args) == 130
    written = part.read_text(encoding="utf-8")
    assert written.endswith("\n") and 0 < written.count("\n") < 9
    monkeypatch.setattr(Extractor, "__call__", whole)
    assert main([*args, "--resume"]) == 1
    assert part.read_bytes() == full.read_bytes()


def test_sigint_to_a_pool_run_leaves_whole_lines(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "text": STORIES[i % 4]}) + "\n" for i in range(200)),
        encoding="utf-8",
    )
    out, full = tmp_path / "out.jsonl", tmp_path / "full.jsonl"
    # small chunks, so the run is still going when the signal comes (a Ctrl-C once the last
    # record is written hits the interpreter's exit, where Python's default handler kills it)
    cmd = [sys.executable, "-m", "newsfacts.cli", "batch", str(feed), "--workers", "2", "--quiet"]
    cmd += ["--chunk-size", "4"]
    proc = subprocess.Popen([*cmd, "-o", str(out)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) in (0, 130), proc.stderr.read() if proc.stderr else ""
    assert out.read_text(encoding="utf-8").endswith("\n")
    subprocess.run([*cmd, "-o", str(out), "--resume"], check=True)
    subprocess.run([*cmd, "-o", str(full), "--workers", "1"], check=True)
    assert out.read_bytes() == full.read_bytes()


def test_extract_many_in_order() -> None:
    texts = [STORIES[i % 4] + f" Item {i}." for i in range(40)]
    expected = [newsfacts.extract(t) for t in texts]
    assert list(newsfacts.extract_many(texts)) == expected
    assert list(newsfacts.extract_many(iter(texts), workers=2, chunk_size=3)) == expected


def test_extract_many_published() -> None:
    items: list[str | dict[str, object]] = [
        STORIES[0],
        {"text": STORIES[1], "published": "2024-06-01"},
    ]
    got = list(newsfacts.extract_many(items, published="2024-06-04"))
    assert [a.published.day for a in got if a.published] == [4, 1]
    with pytest.raises(ValueError, match="ISO-8601"):
        next(newsfacts.extract_many([STORIES[0]], published="soon"))


def test_extract_many_raises_in_order() -> None:
    results = newsfacts.extract_many([STORIES[0], 42, STORIES[1]], workers=2, chunk_size=1)  # type: ignore[list-item]
    assert next(results).text == STORIES[0]
    with pytest.raises(TypeError, match="int"):
        next(results)


def test_extract_each_same_records_and_errors_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stage by stage over a chunk gives extract's records; a failure stays in its place."""
    from newsfacts import pipeline

    texts = [STORIES[i % 4] + f" Item {i}." for i in range(9)]
    expected = [newsfacts.extract(t, "2024-06-01") for t in texts]
    items: list[tuple[str, object]] = [(t, "2024-06-01") for t in texts]
    monkeypatch.setattr(pipeline, "EACH_CHARS", 2 * len(STORIES[0]))  # groups of one or two
    assert pipeline.extract_each(items) == expected  # type: ignore[arg-type]
    bad = [items[0], (42, None), (texts[1], "soon"), ("x" * 500, None), items[2]]
    got = pipeline.extract_each(bad, settings=Settings(max_chars=400))  # type: ignore[arg-type]
    assert got[0] == expected[0] and got[4] == expected[2]
    assert [type(r).__name__ for r in got[1:4]] == [
        "TypeError", "ValueError", "InputTooLargeError",
    ]  # fmt: skip


def test_extractor_pickles_and_output_record_shape() -> None:
    extractor = pickle.loads(pickle.dumps(Extractor(Settings(max_chars=1000))))
    assert extractor.settings.max_chars == 1000
    (good, bad) = extractor(
        [Item("a", "p", text=STORIES[0], title="T"), Item("b", "p", error=("empty", "m"))]
    )
    assert list(json.loads(good.line))[:4] == ["id", "path", "title", "text"]
    assert json.loads(bad.line) == {
        "id": "b",
        "path": "p",
        "error": {"type": "empty", "message": "m"},
    }
    assert bad.error == "empty" and dict(good.counts)["dateline"] in (0, 1)

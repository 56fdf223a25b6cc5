"""Input formats of ``newsfacts batch`` (issue 8) and their hardening (issue 9)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsfacts.readers import Fields, Item, item_from_json, items_from_lines, read_items

WIRE = "OSLO, March 3 (NTB) - The harbour authority said on Monday that 40 ships were waiting."

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <head>
    <docdata>
      <doc-id id-string="ntb-2024-0042"/>
      <date.issue norm="20240304T091500Z"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Ships queue outside Oslo</hl1></hedline>
      <dateline><location><city>OSLO</city></location>, <story.date>March 3</story.date></dateline>
    </body.head>
    <body.content>
      <p>The harbour authority said on Monday that 40 ships were waiting.</p>
      <p>  Pilots expect the queue to clear
         by Friday. </p>
    </body.content>
  </body>
</nitf>
"""

NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20240305:77">
  <itemMeta><firstCreated>2024-03-05T07:00:00+01:00</firstCreated></itemMeta>
  <contentMeta>
    <located><name>Bergen</name></located>
    <headline>Fish prices climb</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Salmon prices rose 4 percent in the first week of March.</p>
      </body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<nitf><body><body.content><p>&lol2;</p></body.content></body></nitf>
"""


def items(tmp_path: Path, name: str, data: bytes | str, **kwargs: object) -> list[Item]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(read_items([str(path)], **kwargs))  # type: ignore[arg-type]


def test_text_file(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "a.txt", WIRE)
    assert item.text == WIRE and item.id == item.path == str(tmp_path / "a.txt")
    assert item.error is None


def test_unknown_suffix_is_text_and_bom_is_dropped(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "story", b"\xef\xbb\xbf" + WIRE.encode())
    assert item.text == WIRE


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\xe9 in Lyon".encode("latin-1"), "bad_encoding"),
    ],
    ids=["empty", "blank", "binary", "latin-1"],
)
def test_unreadable_text(tmp_path: Path, data: bytes, kind: str) -> None:
    (item,) = items(tmp_path, "bad.txt", data)
    assert item.text is None and item.error is not None and item.error[0] == kind
    assert str(tmp_path / "bad.txt") in item.error[1]


def test_encoding_option(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "a.txt", "Caf\xe9 in Lyon".encode("latin-1"), encoding="latin-1")
    assert item.text == "Caf\xe9 in Lyon"


def test_missing_file_and_directory_inputs(tmp_path: Path) -> None:
    (item,) = list(read_items([str(tmp_path / "nope.txt")]))
    assert item.error == ("unreadable", f"{tmp_path / 'nope.txt'}: no such file")


def test_jsonl_fields_ids_and_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"key": "k1", "body": WIRE, "date": "2024-03-03"}),
        "",
        "{not json",
        json.dumps({"body": "PARIS (AFP) - A second story."}),
        json.dumps({"key": 7, "body": 42}),
        json.dumps(["not", "an", "object"]),
    ]
    fields = Fields(text="body", id="key", published="date")
    got = items(tmp_path, "feed.jsonl", "\n".join(lines) + "\n", fields=fields)
    where = str(tmp_path / "feed.jsonl")
    assert [i.id for i in got] == ["k1", f"{where}:3", f"{where}:4", "7", f"{where}:6"]
    assert got[0].text == WIRE and got[0].published == "2024-03-03"
    assert got[1].error is not None and got[1].error[0] == "invalid_json"
    assert got[2].text == "PARIS (AFP) - A second story." and got[2].published is None
    assert got[3].error is not None and got[3].error[0] == "missing_text"
    assert got[4].error is not None and got[4].error[0] == "invalid_record"
    assert all(i.path == where for i in got)


def test_jsonl_bad_line_encoding(tmp_path: Path) -> None:
    data = b'{"text": "caf\xe9"}\n{"text": "fine"}\n'
    got = items(tmp_path, "feed.jsonl", data)
    assert got[0].error is not None and got[0].error[0] == "bad_encoding"
    assert got[1].text == "fine"


def test_json_object_and_array(tmp_path: Path) -> None:
    (one,) = items(tmp_path, "one.json", json.dumps({"id": "x", "text": WIRE}))
    assert one.id == "x" and one.text == WIRE
    many = items(tmp_path, "many.json", json.dumps([{"text": "A b."}, {"text": "C d."}]))
    assert [i.id.rsplit(":", 1)[1] for i in many] == ["1", "2"]
    (bad,) = items(tmp_path, "bad.json", "[{")
    assert bad.error is not None and bad.error[0] == "invalid_json"
    for name, data in [("none.json", "[]"), ("blank.jsonl", "\n\n"), ("msg.xml", "<newsMessage/>")]:
        (none,) = items(tmp_path, name, data)
        assert none.error == ("empty", f"{tmp_path / name}: no articles")


@pytest.mark.parametrize("name", ["a.txt.gz", "feed.jsonl.gz", "one.json.gz"])
def test_gzip_of_each_format(tmp_path: Path, name: str) -> None:
    payload = WIRE if name.startswith("a.") else json.dumps({"id": "g", "text": WIRE})
    (item,) = items(tmp_path, name, gzip.compress(payload.encode()))
    assert item.text == WIRE


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    bomb = gzip.compress(b"a" * 5_000_000)  # 5 MB from about 5 KB
    assert len(bomb) < 20_000
    (item,) = items(tmp_path, "bomb.txt.gz", bomb, max_bytes=1_000_000)
    assert item.error is not None and item.error[0] == "too_large"


def test_long_jsonl_line_is_capped_and_skipped(tmp_path: Path) -> None:
    data = json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "ok"}) + "\n"
    got = items(tmp_path, "feed.jsonl.gz", gzip.compress(data.encode()), max_bytes=1000)
    assert [i.error[0] if i.error else i.text for i in got] == ["too_large", "ok"]


def test_broken_gzip(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "a.txt.gz", b"\x1f\x8b\x08\x00 not really gzip")
    assert item.error is not None and item.error[0] == "unreadable"


def test_nitf(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "story.xml", NITF)
    assert item.id == "ntb-2024-0042" and item.title == "Ships queue outside Oslo"
    assert item.published == "20240304T091500Z"
    assert item.text == (
        "OSLO, March 3 - The harbour authority said on Monday that 40 ships were waiting."
        "\n\nPilots expect the queue to clear by Friday."
    )


def test_newsml_g2(tmp_path: Path) -> None:
    (item,) = items(tmp_path, "item.xml", NEWSML)
    assert item.id == "urn:newsml:example.org:20240305:77" and item.title == "Fish prices climb"
    assert item.published == "2024-03-05T07:00:00+01:00"
    assert item.text == "Bergen - Salmon prices rose 4 percent in the first week of March."


def test_newsml_message_with_two_items(tmp_path: Path) -> None:
    inner = NEWSML.split("?>", 1)[1]
    second = inner.replace(":77", ":78").replace("Salmon", "Cod")
    message = (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        f"{inner}{second}</itemSet></newsMessage>"
    )
    got = items(tmp_path, "msg.xml", message)
    assert [i.id[-2:] for i in got] == ["77", "78"] and "Cod" in (got[1].text or "")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (BOMB, "unsafe_xml"),
        ("<nitf><body>", "invalid_xml"),
        ("<rss><channel/></rss>", "unsupported_xml"),
        ("<nitf><body><body.content></body.content></body></nitf>", "empty"),
    ],
    ids=["entity-bomb", "broken", "rss", "no-body"],
)
def test_bad_xml(tmp_path: Path, data: str, kind: str) -> None:
    (item,) = items(tmp_path, "x.xml", data)
    assert item.error is not None and item.error[0] == kind


def test_html_through_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")  # the html extra
    html = (
        "<html><head><title>Ferry strike</title>"
        '<meta property="article:published_time" content="2024-03-06T10:00:00Z"></head>'
        "<body><nav>Home | Sport | Weather</nav><article><h1>Ferry strike</h1>"
        f"<p>{WIRE} The crews walked out at dawn after talks failed overnight.</p>"
        "<p>Union leaders said the strike would last at least two days.</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    (item,) = items(tmp_path, "page.html", html)
    assert item.text is not None and item.text.startswith("OSLO, March 3")
    assert "Home | Sport" not in item.text and item.published == "2024-03-06"


def test_folders_recursive_sorted_glob_and_hidden(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", "b/.x.txt", "c.md"]:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.", encoding="utf-8")
    names = [
        Path(i.path).relative_to(tmp_path / "in").as_posix()
        for i in read_items([str(tmp_path / "in")])
    ]
    assert names == ["a.txt", "b/1.txt", "b/2.txt", "c.md"]
    only = list(read_items([str(tmp_path / "in")], glob="*.txt"))
    assert len(only) == 3


def test_positions_grow_for_the_progress_bar(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(50))
    got = items(tmp_path, "feed.jsonl", lines)
    assert [i.pos for i in got] == sorted(i.pos for i in got) and got[-1].pos == len(lines)


def test_item_from_json_and_lines() -> None:
    assert item_from_json({"text": "x", "id": ""}, "f:1", "f").id == "f:1"
    got = list(items_from_lines(['{"text": "a"}', "", "oops", '{"text": "b", "id": 9}'], "f"))
    assert [(i.id, i.error[0] if i.error else i.text) for i in got] == [
        ("f:1", "a"),
        ("f:3", "invalid_json"),
        ("9", "b"),
    ]

"""Turn files, folders and feeds into articles for ``newsfacts batch`` and the Dask recipe.

Every input yields :class:`Item` records, one per article it holds: either the text (with
its id, path and ``published``) or an error that says why it could not be read. Nothing is
dropped silently, so a batch writes exactly one output record per input article.

Formats are chosen by suffix, after a ``.gz``: ``.jsonl``/``.ndjson`` (one object per line),
``.json`` (one object or an array of them), ``.xml`` (NITF or NewsML-G2), ``.html``/``.htm``
(through trafilatura, the ``html`` extra), anything else plain text. XML is parsed with
``defusedxml`` (no external entities, no entity expansion), and every document or line read
into memory is capped at ``max_bytes``, also after decompression (no gzip bombs).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from io import BufferedIOBase
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "DEFAULT_FIELDS",
    "DEFAULT_MAX_BYTES",
    "Fields",
    "Item",
    "item_from_json",
    "items_from_lines",
    "iter_files",
    "read_items",
    "with_published",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_JSONL = {".jsonl", ".ndjson"}
_XML = {".xml", ".nitf", ".newsml"}
_HTML = {".html", ".htm"}
_SNIFF = 8192  # bytes looked at for NUL bytes, the mark of a binary file


@dataclass(frozen=True, slots=True)
class Fields:
    """Which keys of a JSON record hold the text, the id and the publication date."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


DEFAULT_FIELDS = Fields()


@dataclass(frozen=True, slots=True)
class Item:
    """One input article: its text, or the error that kept it from being read.

    ``error`` is ``(type, message)``; ``pos`` is how many bytes of the whole input had been
    read when this item was produced (for the progress bar's ETA).
    """

    id: str
    path: str
    text: str | None = None
    published: str | None = None
    title: str | None = None
    error: tuple[str, str] | None = None
    pos: int = 0


class _Fail(Exception):
    """An input that cannot be read; becomes an error item, never escapes this module."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def with_published(item: Item, published: str | None) -> Item:
    """The item with ``published`` as its date when it carries none of its own."""
    if item.published is not None or published is None or item.error is not None:
        return item
    return replace(item, published=published)


def iter_files(
    inputs: Sequence[str], glob: str = "*", exclude: str | None = None
) -> Iterator[Path]:
    """Files named, and files under folders (recursively, sorted, hidden ones skipped).

    ``exclude`` (the output file) is never taken from a folder, so a run never reads itself.
    """
    skip = Path(exclude).resolve() if exclude and exclude != "-" else None
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            for found in sorted(path.rglob(glob)):
                rel = found.relative_to(path).parts
                hidden = any(part.startswith(".") for part in rel)
                if found.is_file() and not hidden and found.resolve() != skip:
                    yield found
        else:
            yield path  # missing files become error items when read


def read_items(
    inputs: Sequence[str],
    *,
    glob: str = "*",
    fields: Fields = DEFAULT_FIELDS,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: str | None = None,
) -> Iterator[Item]:
    """Every article of every input, in input order (files, then folder contents, sorted).

    A file that holds no article at all (`[]`, blank lines) gives an ``empty`` error item.
    """
    done = 0
    for path in iter_files(inputs, glob, exclude):
        size = _size(path)
        found = False
        for item in _read_file(path, fields, encoding, max_bytes):
            found = True
            yield replace(item, pos=done + min(item.pos, size))
        done += size
        if not found:
            yield Item(str(path), str(path), error=("empty", f"{path}: no articles"), pos=done)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_file(path: Path, fields: Fields, encoding: str, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    packed = suffixes[-1:] == [".gz"]
    kind = "".join(suffixes[-2:-1] if packed else suffixes[-1:])  # the suffix before .gz
    try:
        with path.open("rb") as raw:
            stream: BufferedIOBase = gzip.GzipFile(fileobj=raw, mode="rb") if packed else raw
            if kind in _JSONL:
                yield from _jsonl(stream, raw, name, fields, encoding, max_bytes)
                return
            data = _read_capped(stream, max_bytes, name)
    except _Fail as exc:
        yield Item(name, name, error=(exc.kind, str(exc)))
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield Item(name, name, error=("unreadable", f"{name}: {_reason(exc)}"))
        return
    try:
        if kind == ".json":
            yield from _json(data, name, fields, encoding)
        elif kind in _XML:
            yield from _xml(data, name)
        elif kind in _HTML:
            yield _html(data, name)
        else:
            yield Item(name, name, text=_decode(data, name, encoding))
    except _Fail as exc:
        yield Item(name, name, error=(exc.kind, str(exc)))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read ({exc.strerror})"
    return f"cannot read ({exc})"  # a corrupt or truncated gzip


def _read_capped(stream: BufferedIOBase, max_bytes: int, name: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _Fail("too_large", f"{name}: over {max_bytes:,} bytes (--max-bytes), decompressed")
    return data


def _decode(data: bytes, where: str, encoding: str) -> str:
    """Text of a document, refusing binary data and undecodable bytes with a clear message."""
    if b"\x00" in data[:_SNIFF]:
        raise _Fail("binary", f"{where}: binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig" if encoding.lower() in {"utf-8", "utf8"} else encoding)
    except UnicodeDecodeError as exc:
        raise _Fail(
            "bad_encoding",
            f"{where}: not valid {encoding} (byte {exc.start}); give --encoding, e.g. latin-1",
        ) from None
    if not text.strip():
        raise _Fail("empty", f"{where}: empty text")
    return text


def _jsonl(
    stream: BufferedIOBase,
    raw: BufferedIOBase,
    name: str,
    fields: Fields,
    encoding: str,
    max_bytes: int,
) -> Iterator[Item]:
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{name}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield Item(where, name, error=("too_large", f"{where}: line over {max_bytes:,} bytes"))
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(max_bytes + 1)
            continue
        if not line.strip():
            continue
        yield replace(_line_item(line, where, name, fields, encoding), pos=raw.tell())


def _line_item(line: bytes, where: str, path: str, fields: Fields, encoding: str) -> Item:
    """The item of one JSONL line: its record, or why it has none."""
    try:
        value = json.loads(_decode(line, where, encoding))
    except _Fail as exc:
        return Item(where, path, error=(exc.kind, str(exc)))
    except json.JSONDecodeError as exc:
        return Item(where, path, error=("invalid_json", f"{where}: invalid JSON ({exc.msg})"))
    return item_from_json(value, where, path, fields)


def _json(data: bytes, name: str, fields: Fields, encoding: str) -> Iterator[Item]:
    try:
        value = json.loads(_decode(data, name, encoding))
    except json.JSONDecodeError as exc:
        raise _Fail(
            "invalid_json", f"{name}: invalid JSON ({exc.msg}, line {exc.lineno})"
        ) from None
    if isinstance(value, list):
        for i, record in enumerate(value, 1):
            yield item_from_json(record, f"{name}:{i}", name, fields)
    else:
        yield item_from_json(value, name, name, fields)


def item_from_json(value: object, where: str, path: str, fields: Fields = DEFAULT_FIELDS) -> Item:
    """An item from one decoded JSON record; ``where`` is its id when the record has none."""
    if not isinstance(value, dict):
        return Item(where, path, error=("invalid_record", f"{where}: not a JSON object"))
    ident = value.get(fields.id)
    item_id = where if ident is None or ident == "" else str(ident)
    text = value.get(fields.text)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}"
        message = f"{where}: field {fields.text!r} is {found}, not text"
        return Item(item_id, path, error=("missing_text", message))
    if not text.strip():
        return Item(item_id, path, error=("empty", f"{where}: empty text"))
    published = value.get(fields.published)
    return Item(item_id, path, text=text, published=None if published is None else str(published))


# --- agency XML ------------------------------------------------------------------------------


class _Parse(Protocol):
    def __call__(self, text: bytes, forbid_dtd: bool = ...) -> Element: ...


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _first(root: Element, name: str) -> Element | None:
    return next((e for e in root.iter() if _local(e.tag) == name), None)


def _all(root: Element, name: str) -> Iterator[Element]:
    return (e for e in root.iter() if _local(e.tag) == name)


def _text_of(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _paragraphs(body: Element | None) -> str:
    """Body text: one paragraph per ``<p>``, blank lines between, whitespace tidied."""
    if body is None:
        return ""
    paras = [t for t in (_text_of(p) for p in _all(body, "p")) if t]
    return "\n\n".join(paras) if paras else _text_of(body)


def _xml(data: bytes, name: str) -> Iterator[Item]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    parse: _Parse = fromstring
    try:
        root = parse(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise _Fail("unsafe_xml", f"{name}: refused XML ({type(exc).__name__})") from None
    except Exception as exc:  # ParseError and the expat errors it wraps
        raise _Fail("invalid_xml", f"{name}: invalid XML ({exc})") from None
    kind = _local(root.tag)
    if kind == "nitf":
        yield _nitf(root, name)
    elif kind in {"newsItem", "newsMessage"}:
        items = [root] if kind == "newsItem" else list(_all(root, "newsItem"))
        for i, item in enumerate(items, 1):
            yield _newsml(item, name if len(items) == 1 else f"{name}:{i}", name)
    else:
        raise _Fail("unsupported_xml", f"{name}: <{kind}> is neither NITF nor NewsML-G2")


def _article(item_id: str, path: str, dateline: str, body: str, **meta: str | None) -> Item:
    """The wire text (dateline, dash, body), so the dateline stage reads it as printed."""
    if not body.strip():
        return Item(item_id, path, error=("empty", f"{item_id}: no body text"))
    text = f"{dateline} - {body}" if dateline and not body.startswith(dateline) else body
    return Item(item_id, path, text=text, published=meta["published"], title=meta["title"])


def _nitf(root: Element, path: str) -> Item:
    doc_id = _first(root, "doc-id")
    item_id = (doc_id.get("id-string") if doc_id is not None else None) or path
    published = next(
        (
            e.get("norm")
            for name in ("date.issue", "story.date", "date.release")
            for e in _all(root, name)
            if e.get("norm")
        ),
        None,
    )
    return _article(
        item_id,
        path,
        _text_of(_first(root, "dateline")),
        _paragraphs(_first(root, "body.content")),
        published=published,
        title=_text_of(_first(root, "hl1")) or None,
    )


def _newsml(item: Element, item_id: str, path: str) -> Item:
    dateline = _text_of(_first(item, "dateline"))
    if not dateline:
        located = _first(item, "located")
        dateline = _text_of(_first(located, "name")) if located is not None else ""
    created = _first(item, "firstCreated")
    return _article(
        item.get("guid") or item_id,
        path,
        dateline,
        _paragraphs(_first(item, "body") or _first(item, "inlineXML")),
        published=_text_of(created) or None,
        title=_text_of(_first(item, "headline")) or None,
    )


# --- HTML (optional extra) --------------------------------------------------------------------


def _html(data: bytes, name: str) -> Item:
    try:
        from trafilatura import bare_extraction
    except ImportError:
        raise _Fail(
            "missing_dependency",
            f"{name}: HTML needs the html extra: pip install 'newsfacts[html]'",
        ) from None
    document = bare_extraction(data, with_metadata=True, include_comments=False)
    found: dict[str, Any] = (
        document if isinstance(document, dict) else document.as_dict() if document else {}
    )
    text = str(found.get("text") or "")
    title = found.get("title") or None
    lines = text.split("\n", 1)
    if title and len(lines) == 2 and lines[0].strip() == title.strip():
        text = lines[1]  # trafilatura repeats the headline as the first line
    if not text.strip():
        return Item(name, name, error=("empty", f"{name}: no article text found in the HTML"))
    date = found.get("date")
    return Item(name, name, text=text, published=date or None, title=title)


def items_from_lines(
    lines: Iterable[str], path: str, fields: Fields = DEFAULT_FIELDS
) -> Iterator[Item]:
    """Items of the JSONL lines of one file, ids ``path:line`` when a record has none (Dask).

    Lines decoded with ``errors="surrogateescape"`` keep their undecodable bytes, which give
    ``bad_encoding`` records as in ``newsfacts batch``.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        line_bytes = line.encode("utf-8", "surrogateescape")
        yield _line_item(line_bytes, f"{path}:{number}", path, fields, "utf-8")

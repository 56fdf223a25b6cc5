"""Many articles at once: a bounded process pool, ordered output, and no article lost.

:func:`extract_many` is the Python API; :func:`run` is ``newsfacts batch``. Both send chunks
of articles to worker processes and keep only a few chunks in flight, so memory stays flat
on archives of any size. Workers run a picklable :class:`Extractor`; the stages' resources
are cached per process, so each worker loads them once. Every input article gives exactly
one :class:`Result`: the extraction, or an error record saying why there is none.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from newsfacts.errors import InputTooLargeError
from newsfacts.jsontext import dumps, model_json
from newsfacts.model import Article
from newsfacts.pipeline import PublishedLike, coerce_published, extract, extract_each
from newsfacts.readers import (
    DEFAULT_MAX_BYTES,
    Fields,
    Item,
    iter_files,
    read_items,
    with_published,
)
from newsfacts.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

__all__ = [
    "FACT_COLUMNS",
    "FACT_KINDS",
    "BatchOptions",
    "Extractor",
    "Result",
    "Summary",
    "default_workers",
    "extract_many",
    "fact_rows",
    "output_format",
    "pool_map",
    "run",
    "write_facts_parquet",
]

T = TypeVar("T")
R = TypeVar("R")
OutputFormat = Literal["jsonl", "json", "csv", "parquet"]

# Fact kinds counted in the summary, in the order they are reported.
FACT_KINDS = (
    "dateline",
    "attributions",
    "participants",
    "quantities",
    "times",
    "events",
    "statements",
)

# Columns of the flat facts table (CSV / Parquet): one row per fact, or per participant mention.
FACT_COLUMNS: dict[str, type] = {
    "article_id": str,
    "kind": str,
    "type": str,
    "start": int,
    "end": int,
    "text": str,
    "value": str,
    "number": float,
    "number_max": float,
    "qualifier": str,
    "unit": str,
    "country": str,
    "date": str,
    "date_end": str,
    "participant_id": str,
    "rule": str,
}


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- the work done in each worker ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """One output record as a JSON line, the facts it holds per kind, and its error type."""

    id: str
    line: str
    counts: tuple[tuple[str, int], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Extractor:
    """Extracts a chunk of items; picklable, so it can be sent to process pools and Dask."""

    settings: Settings = DEFAULT_SETTINGS

    def __call__(self, items: Sequence[Item]) -> list[Result]:
        """The output records of a chunk (stage by stage: ``pipeline.extract_each``);
        failures become error records, never exceptions."""
        readable = [item for item in items if item.error is None]
        articles = iter(
            extract_each([(i.text or "", i.published) for i in readable], settings=self.settings)
        )
        return [
            _result(item, next(articles)) if item.error is None else error_result(item, *item.error)
            for item in items
        ]


def _result(item: Item, article: Article | Exception) -> Result:
    """The output record of a readable item: its extraction or the error it raised."""
    if isinstance(article, InputTooLargeError):
        return error_result(item, "too_large", f"{item.id}: {article}")
    if isinstance(article, ValueError):  # an unreadable published date
        return error_result(item, "invalid_published", f"{item.id}: {article}")
    if isinstance(article, Exception):  # a bug must cost one record, not the whole batch
        return error_result(
            item, "extraction_failed", f"{item.id}: {type(article).__name__}: {article}"
        )
    head = {"id": item.id, "path": item.path} | ({"title": item.title} if item.title else {})
    line = dumps(head)[:-1] + "," + model_json(article)[1:]
    return Result(item.id, line, _counts(article))


def error_result(item: Item, kind: str, message: str) -> Result:
    """The error record ``{"id", "path", "error": {"type", "message"}}`` of an item."""
    record = {"id": item.id, "path": item.path, "error": {"type": kind, "message": message}}
    return Result(item.id, dumps(record), error=kind)


def _counts(article: Article) -> tuple[tuple[str, int], ...]:
    sizes = {  # in the order of FACT_KINDS
        "dateline": int(article.dateline is not None),
        "attributions": len(article.source.attributions),
        "participants": len(article.participants),
        "quantities": len(article.quantities),
        "times": len(article.times),
        "events": len(article.events),
        "statements": len(article.statements),
    }
    return tuple(sizes.items())


# --- the pool ---------------------------------------------------------------------------------


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _fork_context() -> BaseContext | None:
    """On Linux, fork after loading the stages' resources here, so workers share them.

    Loading takes seconds; forked workers start with it done (copy-on-write). Elsewhere,
    the platform's default start method, and each worker loads them once.
    """
    if sys.platform != "linux":
        return None
    import multiprocessing

    extract("LONDON, Jan 2 (Reuters) - Shares rose 3 pct on Monday, he said.")
    return multiprocessing.get_context("fork")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def pool_map(
    fn: Callable[[list[T]], list[R]],
    chunks: Iterable[list[T]],
    workers: int,
    *,
    ordered: bool = True,
) -> Generator[list[R], None, None]:
    """``fn`` over chunks in ``workers`` processes (in this one for 1), few chunks in flight.

    Closing the generator early (fail-fast, Ctrl-C) cancels the chunks not yet started.
    """
    if workers <= 1:
        yield from map(fn, chunks)
        return
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pool = ProcessPoolExecutor(workers, _fork_context(), initializer=_ignore_sigint)
    ahead = 4 * workers
    source = iter(chunks)
    try:
        if ordered:
            queue: deque[Future[list[R]]] = deque(pool.submit(fn, c) for c in islice(source, ahead))
            while queue:
                done = queue.popleft().result()
                queue.extend(pool.submit(fn, c) for c in islice(source, 1))
                yield done
        else:
            running = {pool.submit(fn, c) for c in islice(source, ahead)}
            while running:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                running |= {pool.submit(fn, c) for c in islice(source, len(finished))}
                for future in finished:
                    yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- Python API -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ArticleJob:
    settings: Settings
    published: PublishedLike

    def __call__(self, texts: list[tuple[str, PublishedLike]]) -> list[Article | Exception]:
        pairs = [(text, published or self.published) for text, published in texts]
        return extract_each(pairs, settings=self.settings)


def _text_and_date(value: str | Mapping[str, Any]) -> tuple[str, PublishedLike]:
    if isinstance(value, Mapping):
        return value["text"], value.get("published")
    return value, None


def extract_many(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    workers: int = 1,
    published: PublishedLike = None,
    settings: Settings = DEFAULT_SETTINGS,
    chunk_size: int = 64,
) -> Iterator[Article]:
    """:func:`newsfacts.extract` over many texts, in ``workers`` processes, yielding in order.

    Items are strings or mappings with ``text`` and optionally ``published`` (which wins
    over the ``published`` given here for all). An article that fails raises its error
    when its turn comes, as ``extract`` would have.
    """
    coerce_published(published)  # a bad date fails here, not once per article
    job = _ArticleJob(settings, published)
    pairs = (_text_and_date(t) for t in texts)
    for chunk in pool_map(job, chunked(pairs, chunk_size), workers):
        for result in chunk:
            if isinstance(result, Exception):
                raise result
            yield result


# --- output -----------------------------------------------------------------------------------


def fact_rows(record: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Rows of the flat facts table for one output record (see :data:`FACT_COLUMNS`)."""

    def row(kind: str, span: Mapping[str, Any] | None, **values: Any) -> dict[str, Any]:
        base: dict[str, Any] = dict.fromkeys(FACT_COLUMNS)
        base.update(article_id=record["id"], kind=kind)
        if span is not None:
            base.update(start=span["start"], end=span["end"], text=span["text"])
        base.update(values)
        return base

    if "error" in record:
        error = record["error"]
        yield row("error", None, type=error["type"], value=error["message"])
        return
    d = record.get("dateline")
    if d:
        yield row(
            "dateline", d["span"], type=d.get("agency"), value=d.get("location"),
            country=d.get("country"), date=d.get("date"), rule=d.get("rule"),
        )  # fmt: skip
    for a in record["source"]["attributions"]:
        yield row(
            "attribution", a["span"], type=a["cue"], value=a["source"],
            participant_id=a.get("participant_id"), rule=a.get("rule"),
        )  # fmt: skip
    for p in record["participants"]:
        for mention in p["mentions"]:
            yield row(
                "participant", mention, type=p["kind"], value=p["name"],
                country=p.get("country"), participant_id=p["id"], rule=p.get("rule"),
            )  # fmt: skip
    for q in record["quantities"]:
        yield row(
            "quantity", q["span"], type=q["kind"], value=q.get("counted"), number=q["value"],
            number_max=q.get("value_max"), qualifier=q["qualifier"], unit=q.get("unit"),
            rule=q.get("rule"),
        )  # fmt: skip
    for t in record["times"]:
        yield row(
            "time", t["span"], type=t["type"], value=t["value"], date=t.get("start"),
            date_end=t.get("end"), rule=t.get("rule"),
        )  # fmt: skip
    for e in record["events"]:
        yield row(
            "event", e["span"], type=e["type"], value=e.get("name"), date=e.get("start"),
            date_end=e.get("end"), participant_id=e.get("location_id"), rule=e.get("rule"),
        )  # fmt: skip
    for s in record["statements"]:
        yield row(
            "statement", s["span"], type=s["cue"], value=s["content"]["text"],
            participant_id=s.get("speaker_id"), qualifier="direct" if s["direct"] else "reported",
            rule=s.get("rule"),
        )  # fmt: skip


class Writer(Protocol):
    def write(self, results: Sequence[Result]) -> None: ...

    def close(self) -> None: ...


class _JsonlWriter:
    """Whole lines, flushed per chunk, so an interrupted run leaves no half-written record."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, results: Sequence[Result]) -> None:
        self.out.write("".join(r.line + "\n" for r in results))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class _JsonArrayWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.first = True

    def write(self, results: Sequence[Result]) -> None:
        for r in results:
            self.out.write(("[\n" if self.first else ",\n") + r.line)
            self.first = False
        self.out.flush()

    def close(self) -> None:
        self.out.write("[]\n" if self.first else "\n]\n")
        self.out.flush()


class _CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        import csv

        self.out = out
        self.csv = csv.DictWriter(out, fieldnames=list(FACT_COLUMNS), lineterminator="\n")
        self.csv.writeheader()

    def write(self, results: Sequence[Result]) -> None:
        for r in results:
            self.csv.writerows(fact_rows(json.loads(r.line)))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in FACT_COLUMNS.items()])


def write_facts_parquet(rows: Sequence[Mapping[str, Any]], path: str | Path) -> None:
    """Write fact rows to one Parquet file (needs pyarrow: the ``parquet`` extra)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(list(rows), schema=_arrow_schema()), str(path))


class _ParquetWriter:
    """Row groups of fact rows, written as they fill."""

    GROUP = 50_000

    def __init__(self, path: str) -> None:
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(path, _arrow_schema())
        self.rows: list[dict[str, Any]] = []

    def write(self, results: Sequence[Result]) -> None:
        for r in results:
            self.rows.extend(fact_rows(json.loads(r.line)))
        if len(self.rows) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.writer.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def done_keys(path: Path) -> set[tuple[str, str]]:
    """(path, id) of the records already in a JSONL output; a half-written last line is cut."""
    keys: set[tuple[str, str]] = set()
    good = 0
    with path.open("rb+") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
                keys.add((str(record["path"]), str(record["id"])))
            except (ValueError, KeyError, TypeError):
                break
            good += len(line)
        f.truncate(good)
    return keys


# --- newsfacts batch --------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchOptions:
    """Everything ``newsfacts batch`` was asked to do."""

    inputs: Sequence[str]
    output: str = "-"
    format: OutputFormat = "jsonl"
    glob: str = "*"
    fields: Fields = field(default_factory=Fields)
    encoding: str = "utf-8"
    published: str | None = None
    workers: int = 1
    chunk_size: int = 64
    ordered: bool = True
    resume: bool = False
    fail_fast: bool = False
    progress: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    settings: Settings = DEFAULT_SETTINGS


@dataclass
class Summary:
    """What a batch run did, for the closing report and the exit code."""

    articles: int = 0
    skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False
    stopped: bool = False  # by --fail-fast

    def report(self) -> str:
        """One paragraph for stderr."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        errors = ", ".join(f"{kind} {n:,}" for kind, n in sorted(self.errors.items()))
        parts = [
            f"{self.articles:,} articles in {self.seconds:.1f} s ({rate:,.1f}/s)",
            f"{self.errors.total():,} errors" + (f" ({errors})" if errors else ""),
        ]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already in the output)")
        facts = ", ".join(f"{kind} {self.facts[kind]:,}" for kind in FACT_KINDS)
        state = " (interrupted)" if self.interrupted else ""
        state += " (stopped at the first error)" if self.stopped else ""
        return "; ".join(parts) + f"{state}\nfacts: {facts}"


class _Progress:
    """A one-line progress display on a terminal: articles, articles/s, share done, ETA."""

    def __init__(self, total_bytes: int, out: IO[str] | None) -> None:
        self.total = max(total_bytes, 1)
        self.out = out
        self.start = self.last = time.perf_counter()

    def update(self, articles: int, pos: int, force: bool = False) -> None:
        now = time.perf_counter()
        if self.out is None or (now - self.last < 0.25 and not force):
            return
        self.last = now
        elapsed = now - self.start
        share = min(pos / self.total, 1.0)
        eta = elapsed * (1 - share) / share if share > 0 else 0.0
        minutes, seconds = divmod(int(eta), 60)
        self.out.write(
            f"\r{articles:,} articles  {articles / max(elapsed, 1e-9):,.0f}/s  "
            f"{share:.0%}  ETA {minutes // 60}:{minutes % 60:02d}:{seconds:02d} "
        )
        self.out.flush()

    def close(self) -> None:
        if self.out is not None:
            self.out.write("\n")


def _open_writer(options: BatchOptions, append: bool) -> tuple[Writer, IO[str] | None]:
    if options.format == "parquet":
        return _ParquetWriter(options.output), None
    out: IO[str] = (
        sys.stdout
        if options.output == "-"
        else open(options.output, "a" if append else "w", encoding="utf-8", newline="")  # noqa: SIM115
    )
    writers: dict[str, Callable[[IO[str]], Writer]] = {
        "jsonl": _JsonlWriter,
        "json": _JsonArrayWriter,
        "csv": _CsvWriter,
    }
    return writers[options.format](out), None if out is sys.stdout else out


def output_format(path: str) -> OutputFormat:
    """The output format a file name asks for: by suffix, JSONL when in doubt."""
    suffix = Path(path).suffix.lower()
    formats: dict[str, OutputFormat] = {".json": "json", ".csv": "csv", ".parquet": "parquet"}
    return formats.get(suffix, "jsonl")


def _check(options: BatchOptions) -> None:
    if options.workers < 1 or options.chunk_size < 1 or options.max_bytes < 1:
        raise ValueError("--workers, --chunk-size and --max-bytes must be positive")
    try:
        codecs.lookup(options.encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {options.encoding!r}") from None
    if options.resume and (options.format != "jsonl" or options.output == "-"):
        raise ValueError("--resume needs a JSONL output file (-o OUT.jsonl)")
    if options.format == "parquet":
        if options.output == "-":
            raise ValueError("Parquet output needs a file (-o OUT.parquet)")
        if find_spec("pyarrow") is None:
            raise ValueError("Parquet output needs pyarrow: pip install 'newsfacts[parquet]'")


def run(options: BatchOptions, progress_out: IO[str] | None = None) -> Summary:
    """Run a batch: read every input, extract in parallel, write one record per article.

    Raises ValueError for options that cannot work (``--resume`` needs a JSONL file).
    Ctrl-C stops after the records already written; the summary says so.
    """
    _check(options)
    output = Path(options.output)
    seen = done_keys(output) if options.resume and output.exists() else set()
    summary = Summary()
    started = time.perf_counter()
    total = sum(
        p.stat().st_size
        for p in iter_files(options.inputs, options.glob, options.output)
        if p.is_file()
    )
    progress = _Progress(total, progress_out if options.progress else None)
    extractor = Extractor(options.settings)
    last_pos = 0

    def todo() -> Iterator[Item]:
        nonlocal last_pos
        for item in read_items(
            options.inputs,
            glob=options.glob,
            fields=options.fields,
            encoding=options.encoding,
            max_bytes=options.max_bytes,
            exclude=options.output,
        ):
            last_pos = item.pos
            if (item.path, item.id) in seen:
                summary.skipped += 1
            else:
                yield with_published(item, options.published)

    writer, handle = _open_writer(options, append=bool(seen))
    results = pool_map(
        extractor,
        chunked(todo(), options.chunk_size),
        options.workers,
        ordered=options.ordered,
    )
    try:
        for chunk in results:
            if options.fail_fast and any(r.error for r in chunk):
                chunk = chunk[: next(i for i, r in enumerate(chunk) if r.error) + 1]
                summary.stopped = True
            writer.write(chunk)
            for r in chunk:
                summary.articles += 1
                if r.error:
                    summary.errors[r.error] += 1
                summary.facts.update(dict(r.counts))
            progress.update(summary.articles, last_pos)
            if summary.stopped:
                break
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        results.close()
        writer.close()
        if handle is not None:
            handle.close()
        progress.update(summary.articles, last_pos, force=True)
        progress.close()
    summary.seconds = time.perf_counter() - started
    return summary

"""The ``newsfacts`` command line.

Exit codes: 0 success; 1 an input could not be processed (missing file, undecodable
bytes, empty text, input too large; for ``batch``: any error record written); 2 bad
command-line usage; 130 ``batch`` interrupted by Ctrl-C (the records written are whole).
Errors are one line on stderr, prefixed with ``newsfacts:``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar

from newsfacts.batch import BatchOptions, default_workers, output_format, run
from newsfacts.errors import NewsfactsError
from newsfacts.jsontext import model_json
from newsfacts.model import Article
from newsfacts.pipeline import coerce_published, extract
from newsfacts.readers import DEFAULT_MAX_BYTES, Fields

T = TypeVar("T")

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class InputError(Exception):
    """An input the CLI cannot turn into text; reported as one line, exit code 1."""


def read_input(name: str) -> str:
    """Read a file (or ``-`` for stdin) as UTF-8 text, with one-line errors."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def render_text(article: Article, out: TextIO) -> None:
    """A summary a person can read: one line per fact, grouped by kind."""
    names = {p.id: p.name for p in article.participants}
    d = article.dateline
    if d:
        where = f"{d.location} ({d.country})" if d.country else str(d.location)
        out.write(f"Dateline     {where}, {d.date or 'no date'}, agency {d.agency or '-'}\n")
    if article.source.agency or article.source.attributions or article.source.byline:
        out.write(f"Source       agency {article.source.agency or '-'}\n")
        for by in article.source.byline:
            out.write(f"  byline     {by}\n")
        for a in article.source.attributions:
            out.write(f"  {a.cue:<10} {a.source}\n")
    if article.participants:
        out.write("Participants\n")
    for p in article.participants:
        extra = [f"country {p.country}"] if p.country else []
        if p.titles:
            extra.append("titles: " + "; ".join(p.titles))
        if p.organization_id:
            # labelled, else it reads as one more title (`...; Secretary General; of ISO`)
            extra.append(f"organization: {names.get(p.organization_id, p.organization_id)}")
        if p.aliases:
            extra.append("aka " + ", ".join(p.aliases))
        tail = f" ({'; '.join(extra)})" if extra else ""
        out.write(f"  {p.id:<4} {p.kind:<12} {p.name}{tail}, {len(p.mentions)} mention(s)\n")
    if article.quantities:
        out.write("Quantities\n")
    for q in article.quantities:
        value = f"{q.value:g}" + (f"-{q.value_max:g}" if q.value_max is not None else "")
        unit = f" {q.unit}" if q.unit else ""
        counted = f" [{q.counted}]" if q.counted else ""
        out.write(f"  {q.span.text!r:<28} {q.qualifier} {value}{unit} {q.kind}{counted}\n")
    if article.times:
        out.write("Times\n")
    for t in article.times:
        interval = f" {t.start} .. {t.end}" if t.start else ""
        out.write(f"  {t.span.text!r:<28} {t.type} {t.value}{interval}\n")
    if article.events:
        out.write("Events\n")
    for e in article.events:
        args = ", ".join(
            f"{a.role}={names.get(a.participant_id or '', a.text or a.participant_id)}"
            for a in e.arguments
        )
        when = (
            f" {e.start}" + (f"..{e.end}" if e.end and e.end != e.start else "") if e.start else ""
        )
        where = f" in {e.location}" if e.location else ""
        flags = (" negated" if e.negated else "") + (
            f" {e.modality}" if e.modality != "actual" else ""
        )
        label = e.name or e.span.text
        out.write(f"  {e.type:<12} {label!r} {args}{when}{where}{flags}\n")
    if article.statements:
        out.write("Statements\n")
    for s in article.statements:
        speaker = names.get(s.speaker_id or "", s.speaker or "?")
        quote = "direct" if s.direct else "reported"
        content = s.content.text if len(s.content.text) < 70 else s.content.text[:67] + "..."
        out.write(f"  {speaker} {s.cue} ({quote}): {content}\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        published = coerce_published(args.published)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    status = EXIT_OK
    results: list[dict[str, object]] = []
    for name in args.files:
        try:
            article = extract(read_input(name), published)
        except (InputError, NewsfactsError) as exc:
            status = _fail(str(exc) if isinstance(exc, InputError) else f"{name}: {exc}")
            continue
        if args.format == "json":
            results.append(article.model_dump(mode="json"))
        elif args.format == "ninjs":
            results.append(article.to_ninjs())
        elif args.format == "jsonl":
            sys.stdout.write(model_json(article) + "\n")
        else:
            if len(args.files) > 1:
                sys.stdout.write(f"== {name}\n")
            render_text(article, sys.stdout)
    if args.format in ("json", "ninjs") and results:
        payload = results[0] if len(args.files) == 1 else results
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return status


def _cmd_batch(args: argparse.Namespace) -> int:
    try:
        coerce_published(args.published)
        options = BatchOptions(
            inputs=args.inputs,
            output=args.output,
            format=args.format or output_format(args.output),
            glob=args.glob,
            fields=Fields(args.text_field, args.id_field, args.published_field),
            encoding=args.encoding,
            published=args.published,
            workers=args.workers or default_workers(),
            chunk_size=args.chunk_size,
            ordered=not args.unordered,
            resume=args.resume,
            fail_fast=args.fail_fast,
            progress=sys.stderr.isatty() and not args.quiet,
            max_bytes=args.max_bytes,
        )
        summary = run(options, progress_out=sys.stderr)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        return _fail(f"{exc.filename or args.output}: cannot write ({exc.strerror})")
    if not args.quiet:
        sys.stderr.write(f"newsfacts: {summary.report()}\n")
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_INPUT if summary.errors else EXIT_OK


def _on_file(args: argparse.Namespace, work: Callable[[str, datetime | None], T]) -> T | int:
    """``work(text, published)`` on ``args.file`` (show, render, explain), or the exit code
    of a one-line failure."""
    try:
        return work(read_input(args.file), coerce_published(args.published))
    except InputError as exc:
        return _fail(str(exc))
    except NewsfactsError as exc:  # before ValueError: InputTooLargeError is both
        return _fail(f"{args.file}: {exc}")
    except ValueError as exc:  # an unreadable --published
        return _fail(str(exc), EXIT_USAGE)


def _cmd_show(args: argparse.Namespace) -> int:
    from newsfacts.render import show

    article = _on_file(args, extract)
    if isinstance(article, int):
        return article
    try:
        show(article, color=args.color)
    except ImportError as exc:
        return _fail(str(exc))
    return EXIT_OK


def _cmd_render(args: argparse.Namespace) -> int:
    from newsfacts.render import to_html

    article = _on_file(args, extract)
    if isinstance(article, int):
        return article
    page = to_html(article, title=Path(args.file).name if args.file != "-" else "newsfacts")
    if args.output == "-":
        sys.stdout.write(page)
        return EXIT_OK
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc.strerror})")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    from newsfacts.explain import explain, format_explanation

    explanation = _on_file(args, explain)
    if isinstance(explanation, int):
        return explanation
    if args.format == "json":
        sys.stdout.write(explanation.model_dump_json(indent=2, exclude={"article"}) + "\n")
    else:
        sys.stdout.write(format_explanation(explanation))
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(Article.model_json_schema(), indent=2) + "\n")
    return EXIT_OK


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    sys.stderr.write(f"newsfacts: {message}\n")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts", description="Extract typed facts from wire news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract the facts of one or more articles")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--published", help="publication date (ISO 8601), the anchor for dates")
    p.add_argument("--format", choices=["json", "jsonl", "text", "ninjs"], default="json")
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("show", help="the article in the terminal, facts highlighted by kind")
    p.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--published", help="publication date (ISO 8601), the anchor for dates")
    p.add_argument(
        "--color", choices=["auto", "always", "never"], default="auto", help="colours on a pipe"
    )
    p.set_defaults(func=_cmd_show)
    p = sub.add_parser("render", help="a standalone HTML page with the facts highlighted")
    p.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--published", help="publication date (ISO 8601), the anchor for dates")
    p.add_argument("-o", "--output", default="-", help="HTML file to write (default: stdout)")
    p.set_defaults(func=_cmd_render)
    p = sub.add_parser("explain", help="each fact's rule and the candidates that lost to it")
    p.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--published", help="publication date (ISO 8601), the anchor for dates")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_cmd_explain)
    p = sub.add_parser("batch", help="extract many articles: files, folders, JSONL, XML, gzip")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files and folders (recursive)")
    p.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    p.add_argument(
        "--format",
        choices=["jsonl", "json", "csv", "parquet"],
        help="output format (default: from the output's suffix, else jsonl)",
    )
    p.add_argument("--glob", default="*", help="files to take from folders (default: all)")
    p.add_argument("--text-field", default="text", help="JSON key of the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSON key of the id (default: id)")
    p.add_argument("--published-field", default="published", help="JSON key of the date")
    p.add_argument("--published", help="publication date for inputs that carry none")
    p.add_argument("--encoding", default="utf-8", help="encoding of the inputs (default: utf-8)")
    p.add_argument("--workers", type=int, default=0, help="processes (default: all cores)")
    p.add_argument("--chunk-size", type=int, default=64, help="articles per task (default: 64)")
    p.add_argument("--unordered", action="store_true", help="write records as they finish")
    p.add_argument("--resume", action="store_true", help="skip ids already in the output")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first error")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="cap on one document or line"
    )
    p.set_defaults(func=_cmd_batch)
    p = sub.add_parser("schema", help="print the JSON schema of the Article record")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsfacts`` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    raise SystemExit(main())

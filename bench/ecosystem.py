"""Cost of the ecosystem views on the reference article, next to extraction itself.

Measures (median of N runs, one process): ``extract``, ``Article.to_ninjs``, ninjs
validation against the bundled IPTC schema (jsonschema, as the tests do), ``to_html``,
the rich terminal view (rendered to a null file), and ``explain`` (extract with tracing).
Usage: python bench/ecosystem.py [--runs N]
Prints a table and writes bench/results/ecosystem.md.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import jsonschema
from rich.console import Console

import newsfacts
from newsfacts.ninjs import schema
from newsfacts.render import show, to_html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "results" / "ecosystem.md"
TEXT = (ROOT / "fixtures" / "kazinform-iso.txt").read_text(encoding="utf-8")
PUBLISHED = "2023-06-15"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (resources, compiled patterns, schema)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    article = newsfacts.extract(TEXT, PUBLISHED)
    validator = jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    ninjs = article.to_ninjs()

    def terminal() -> None:
        show(article, Console(file=io.StringIO(), width=100, color_system="truecolor"))

    rows = [
        ("extract (reference)", median_ms(lambda: newsfacts.extract(TEXT, PUBLISHED), runs)),
        ("Article.to_ninjs", median_ms(article.to_ninjs, runs)),
        ("validate ninjs (jsonschema)", median_ms(lambda: validator.validate(ninjs), runs)),
        ("render.to_html", median_ms(lambda: to_html(article), runs)),
        ("render.show (rich, to a buffer)", median_ms(terminal, runs)),
        (
            "explain (extract with trace)",
            median_ms(lambda: newsfacts.explain(TEXT, PUBLISHED), runs),
        ),
    ]
    table = f"Reference article ({len(TEXT):,} chars), median of {runs} runs.\n\n"
    table += "| step | ms |\n|---|---|\n"
    table += "".join(f"| {name} | {ms:.2f} |\n" for name, ms in rows)
    print(table)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()

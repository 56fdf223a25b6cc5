"""Per-stage throughput on Reuters-21578 texts: CPU seconds and MB/s of each pipeline stage.

Each document goes through ``newsfacts.pipeline.STAGES`` in order, exactly as ``extract``
does; the CPU time (``time.process_time``, less sensitive than wall time to the other
processes on a shared machine) of sentence splitting + tokenizing and of each stage is
summed over the texts, with the cyclic garbage collector paused during each text as
``extract`` pauses it (left on, it added 8-12% that ``extract`` does not pay). Each pass
runs in a fresh process (so memoized lookups start cold, as in a real batch) and every
figure is the best of ``--repeat`` passes. ``--src DIR`` measures the package in DIR
instead of this tree's (a compiled copy: ``bench/compiled.py``); ``--baseline DIR``
also measures an older ``newsfacts`` package in DIR (e.g. ``git archive REV src | tar -x -C
/tmp/old`` then ``--baseline /tmp/old/src``), its passes interleaved with the current ones so
that both see the same load, and prints it as a "before" column. ``--profile`` prints the
25 costliest functions of ``extract`` (cProfile, 300 texts). MB is 10^6 characters.

Usage: python bench/stages.py [--limit N] [--repeat N] [--src DIR] [--baseline DIR] [--profile]
Prints a table and writes bench/results/stages.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578" / "articles.jsonl"
OUT = Path(__file__).parent / "results" / "stages.md"
SPLIT = "sentences+tokens"


def _texts(limit: int) -> list[tuple[str, str | None]]:
    out = []
    with REUTERS.open(encoding="utf-8") as f:
        for line in f:
            if len(out) >= limit:
                break
            d = json.loads(line)
            out.append((d["wire_text"], d.get("published")))
    return out


def _measure(texts: list[tuple[str, str | None]]) -> dict[str, float]:
    """CPU seconds per stage (and for the whole pass, ``total``) of one pass."""
    import newsfacts
    from newsfacts.document import Document
    from newsfacts.pipeline import STAGES, coerce_published

    newsfacts.extract(texts[0][0], texts[0][1])  # load resources and the gazetteer first
    spent = dict.fromkeys([SPLIT, *(name for name, _ in STAGES)], 0.0)
    start = time.process_time()
    for text, published in texts:
        gc.disable()  # as `extract` does while it reads one article (`pipeline`)
        doc = Document(text, coerce_published(published))
        t = time.process_time()
        doc.sentences, doc.tokens  # noqa: B018  (cached properties, computed here)
        spent[SPLIT] += time.process_time() - t
        for name, stage in STAGES:
            t = time.process_time()
            setattr(doc, name, stage(doc))
            spent[name] += time.process_time() - t
        gc.enable()
    spent["total"] = time.process_time() - start
    return spent


def _profile(texts: list[tuple[str, str | None]]) -> None:
    import cProfile
    import pstats

    import newsfacts

    newsfacts.extract(texts[0][0], texts[0][1])
    profiler = cProfile.Profile()
    profiler.enable()
    for text, published in texts[:300]:
        newsfacts.extract(text, published)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def _pass(src: str, limit: int) -> dict[str, float]:
    """One measured pass in a fresh process, importing ``newsfacts`` from ``src``."""
    env = dict(os.environ, PYTHONPATH=src)
    cmd = [sys.executable, __file__, "--limit", str(limit), "--json"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: min(run[k] for run in runs) for k in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1500, help="first N Reuters texts")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is kept")
    parser.add_argument("--src", default=str(ROOT / "src"), help="directory of the package")
    parser.add_argument("--baseline", help="directory holding an older newsfacts package")
    parser.add_argument("--profile", action="store_true", help="cProfile extract instead")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts = _texts(args.limit)
    if args.profile:
        _profile(texts)
        return
    if args.json:
        print(json.dumps(_measure(texts)))
        return
    before_runs, after_runs = [], []
    for _ in range(args.repeat):
        if args.baseline:
            before_runs.append(_pass(args.baseline, args.limit))
        after_runs.append(_pass(args.src, args.limit))
    after = _best(after_runs)
    before = _best(before_runs) if before_runs else None
    mb = sum(len(t) for t, _ in texts) / 1e6
    head = f"{len(texts)} Reuters-21578 texts, {mb:.2f} MB; CPU seconds, best of {args.repeat}"
    cols = "| stage | before s | before MB/s | after s | after MB/s | speed-up |"
    lines = [head, "", cols if before else "| stage | CPU s | MB/s |"]
    lines.append("|---" * (6 if before else 3) + "|")
    for name, secs in sorted(after.items(), key=lambda kv: (kv[0] == "total", -kv[1])):
        row = f"| {name} |"
        if before:
            old = before[name]
            row += f" {old:.3f} | {mb / old:.2f} |"
        row += f" {secs:.3f} | {mb / secs:.2f} |"
        if before:
            row += f" {before[name] / secs:.2f}x |"
        lines.append(row)
    table = "\n".join(lines)
    print(table)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(f"# Per-stage throughput (`bench/stages.py`)\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()

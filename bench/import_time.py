"""How long `import newsfacts` takes in a fresh interpreter (median of several runs).

Usage: python bench/import_time.py [--runs N]
Prints a table and writes bench/results/import_time.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).parent / "results" / "import_time.md"


def once() -> float:
    code = "import time; t=time.perf_counter(); import newsfacts; print(time.perf_counter()-t)"
    # Measure as users see it, with bytecode cached (this machine sets PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return float(
        subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
        ).stdout
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "src", quiet=1)
    runs = sorted(once() for _ in range(parser.parse_args().runs))
    table = (
        "| measure | seconds |\n|---|---|\n"
        f"| import newsfacts, median | {statistics.median(runs):.3f} |\n"
        f"| import newsfacts, best | {runs[0]:.3f} |\n"
    )
    print(table)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()

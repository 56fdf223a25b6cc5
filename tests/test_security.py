"""Static guard rails (issue 9): the library never evaluates input, unpickles, or opens sockets.

A source scan is crude but cheap; it keeps these out of the package for good.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsfacts"
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {
    "pickle",
    "marshal",
    "shelve",
    "socket",
    "urllib",
    "http",
    "requests",
    "ftplib",
}


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: p.name)
def test_no_eval_pickle_or_network(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Import):
            names = {a.name.split(".")[0] for a in node.names}
            assert not names & FORBIDDEN_MODULES, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in FORBIDDEN_MODULES, f"{path.name}:{node.lineno}"

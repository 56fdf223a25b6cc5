"""The committed evaluation tables are what the code gives now.

A behaviour change once went in without its evaluation being re-run, and the README kept a
TBAQ figure the code no longer reached for a whole session. The quick evaluation scripts
run here on their corpora and must reproduce their committed tables exactly: after a change
that moves a figure, re-run the script and commit its table with the README's figure.
(`eval/participants.py` is left out: its table holds spaCy's rows when spaCy is installed.)
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
QUICK = ["time", "quantities", "events", "datelines"]
SECONDS = re.compile(r"\b\d+(?:\.\d+)? s\b")  # a run's duration, the one figure that varies


def _figures(table: str) -> str:
    return SECONDS.sub("<n> s", table)


@pytest.mark.parametrize("name", QUICK)
def test_committed_table_is_current(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not CORPORA.is_dir():
        pytest.skip("the evaluation corpora (../shared/corpora) are not beside the repository")
    spec = importlib.util.spec_from_file_location(f"eval_{name}", ROOT / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    monkeypatch.syspath_prepend(str(ROOT / "eval"))  # the scripts import one another
    spec.loader.exec_module(module)
    committed = module.OUT.read_text(encoding="utf-8")
    monkeypatch.setattr(module, "OUT", tmp_path / f"{name}.md")
    monkeypatch.setattr(sys, "argv", [f"{name}.py"])
    module.main()
    fresh = (tmp_path / f"{name}.md").read_text(encoding="utf-8")
    assert _figures(fresh) == _figures(committed), (
        f"eval/results/{name}.md is stale: run `python eval/{name}.py`"
    )

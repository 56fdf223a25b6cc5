"""The reference article's whole output against its reviewed golden JSON.

After a deliberate change, regenerate with ``NEWSFACTS_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff of ``fixtures/*.expected.json`` before committing it.
"""

from __future__ import annotations

import json
import os

from conftest import REFERENCE, extract_fixture

GOLDEN = REFERENCE.with_suffix(".expected.json")


def test_reference_matches_golden() -> None:
    got = extract_fixture(REFERENCE).model_dump(mode="json")
    if os.environ.get("NEWSFACTS_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))

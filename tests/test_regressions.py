"""Inputs that once broke an invariant, found by property tests or the fuzzer (issue 9).

Each stays here so the fix keeps holding; `check` is the property tests' full invariant.
"""

from __future__ import annotations

import pytest
from test_properties import check


@pytest.mark.parametrize(
    "text",
    [
        "\U00011f50",  # a digit of a script newer than `float()` knows (quantities crashed)
        "1" * 400 + " tonnes",  # a number too large for a float
        "9" * 5000,
        "GENEVA. KAZINFORM - " * 200,  # repeated dateline-like prefixes
        "(" * 3000 + "ISO" + ")" * 3000,
        "\r\n\r\n\x00\ud800\u2028",  # control characters, a lone surrogate, odd line ends
        "Alpha Beta Gamma Delta Organization Ministry " * 300,  # one long capitalized run
        '"' * 2000,
        "1,234," * 2000,
    ],
    ids=lambda t: repr(t[:20]),
)
def test_regression(text: str) -> None:
    check(text)

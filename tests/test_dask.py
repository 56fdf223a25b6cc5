"""The Dask recipe (issue 8): a LocalCluster gives the records ``newsfacts batch`` gives."""

from __future__ import annotations

import gzip
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfacts.batch import Extractor
from newsfacts.cli import main
from newsfacts.readers import Fields

distributed = pytest.importorskip("dask.distributed")  # the dask extra (installed by CI)

from newsfacts.distributed import read_jsonl, write_jsonl, write_parquet  # noqa: E402

FIELDS = Fields(text="body")
TEXTS = [
    "ROME, May 2 (ANSA) - Italy's parliament approved the budget on Thursday.",
    "SEOUL, May 2 (Yonhap) - Exports rose 13.8 percent in April, the ministry said.",
    "LIMA, May 3 (Reuters) - Peru's central bank kept its rate at 6 percent.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def feeds(folder: Path) -> list[str]:
    folder.mkdir()
    plain = folder / "a.jsonl"
    plain.write_text(
        "\n".join(json.dumps({"id": f"a{i}", "body": t}) for i, t in enumerate(TEXTS))
        + "\n{broken\n",
        encoding="utf-8",
    )
    packed = folder / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(json.dumps({"body": TEXTS[0]}).encode() + b"\n"))
    return [str(plain), str(packed)]


def by_id(lines: list[str]) -> dict[str, dict[str, object]]:
    records = [json.loads(line) for line in lines]
    for r in records:
        r.pop("path")
    return {str(r.pop("id")).rsplit("/", 1)[-1]: r for r in records}


def test_extractor_pickles() -> None:
    extractor = pickle.loads(pickle.dumps(Extractor()))
    assert extractor == Extractor()


def test_local_cluster_matches_batch(client: object, tmp_path: Path) -> None:
    paths = feeds(tmp_path / "in")
    records = read_jsonl(paths, fields=FIELDS, published="2024-05-03").persist()
    names = write_jsonl(records, tmp_path / "out")
    assert len(names) == 2
    got = [line for name in sorted(names) for line in Path(name).read_text().splitlines()]
    out = tmp_path / "batch.jsonl"
    args = ["batch", *paths, "-o", str(out), "--text-field", "body", "--quiet"]
    assert main([*args, "--published", "2024-05-03"]) == 1  # the broken line
    expected = out.read_text(encoding="utf-8").splitlines()
    assert len(got) == len(expected) == 5
    assert by_id(got) == by_id(expected)
    pq = pytest.importorskip("pyarrow.parquet")  # the parquet extra
    tables = write_parquet(records, tmp_path / "facts")
    kinds = [k for name in tables for k in pq.read_table(name).column("kind").to_pylist()]
    assert kinds.count("error") == 1


def test_resources_load_once_per_worker(client: object, tmp_path: Path) -> None:
    paths = feeds(tmp_path / "in")

    def loads() -> int:
        from newsfacts.resources import _read

        return int(_read.cache_info().misses)

    read_jsonl(paths, fields=FIELDS).compute()
    before = client.run(loads)  # type: ignore[attr-defined]
    read_jsonl(paths, fields=FIELDS).compute()
    assert client.run(loads) == before  # type: ignore[attr-defined]

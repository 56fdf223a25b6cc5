"""Extraction on a Dask cluster: a recipe over a ``dask.bag`` of JSONL files (``dask`` extra).

The bag holds output records as JSON lines, the same records ``newsfacts batch`` writes
(error records included), one partition per input file::

    from dask.distributed import Client, LocalCluster
    from newsfacts.distributed import read_jsonl, write_jsonl, write_parquet
    from newsfacts.readers import Fields

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster):
        records = read_jsonl("archive/*.jsonl.gz", fields=Fields(text="wire_text"))
        write_jsonl(records, "out")      # out/0.jsonl, out/1.jsonl, ...
        write_parquet(records, "facts")  # facts/0.parquet, ...: one row per fact (pyarrow)

Tasks carry a small picklable :class:`~newsfacts.batch.Extractor`; each worker process
loads the stages' resources once, on its first article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.batch import Extractor, fact_rows, write_facts_parquet
from newsfacts.readers import DEFAULT_FIELDS, Fields, items_from_lines, with_published
from newsfacts.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    import dask.bag

__all__ = ["extract_lines", "read_jsonl", "write_jsonl", "write_parquet"]


def extract_lines(
    lines: Sequence[tuple[str, str]],
    extractor: Extractor,
    fields: Fields,
    published: str | None = None,
) -> list[str]:
    """Output records of one partition of ``(line, path)`` pairs, all from one file."""
    if not lines:
        return []
    path = str(lines[0][1])
    items = items_from_lines((line for line, _ in lines), path, fields)
    return [r.line for r in extractor([with_published(i, published) for i in items])]


def read_jsonl(
    paths: str | Sequence[str],
    *,
    fields: Fields = DEFAULT_FIELDS,
    published: str | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> dask.bag.Bag:
    """A lazy bag of output records (JSON lines) for JSONL files, gzipped or not."""
    import dask.bag as db

    bag = db.read_text(paths, blocksize=None, include_path=True, errors="surrogateescape")
    return bag.map_partitions(
        extract_lines, extractor=Extractor(settings), fields=fields, published=published
    )


def write_jsonl(records: dask.bag.Bag, folder: str | Path) -> list[str]:
    """Write one JSONL file per partition into ``folder``; returns the file names."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    names: list[str] = records.to_textfiles(str(Path(folder) / "*.jsonl"), last_endline=True)
    return names


def write_parquet(records: dask.bag.Bag, folder: str | Path) -> list[str]:
    """Write the flat facts table, one Parquet file per partition (needs ``pyarrow``)."""
    import dask

    Path(folder).mkdir(parents=True, exist_ok=True)
    parts = records.map_partitions(_rows).to_delayed()
    names = [str(Path(folder) / f"{i}.parquet") for i in range(len(parts))]
    write = dask.delayed(write_facts_parquet)
    dask.compute(*(write(part, name) for part, name in zip(parts, names, strict=True)))
    return names


def _rows(lines: Sequence[str]) -> list[dict[str, object]]:
    return [row for line in lines for row in fact_rows(json.loads(line))]

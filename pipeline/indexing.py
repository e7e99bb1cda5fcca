"""Indexing from the archive: the archive is the truth, the search index is rebuilt from it.

An archived document's index record is made from its manifest and OCR text only, so a
document can be indexed again at any time (by ``sohoa reconcile``, a Celery task or
``sohoa reindex``).
"""

from __future__ import annotations

from archive import get_json, iter_manifests, load_manifest
from pipeline.deps import Deps
from search_api import IndexRecord

__all__ = ["index_from_archive", "record_from_archive", "reindex"]


def record_from_archive(deps: Deps, manifest_key: str) -> IndexRecord:
    """Build the index record of an archived document from its manifest and OCR text."""
    manifest = load_manifest(deps.store, manifest_key)
    prefix = manifest_key.removesuffix("manifest.json")
    ocr = get_json(deps.store, prefix + "ocr.json")
    text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
    return IndexRecord.from_manifest(manifest.to_json(), text, deps.store.locate(prefix))


def index_from_archive(deps: Deps, manifest_key: str) -> str:
    """Index one archived document from its manifest and OCR text; return its id."""
    record = record_from_archive(deps, manifest_key)
    deps.index.index(record)
    return record.document_id


def reindex(deps: Deps, batch_size: int = 200) -> int:
    """Rebuild the search index from the archive's manifests and OCR text; return the count."""
    deps.index.clear()
    count = 0
    batch: list[IndexRecord] = []
    for key, _manifest in iter_manifests(deps.store):
        batch.append(record_from_archive(deps, key))
        if len(batch) >= batch_size:
            deps.index.bulk(batch)
            count += len(batch)
            batch.clear()
    deps.index.bulk(batch)
    return count + len(batch)

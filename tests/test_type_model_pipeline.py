"""The pipeline asks the learned type model where the rules are not sure, and records which
opinion decided: in the manifest's classification and in ``sohoa process --json``. Without a
model, or with one that cannot be used, the rules' result stands."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from classify.decide import REVIEW
from classify.learned import Example, TypeModel
from cli.main import main
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.runner import process_paths
from pipeline.settings import Settings
from pipeline.type_model import publish
from service import Actor, Service
from service.records import DECIDED_BY
from tests.test_ingest import text_page

LINE = "Ủy ban nhân dân phường Đống Đa"
"""What every line of ``text_page`` says, after its number: no title the rules know."""


def _model(models_dir: Path) -> tuple[str, str]:
    """Train a model that reads ``text_page`` as a power of attorney, save it under
    ``models_dir`` as a training does, and return (folder, sha256)."""
    body = "\n".join(f"Dòng {i}: {LINE}" for i in range(30))
    contract = "\n".join(f"Điều {i}: Bên A và Bên B thỏa thuận giá thuê nhà" for i in range(30))
    examples = [Example(body, "", "giay_uy_quyen", f"correction:T/u{n}") for n in range(4)]
    examples += [Example(contract, "", "hop_dong", f"correction:T/h{n}") for n in range(4)]
    model = TypeModel().fit(examples)
    folder = "type-model-20260302T020000-test"
    sha = model.save(models_dir / folder)
    return folder, sha


def _scan(tmp_path: Path) -> Path:
    scan = tmp_path / "in" / "scan.png"
    scan.parent.mkdir()
    Image.fromarray(text_page(dpi=300)).save(scan, dpi=(300, 300))
    return scan


def _process(data: Path, scan: Path) -> dict[str, Any]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["process", str(scan.parent), "--data", str(data), "--json"]) == 0
    return json.loads(buf.getvalue())


def _manifest(doc: dict[str, Any]) -> dict[str, Any]:
    return json.loads((Path(doc["location"]) / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_where_the_rules_find_no_title_the_model_in_the_store_decides_and_a_person_confirms(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    deps = build_deps(Settings(data=data, workers=1))
    staging = tmp_path / "trained"
    folder, sha = _model(staging)
    publish(deps.store, staging, folder, sha, {"examples": 8})  # as another machine trained it
    scan = _scan(tmp_path)
    report = _process(data, scan)
    (doc,) = [d for i in report["inputs"] for s in i["dossiers"] for d in s["documents"]]
    assert doc["decided_by"] == "model" and doc["doc_type"] == "giay_uy_quyen"
    assert doc["needs_review"]  # the model alone never learnt "none of these": a person looks
    c = _manifest(doc)["classification"]
    assert (c["decided_by"], c["doc_type"], c["rules_type"]) == (
        "model", "giay_uy_quyen", deps.rules.unknown.id)
    assert c["confidence"] < REVIEW and c["needs_review"]
    assert c["model"]["sha256"] == sha and c["model"]["top"][0][0] == "giay_uy_quyen"
    assert c["model"]["top"][0][1] >= 0.8 and c["rules_confidence"] < REVIEW
    # the review desk says which opinion decided, and what each said
    service = Service.build(Settings(data=data, workers=1))
    archivist = Actor("Phạm Thu Trang", frozenset({"archivist"}))
    code = report["inputs"][0]["dossiers"][0]["receipt_code"]
    queued = {d["document_id"]: d for d in service.review.queue(archivist)["documents"]}
    assert queued[doc["document_id"]]["decided"]["by"] == "model"
    decided = service.review.document(archivist, code, doc["document_id"])["decided"]
    assert decided["why"] == DECIDED_BY["model"] and decided["model_sha256"] == sha
    assert (decided["rules_type"], decided["model_top"][0]["doc_type"]) == (
        deps.rules.unknown.id, "giay_uy_quyen")
    service.review.confirm(archivist, code, doc["document_id"], "đúng là giấy ủy quyền")
    assert doc["document_id"] not in {
        d["document_id"] for d in service.review.queue(archivist)["documents"]}
    service.close()


@pytest.fixture
def fast(tmp_path: Path) -> Settings:
    from ingest import IngestSettings
    from ingest.quality import QualitySettings

    return Settings(data=tmp_path / "data", workers=1, ocr=OcrSettings(engine="null"),
                    ingest=IngestSettings(quality=QualitySettings(min_dpi=150)))


def _one_document(settings: Settings, tmp_path: Path) -> Any:
    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    run = process_paths([scan], build_deps(settings), clerk="Trần Văn Bình")
    (doc,) = run.inputs[0].dossiers[0].documents
    return doc


def test_without_a_model_the_rules_decide(fast: Settings, tmp_path: Path) -> None:
    doc = _one_document(fast, tmp_path)
    c = _manifest({"location": doc.location})["classification"]
    assert doc.decided_by == c["decided_by"] == "rules" and "model" not in c
    assert (c["doc_type"], c["confidence"]) == (c["rules_type"], c["rules_confidence"])


def test_a_model_that_cannot_be_used_leaves_the_rules_result(fast: Settings,
                                                             tmp_path: Path) -> None:
    folder, sha = _model(fast.models_dir)
    (fast.models_dir / folder / "weights.npz").write_bytes(b"altered")
    from pipeline.type_model import write_pointer

    write_pointer(fast.models_dir, folder, sha, {})
    doc = _one_document(fast, tmp_path)
    c = _manifest({"location": doc.location})["classification"]
    assert doc.decided_by == c["decided_by"] == "rules" and "model" not in c
    assert (c["doc_type"], c["confidence"]) == (c["rules_type"], c["rules_confidence"])

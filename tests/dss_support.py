"""Shared by the EU DSS tests: the validator built by ``scripts/dss.sh``, and one signed file of
every kind sohoa makes, each made the way the product makes it.

``scripts/test.sh`` exports the validator's path as ``SOHOA_DSS``; tests marked ``eudss`` skip
without it, except in CI, where they fail.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PIL import Image

from archive import archive_document
from ingest import IngestSettings
from ingest.quality import QualitySettings
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.runner import process_paths
from pipeline.settings import Settings
from tests.conftest import service_env
from tests.result_pdfs import result_pdf
from tests.test_ingest import text_page
from tests.web_support import AGENCY_A, dossier_office

DSS = service_env("SOHOA_DSS")
CODE = f"{AGENCY_A}-251120-0042"
"""The dossier the results, the copy and the documents to destroy belong to."""
OLD_CODE = f"{AGENCY_A}-130305-0001"
"""A dossier of 2013 whose retention has ended: its document is destroyed."""
KINDS = ("document", "destruction_certificate", "retention_report", "result", "certified_copy")
"""Every kind of signed file sohoa makes."""


def dss(paths: Sequence[Path], trust: Path, at: str | None = None,
        timeout: float = 600) -> dict[Path, dict[str, Any]]:
    """EU DSS's verdict on each file (one run for them all), validated offline against the
    trust anchor, now or as of ``at`` (an ISO date: noon in Vietnam that day)."""
    assert DSS, "SOHOA_DSS is not set"
    command = [DSS, "--trust", str(trust), *(["--at", at] if at else []),
               *(str(p) for p in paths)]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, check=False)
    assert done.returncode in (0, 1), f"dss failed ({done.returncode}): {done.stderr}"
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [line["file"] for line in lines] == [str(p) for p in paths], done.stderr
    return {Path(line["file"]): line for line in lines}


def describe(verdict: dict[str, Any]) -> str:
    """DSS's verdict in one paragraph, for an assertion message."""
    parts = [f"{verdict.get('indication')}/{verdict.get('subIndication')} "
             f"{verdict.get('format')}", *(verdict.get("errors") or [])]
    if verdict.get("error"):
        parts.append(verdict["error"])
    return "; ".join(str(p) for p in parts)


@dataclass(frozen=True)
class SignedKinds:
    """One signed file of each kind, and the development root that signed them all."""

    files: dict[str, Path]
    trust: Path


def _settings(data: Path) -> Settings:
    """The folder store whatever the environment names: the runner reads files."""
    return Settings(data=data, workers=1, s3_endpoint=None, ocr=OcrSettings(engine="null"),
                    ingest=IngestSettings(quality=QualitySettings(min_dpi=150)))


def digitised_document(data: Path) -> tuple[Path, Path]:
    """A scanned page through the whole pipeline (no OCR engine, to be quick) in the data
    folder ``data``: its signed, archived ``document.pdf`` and the CA certificate."""
    settings = _settings(data)
    scan = data.parent / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    deps = build_deps(settings)
    run = process_paths([scan], deps, clerk="Trần Văn Bình")
    assert run.ok, run
    (dossier,) = run.inputs[0].dossiers
    (doc,) = dossier.documents
    return Path(doc.signed_pdf), deps.pki.ca_cert_path


def signed_kinds(folder: Path) -> SignedKinds:
    """Every kind of signed file, made in one office's data folder by the service as people
    make them: a digitised document (the pipeline), a result an officer issues, a copy a clerk
    certifies, the retention report an auditor exports and the certificate of a disposal."""
    data = folder / "data"
    out = folder / "files"
    out.mkdir(parents=True)
    with dossier_office(data, CODE, "Cấp giấy chứng nhận quyền sử dụng đất") as web:
        service = web.app.state.service
        files: dict[str, Path] = {}

        response = web.client("an").post(
            f"/api/dossiers/{CODE}/results",
            files={"file": ("qd.pdf", result_pdf(officer="Nguyễn Văn An"), "application/pdf")})
        assert response.status_code == 201, response.text
        files["result"] = out / "result.pdf"
        files["result"].write_bytes(web.client("an").get(response.json()["url"]).content)

        paper = result_pdf(title="GIẤY XÁC NHẬN CƯ TRÚ", number="88/XN-CAX",
                           issuer="CÔNG AN XÃ KHÁNH AN",
                           body="Xác nhận ông Nguyễn Văn Thành thường trú tại xã Khánh An.")
        response = web.client("lan").post(
            f"/api/dossiers/{CODE}/results/copies",
            files={"file": ("xac-nhan.pdf", paper, "application/pdf")})
        assert response.status_code in (200, 201), response.text
        files["certified_copy"] = out / "certified_copy.pdf"
        files["certified_copy"].write_bytes(
            web.client("lan").get(response.json()["url"]).content)

        ended = date.today() - timedelta(days=30)
        archive_document(
            service.deps.store, receipt_code=OLD_CODE, document_id="aaaaaa000001",
            files={"document.pdf": b"%PDF-1.7 destroyed", "ocr.json": b"{}"},
            metadata={"dossier": {"receipt_code": OLD_CODE, "procedure": "Chứng thực bản sao",
                                  "received_at": "2013-03-05T09:00:00+07:00"},
                      "classification": {"doc_type": "bien_lai_thu_phi", "fields": {},
                                         "label": "Biên lai thu phí, lệ phí",
                                         "title": "BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ"},
                      "retention": {"class": "ke_toan", "legal_source": "Luật Kế toán 2015",
                                    "retain_until": ended.isoformat(), "permanent": False}},
            retain_until=ended, permanent=False)
        archivist = service.local_actor("Phạm Thu Trang")
        batch, _ = service.custody.propose(archivist, "Hội đồng xác định giá trị tài liệu",
                                           [], date.today())
        service.custody.decide(service.local_actor("Lê Văn Hòa"), batch.batch_id, True,
                               "Đồng ý")
        done = service.custody.execute(archivist, batch.batch_id)
        files["destruction_certificate"] = out / "destruction_certificate.pdf"
        files["destruction_certificate"].write_bytes(service.deps.store.get(
            done.certificate_key))

        _, _, report = service.custody.retention_report(
            service.local_actor("Lê Văn Hòa"), date.today() - timedelta(days=365),
            date.today(), out / "reports")
        files["retention_report"] = report

    files["document"], trust = digitised_document(data)
    return SignedKinds({kind: files[kind] for kind in KINDS}, trust)

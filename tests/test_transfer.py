"""Transfer to the historical archive: a permanently kept sample dossier (hộ tịch, read with
Tesseract) proposed by an archivist, approved by a different auditor, exported as a BagIt bag
that the Library of Congress' ``bagit`` validates, whose METS and PREMIS validate against the
official schemas, whose signed transfer record passes veraPDF, EU DSS and ``sohoa verify``;
a byte flipped in the bag is named by ``sohoa transfer verify``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import bagit
import pytest

from archive.transfer_xml import schema_errors
from cli.main import main
from tests.conftest import SAMPLES
from tests.dss_support import describe, dss
from tests.test_pdfa import Verapdf, assert_pdfa, verapdf  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("tesseract") is None,
                                 reason="tesseract not installed")]

CODE = "000.00.21.H56-250819-0633"
"""The sample dossier of dossier-13: Cấp Giấy xác nhận tình trạng hôn nhân, kept permanently
(hộ tịch)."""
HEAD, ARCHIVIST, AUDITOR = "Đỗ Minh Quân", "Phạm Thu Trang", "Lê Văn Hòa"


def _sohoa(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--data", str(data)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """dossier-13 processed on the embedded default, transferred and exported."""
    work = tmp_path_factory.mktemp("transfer")
    data = work / "data"
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("SOHOA_") and key not in ("SOHOA_DSS", "SOHOA_VERAPDF"):
                mp.delenv(key)  # the embedded default, whatever servers the environment names
        code, out, err = _sohoa(data, "process", str(SAMPLES / "scans" / "dossier-13"),
                                "--clerk", "Nguyễn Thị Lan", "--json")
        assert code == 0, err
        for name, role in ((HEAD, "head"), (ARCHIVIST, "archivist"), (AUDITOR, "auditor"),
                           (ARCHIVIST, "auditor")):  # may approve, but not her own proposal
            assert _sohoa(data, "people", "grant", name, "--role", role, "--by", HEAD)[0] == 0
        # a reviewed paper: the review travels with the bag as an event
        docs = sorted(p.parent.name for p in
                      (data / "store" / "objects" / "aip" / CODE).glob("*/document.pdf"))
        code, _, err = _sohoa(data, "review", "confirm", f"{CODE}/{docs[0]}", "--why",
                              "Đã đối chiếu bản giấy", "--by", ARCHIVIST)
        assert code == 0, err
        before = (date.today() + timedelta(days=2)).isoformat()
        code, out, err = _sohoa(data, "transfer", "propose", "--class", "ho_tich",
                                "--closed-before", before, "--by", ARCHIVIST, "--json")
        assert code == 0, err
        proposal = json.loads(out)
        batch = proposal["batch_id"]
        code, _, err = _sohoa(data, "transfer", "approve", batch, "--by", ARCHIVIST)
        assert code == 2 and "different person" in err, err
        assert _sohoa(data, "transfer", "export", batch, "--out", str(work / "early"),
                      "--by", ARCHIVIST)[0] == 2  # not approved yet: nothing written
        assert not (work / "early").exists() or not any((work / "early").iterdir())
        code, _, err = _sohoa(data, "transfer", "approve", batch, "--by", AUDITOR,
                              "--note", "Đồng ý")
        assert code == 0, err
        code, out, err = _sohoa(data, "transfer", "export", batch, "--out", str(work / "out"),
                                "--by", ARCHIVIST, "--json")
        assert code == 0, err
        yield {"data": data, "work": work, "batch": batch, "proposal": proposal,
               "export": json.loads(out), "bag": work / "out" / CODE}


def test_the_permanent_sample_dossier_is_proposed_whole(exported: dict[str, Any]) -> None:
    proposal = exported["proposal"]
    assert proposal["dossiers"] == [CODE]
    items = proposal["proposal"]["items"]
    assert len(items) == 3 and {i["retention_class"] for i in items} == {"ho_tich"}
    assert exported["export"]["state"] == "exported"


def test_bagit_validates_the_bag_and_it_holds_what_the_issue_lists(
        exported: dict[str, Any]) -> None:
    bag = bagit.Bag(str(exported["bag"]))
    bag.validate()  # raises on any sha256 or missing file
    assert bag.info["External-Identifier"] == CODE
    assert bag.info["Bag-Group-Identifier"] == exported["batch"]
    payload = set(bag.payload_files())
    for doc in (i["document_id"] for i in exported["proposal"]["proposal"]["items"]):
        for name in ("document.pdf", "pages/page-001.jpg", "pages/page-001.alto.xml"):
            assert f"data/objects/{doc}/{name}" in payload
    assert {"data/mets.xml", "data/metadata/premis.xml", "data/metadata/ho-so.json"} <= payload
    assert "transfer-record.pdf" in bag.tagfile_entries()


def test_mets_and_premis_validate_against_the_official_schemas(
        exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    mets = (bag / "data" / "mets.xml").read_bytes()
    premis = (bag / "data" / "metadata" / "premis.xml").read_bytes()
    assert schema_errors(mets, "mets") == []
    assert schema_errors(premis, "premis") == []
    for event in ("received", "digitised", "signed", "reviewed", "transferred"):
        assert f"<premis:eventType>{event}</premis:eventType>".encode() in premis
    assert "Đã đối chiếu bản giấy".encode() in premis  # the reviewer's reason
    # the schemas do refuse what is not METS / PREMIS
    assert schema_errors(mets.replace(b"<mets:structMap", b"<mets:structMapX", 1)
                         .replace(b"</mets:structMap>", b"</mets:structMapX>", 1), "mets")
    assert schema_errors(premis.replace(b"<premis:eventType>", b"<premis:eventKind>", 1)
                         .replace(b"</premis:eventType>", b"</premis:eventKind>", 1), "premis")


def test_the_circulars_fields_are_beside_mets_and_premis(exported: dict[str, Any]) -> None:
    fields = json.loads((exported["bag"] / "data" / "metadata" / "ho-so.json").read_text(
        encoding="utf-8"))
    record = fields["ho_so"]
    assert record["ma_ho_so"] == CODE
    assert record["tieu_de_ho_so"] == "Cấp Giấy xác nhận tình trạng hôn nhân"
    assert record["thoi_han_bao_quan"]["nhan"] == "Vĩnh viễn"
    assert record["tong_so_tai_lieu"] == 3 and record["so_luong_trang"] == 3
    assert [d["so_thu_tu"] for d in fields["tai_lieu"]] == [1, 2, 3]


def test_the_archive_keeps_the_documents_and_a_transfer_record_of_each(
        exported: dict[str, Any]) -> None:
    data, batch = exported["data"], exported["batch"]
    store = data / "store" / "objects"
    for item in exported["proposal"]["proposal"]["items"]:
        assert (store / item["record"] / "manifest.json").is_file()  # still archived
        kept = json.loads((store / "transferred" / CODE / item["document_id"] /
                           "transfer.json").read_text(encoding="utf-8"))
        assert kept["batch_id"] == batch and kept["files"] == item["files"]
        assert kept["approved_by"] == AUDITOR and kept["transferred_by"] == ARCHIVIST
    code, _, err = _sohoa(data, "transfer", "propose", "--class", "ho_tich", "--closed-before",
                          (date.today() + timedelta(days=2)).isoformat(), "--by", ARCHIVIST)
    assert code == 2 and "already transferred" in err, err
    trail = (data / "audit" / "audit.jsonl").read_text(encoding="utf-8")
    for action in ("transfer_proposed", "transfer_approved", "transfer_exported"):
        assert f'"{action}"' in trail


def test_sohoa_verify_accepts_the_signed_transfer_record(exported: dict[str, Any]) -> None:
    code, out, _err = _sohoa(exported["data"], "verify",
                            str(exported["bag"] / "transfer-record.pdf"), "--json")
    report = json.loads(out)
    assert code == 0 and report["valid"], report["bottom_line"]
    assert report["signer"] == ARCHIVIST


def test_transfer_verify_passes_the_bag_and_names_a_flipped_byte(
        exported: dict[str, Any], tmp_path: Path) -> None:
    data = exported["data"]
    code, out, _err = _sohoa(data, "transfer", "verify", str(exported["work"] / "out"), "--by",
                            AUDITOR, "--json")
    (result,) = json.loads(out)
    assert code == 0 and result["ok"], result["problems"]
    assert result["signed_pdfs"] == 4  # three documents and the transfer record
    copy = tmp_path / CODE
    shutil.copytree(exported["bag"], copy)
    doc = exported["proposal"]["proposal"]["items"][1]["document_id"]
    target = copy / "data" / "objects" / doc / "document.pdf"
    flipped = bytearray(target.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    target.write_bytes(bytes(flipped))
    code, out, _err = _sohoa(data, "transfer", "verify", str(copy), "--by", AUDITOR)
    assert code == 1
    named = f"data/objects/{doc}/document.pdf"
    lines = [line for line in out.splitlines() if named in line]
    assert any("altered" in line for line in lines), out
    assert any("signature not valid" in line for line in lines), out
    assert sum("PROBLEMS" in line for line in out.splitlines()) == 1


@pytest.mark.verapdf
def test_the_transfer_record_is_pdfa_2b(exported: dict[str, Any],
                                        verapdf: Verapdf) -> None:  # noqa: F811
    assert_pdfa(verapdf, exported["bag"] / "transfer-record.pdf")


@pytest.mark.eudss
def test_eu_dss_accepts_the_transfer_record(exported: dict[str, Any]) -> None:
    record = exported["bag"] / "transfer-record.pdf"
    trust = exported["data"] / "pki" / "ca.cert.pem"
    verdict = dss([record], trust)[record]
    assert verdict["indication"] == "TOTAL_PASSED", describe(verdict)
    assert verdict["signatures"] and not verdict["errors"], describe(verdict)

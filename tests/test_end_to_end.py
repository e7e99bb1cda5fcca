"""The whole job on the sample dossiers, with real Tesseract, signing and index (slow)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from sohoa.text import fold
from tests.conftest import SAMPLES, truths

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed"),
]


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_every_page_is_archived_rejected_or_skipped_with_a_reason(run: dict[str, Any]) -> None:
    seen: dict[tuple[str, int], str] = {}
    for inp in run["report"]["inputs"]:
        assert inp.get("unassigned", []) == []
        for dossier in inp["dossiers"]:
            for doc in dossier["documents"]:
                for ref in doc["pages"]:
                    seen[(Path(ref["file"]).resolve().as_posix(), ref["page"])] = "archived"
            for rej in dossier["rejected"] + dossier["skipped"]:
                assert rej["reason"] and rej["thumbnail"], rej
                seen[(Path(rej["file"]).resolve().as_posix(), rej["page"])] = rej["code"]
    for truth in truths():
        for page in truth["pages"]:
            key = _page_key(page)
            assert key in seen, f"page {key} is neither archived nor rejected"
            if page["blank"]:
                assert seen[key] == "blank_page", key
            elif page["separator"]:
                assert seen[key] == "separator_sheet", key
            elif page["reject"]:
                assert seen[key] == page["reject"], key
            else:
                assert seen[key] == "archived", key


def _page_key(page: dict[str, Any]) -> tuple[str, int]:
    """A truth page as the report names it: the file (resolved) and the 1-based page in it."""
    src = (SAMPLES / page["source"]).resolve()
    if src.is_dir():
        return sorted(p for p in src.iterdir() if p.is_file())[page["index"]].as_posix(), 1
    return src.as_posix(), page["index"] + 1


def test_rescans_go_into_the_dossier_of_the_rejected_pages(
    run: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    truth = next(t for t in truths() if any(p["rescan"] for p in t["pages"]))
    code = truth["receipt_code"]
    folder = {(SAMPLES / p["rescan"]).parent for p in truth["pages"] if p["rescan"]}.pop()
    data = run["work"] / "data-rescan"  # a copy: other tests compare the archive of the run
    if not data.exists():
        shutil.copytree(run["data"], data)
    prefix = data / "store" / "objects" / "aip" / code
    before = len(list(prefix.glob("*/manifest.json")))
    status, out = _cli(capsys, "process", str(folder), "--into", code, "--data",
                       str(data), "--clerk", "Nguyễn Thị Lan", "--json")
    report = json.loads(out)
    assert status == 0, report
    (dossier,) = report["inputs"][0]["dossiers"]
    assert (dossier["receipt_code"], dossier["code_source"]) == (code, "resubmitted")
    assert dossier["rejected"] == []
    rescanned = [p for p in truth["pages"] if p["rescan"]]
    assert sum(len(d["pages"]) for d in dossier["documents"]) == len(rescanned)
    assert [d["doc_type"] for d in dossier["documents"]] == [
        truth["documents"][p["document"]]["type"] for p in rescanned]
    # with the rescans archived the dossier holds every sheet its receipt declares, and every
    # paper its procedure requires
    assert not [w for w in dossier["warnings"] if "declares" in w], dossier["warnings"]
    assert dossier["missing"] == truth["missing"] == []
    assert len(list(prefix.glob("*/manifest.json"))) == before + len(dossier["documents"])


def test_dossiers_are_split_by_receipt_code(run: dict[str, Any]) -> None:
    found = {(Path(i["path"]).name, d["receipt_code"]) for i in run["report"]["inputs"]
             for d in i["dossiers"] if d["code_source"] == "qr"}
    expected = {(Path(t["pages"][0]["source"]).name, t["receipt_code"]) for t in truths()}
    assert expected <= found
    assert not [w for i in run["report"]["inputs"] for d in i["dossiers"] for w in d["warnings"]
                if "not a receipt code" in w]


def test_bad_inputs_get_named_errors_and_the_rest_goes_on(run: dict[str, Any]) -> None:
    by_name = {Path(i["path"]).name: i for i in run["report"]["inputs"]}
    assert by_name["ghi-chu.pdf"]["error_code"] == "unsupported_type"
    assert "ghi-chu.pdf" in by_name["ghi-chu.pdf"]["error"]
    assert by_name["rong.jpg"]["error_code"] == "empty_file"
    assert by_name["hong.pdf"]["error_code"] == "corrupt_file"
    assert run["code"] == 1  # failed inputs make the run fail ...
    good = [i for i in run["report"]["inputs"] if "bad" not in Path(i["path"]).parts]
    assert good and all(i["ok"] for i in good)  # ... but every good input was archived
    # the bad files are kept as received
    intake = run["data"] / "store" / "objects" / "intake"
    kept = {p.name for p in intake.glob("*/original/*")}
    assert {"ghi-chu.pdf", "rong.jpg", "hong.pdf"} <= kept


@pytest.mark.parametrize("strip", [False, True], ids=["with-diacritics", "without"])
def test_distinctive_phrase_finds_its_dossier(
    run: dict[str, Any], capsys: pytest.CaptureFixture[str], strip: bool
) -> None:
    misses = []
    for truth in truths():
        phrase = fold(truth["phrase"]) if strip else truth["phrase"]
        code, out = _cli(capsys, "search", phrase, "--data", str(run["data"]), "--json",
                         "--limit", "3")
        assert code == 0
        if truth["receipt_code"] not in [h["receipt_code"] for h in json.loads(out)]:
            misses.append(phrase)
    assert not misses


def test_document_types_match_ground_truth(run: dict[str, Any]) -> None:
    found: dict[str, list[str]] = {}
    for inp in run["report"]["inputs"]:
        for d in inp["dossiers"]:
            found[d["receipt_code"]] = [doc["doc_type"] for doc in d["documents"]]
    expected = {t["receipt_code"]: [d["type"] for d in t["documents"]
                                    if not all(t["pages"][i]["reject"] for i in d["pages"])]
                for t in truths()}  # a document whose every page was rejected waits for a rescan
    wrong = {code: (found.get(code), types) for code, types in expected.items()
             if found.get(code) != types}
    assert not wrong


def test_each_dossier_lacks_the_papers_its_truth_says(run: dict[str, Any]) -> None:
    from classify import missing_components, procedure_for

    found = {d["receipt_code"]: [m["type"] for m in d["missing"]]
             for inp in run["report"]["inputs"] for d in inp["dossiers"]}
    for truth in truths():
        procedure = procedure_for(truth["procedure"])
        assert procedure is not None, truth["procedure"]
        kept = [d["type"] for d in truth["documents"]
                if not all(truth["pages"][i]["reject"] for i in d["pages"])]
        expected = [c.type for c in missing_components(procedure, kept)]
        if len(kept) == len(truth["documents"]):
            assert expected == truth["missing"], truth["receipt_code"]
        else:  # a paper whose every page was rejected is missing until it is rescanned
            assert set(expected) > set(truth["missing"]), truth["receipt_code"]
        assert found[truth["receipt_code"]] == expected, truth["receipt_code"]


def test_confidence_of_each_document_type_is_calibrated(run: dict[str, Any]) -> None:
    """Per confidence bucket, the share of archived documents with their type and their pages
    right is at least the bucket's confidence."""
    owner: dict[tuple[str, int], tuple[str, int]] = {}
    archived: dict[tuple[str, int], set[tuple[str, int]]] = {}
    types: dict[tuple[str, int], str] = {}
    for truth in truths():
        code = truth["receipt_code"]
        for n, doc in enumerate(truth["documents"]):
            types[(code, n)] = doc["type"]
        for page in truth["pages"]:
            owner[_page_key(page)] = (code, page["document"])
            if not (page["blank"] or page["separator"] or page["reject"]):
                archived.setdefault((code, page["document"]), set()).add(_page_key(page))
    aip = run["data"] / "store" / "objects" / "aip"
    buckets: dict[int, list[bool]] = {}
    for inp in run["report"]["inputs"]:
        for dossier in inp["dossiers"]:
            for doc in dossier["documents"]:
                pages = {(Path(r["file"]).resolve().as_posix(), r["page"]) for r in doc["pages"]}
                owners = {owner.get(k) for k in pages}
                truth_doc = owners.pop() if len(owners) == 1 else None
                right = (truth_doc is not None and archived[truth_doc] == pages
                         and types[truth_doc] == doc["doc_type"])
                manifest = json.loads((aip / dossier["receipt_code"] / doc["document_id"]
                                       / "manifest.json").read_text(encoding="utf-8"))
                confidence = manifest["classification"]["confidence"]
                buckets.setdefault(min(9, int(confidence * 10 + 1e-9)), []).append(right)
    assert sum(len(rows) for rows in buckets.values()) == len(archived)
    for bucket, rows in buckets.items():
        assert sum(rows) / len(rows) >= bucket / 10, (bucket, len(rows), sum(rows))


def test_phone_photos_are_read_by_the_photo_engine(run: dict[str, Any]) -> None:
    photos: set[tuple[str, str]] = set()
    for truth in truths():
        for page in truth["pages"]:
            src = SAMPLES / page["source"]
            if page["photo"] and src.is_dir():
                name = sorted(p.name for p in src.iterdir() if p.is_file())[page["index"]]
                photos.add((truth["receipt_code"], name))
    assert photos
    engines: dict[bool, set[str]] = {True: set(), False: set()}
    for ocr in (run["data"] / "store" / "objects" / "aip").glob("*/*/ocr.json"):
        manifest = json.loads((ocr.parent / "manifest.json").read_text(encoding="utf-8"))
        code = manifest["receipt_code"]
        pages = json.loads(ocr.read_text(encoding="utf-8"))["pages"]
        for meta, text in zip(manifest["pages"], pages, strict=True):
            if text:
                engines[(code, meta["source_file"]) in photos].add(text["engine"])
    assert engines == {True: {"paddle+tesseract"}, False: {"tesseract"}}


def test_every_archived_document_is_in_the_audit_trail(run: dict[str, Any]) -> None:
    from archive import FolderStore
    from archive.audit import AuditLog

    log = AuditLog(run["data"] / "audit" / "audit.jsonl")
    assert log.verify(FolderStore(run["data"] / "store")).ok
    archived = [e for e in log.entries() if e.action == "archived"]
    assert len(archived) == len(_pdfs(run["data"]))
    assert {e.actor for e in archived} == {"Nguyễn Thị Lan"}


def _pdfs(data: Path) -> list[Path]:
    return sorted((data / "store" / "objects" / "aip").rglob("document.pdf"))


def test_every_archived_pdf_verifies(run: dict[str, Any], capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    pdfs = _pdfs(run["data"])
    assert pdfs
    for pdf in pdfs:
        code, out = _cli(capsys, "verify", str(pdf), "--data", str(run["data"]), "--json")
        report = json.loads(out)
        assert code == 0 and report["valid"], report
        assert report["signer"] == "Nguyễn Thị Lan"
        # the archive signs at PAdES B-LTA: time stamp, CRL in the DSS, document time stamp
        assert report["signatures"][0]["level"] == "B-LTA"
        assert [s["kind"] for s in report["signatures"]] == ["signature", "timestamp"]


def test_flipped_byte_fails_verification(run: dict[str, Any], capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    src = _pdfs(run["data"])[0]
    data = bytearray(src.read_bytes())
    at = len(data) // 3  # inside the first signed byte range (the page image)
    data[at] ^= 0x01
    tampered = run["work"] / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    code, out = _cli(capsys, "verify", str(tampered), "--data", str(run["data"]))
    assert code == 1
    assert "NO" in out and "problem:" in out


def test_fixity_passes_then_names_the_corrupted_file(
    run: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    data = run["data"]
    code, out = _cli(capsys, "fixity", "--data", str(data))
    assert code == 0, out
    victim = sorted((data / "store" / "objects" / "aip").rglob("page-001.*"))[0]
    victim.chmod(0o644)
    victim.write_bytes(victim.read_bytes() + b"\0")
    try:
        code, out = _cli(capsys, "fixity", "--data", str(data), "--json")
        report = json.loads(out)
        assert code == 1
        keys = [p["key"] for p in report["problems"]]
        assert len(keys) == 1 and keys[0].endswith(victim.relative_to(
            data / "store" / "objects").as_posix())
    finally:
        victim.write_bytes(victim.read_bytes()[:-1])


def test_processing_again_archives_nothing_twice(run: dict[str, Any]) -> None:
    import contextlib
    import io

    before = sorted((run["data"] / "store" / "meta").rglob("*.json"))
    folder = next(p for p in sorted((SAMPLES / "scans").iterdir()) if p.is_dir())
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["process", str(folder), "--data", str(run["data"]), "--json"])
    assert code == 0
    report = json.loads(buf.getvalue())
    docs = [doc for d in report["inputs"][0]["dossiers"] for doc in d["documents"]]
    assert docs and all(doc["already_archived"] for doc in docs)
    assert sorted((run["data"] / "store" / "meta").rglob("*.json")) == before

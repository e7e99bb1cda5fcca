"""One BagIt bag (RFC 8493) per dossier transferred to the historical archive.

```
<receipt code>/
  bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
  transfer-record.pdf             the signed transfer record of the batch (a tag file: the
                                  record lists the sha256 of this bag's manifest-sha256.txt)
  data/mets.xml                   structure: dossier → documents → pages (METS 1.12)
  data/metadata/premis.xml        objects (sha256, size, format), events, agents (PREMIS 3.0)
  data/metadata/ho-so.json        the record's and documents' fields of Circular 05/2025/TT-BNV
                                  (documented in archive/data/transfer_metadata.json)
  data/objects/<document id>/     the package's files: document.pdf (signed PDF/A), pages/
                                  (images as scanned, ALTO), ocr.json, source.pdf for a result,
                                  versions/<n>/document.pdf (renewed archive time stamps)
```

Every byte copied is checked against the sha256 its manifest (or version record) gives, so a
bag never carries a file the archive could not vouch for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import bagit

import archive.keys as keys
from archive.errors import ArchiveError
from archive.records import Manifest, Version
from archive.revisions import current_of
from archive.store import ObjectStore
from archive.transfer_xml import (
    BagAgent,
    BagDocument,
    BagDossier,
    BagEvent,
    BagFile,
    mets_xml,
    premis_xml,
)
from archive.versions import file_versions
from sohoa.text import nfc

__all__ = ["FIELDS_DOC", "TransferError", "add_record", "manifest_sha256", "write_bag"]

FIELDS_DOC = Path(__file__).parent / "data" / "transfer_metadata.json"
RECORD_NAME = "transfer-record.pdf"
_SIGNED_KINDS = {"scanned_paper": "Số hóa", "electronic": "Gốc điện tử",
                 "signed_elsewhere": "Gốc điện tử", "certified_copy": "Bản sao điện tử"}


class TransferError(ArchiveError):
    """A transfer step cannot be taken as asked; the message says why and what to do."""

    code = "transfer_refused"
    http_status = 409


def _use(name: str) -> tuple[str, int | None]:
    if name == "document.pdf" or name.startswith("versions/"):
        return "signed", None
    if name.startswith("pages/page-"):
        number = int(name.removeprefix("pages/page-")[:3])
        return ("alto" if name.endswith(".alto.xml") else "page"), number
    if name == "ocr.json":
        return "ocr", None
    return ("source" if name.startswith("source") else "other"), None


def _copy(store: ObjectStore, key: str, sha256: str, target: Path) -> int:
    data = store.get(key)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise TransferError(f"{key}: its bytes no longer match the sha256 its manifest "
                            "recorded; nothing altered leaves the archive (run `sohoa fixity`)")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return len(data)


def _document_files(store: ObjectStore, manifest: Manifest, payload: Path
                    ) -> tuple[tuple[BagFile, ...], list[Version]]:
    base = keys.aip(manifest.receipt_code, manifest.document_id)
    folder = f"objects/{manifest.document_id}/"
    files: list[BagFile] = []
    for name, entry in sorted(manifest.files.items()):
        size = _copy(store, base + name, entry.sha256, payload / folder / name)
        use, page = _use(name)
        files.append(BagFile(folder + name, entry.sha256, size, entry.media_type,
                             use, page))  # type: ignore[arg-type]
    versions = file_versions(store, manifest.receipt_code, manifest.document_id)
    for version in versions:
        name = f"versions/{version.number}/{version.file}"
        size = _copy(store, version.key, version.sha256, payload / folder / name)
        files.append(BagFile(folder + name, version.sha256, size, "application/pdf", "signed",
                             None, version.number))
    return tuple(files), versions


def _events(manifest: Manifest, files: Sequence[BagFile], people: dict[str, BagAgent],
            revisions: Sequence[Any], versions: Sequence[Version]) -> list[BagEvent]:
    def agent(name: str) -> str:
        name = nfc(name or "?")
        if name not in people:
            people[name] = BagAgent(f"agent-{len(people) + 1}", name, "person")
        return people[name].id

    doc = manifest.document_id
    paths = tuple(f.path for f in files)
    signed = tuple(f.path for f in files if f.use == "signed" and f.version == 1)
    out: list[BagEvent] = []
    for n, event in enumerate(manifest.events, start=1):
        kind = {"received": "received", "signed": "signed", "archived": "digitised"}.get(
            event.get("event", ""), event.get("event", "other"))
        who = event.get("by") or ""
        detail = {"received": "tiếp nhận giấy tờ tại bộ phận một cửa (received at the counter)",
                  "signed": "ký số PAdES bản PDF/A (signed)",
                  "digitised": "số hóa và lưu vào kho lưu trữ số (digitised and archived)"
                  }.get(kind, kind)
        role = "software" if who == "sohoa" else "implementer"
        out.append(BagEvent(f"{doc}-e{n}", kind, event.get("at", ""), detail,
                            ((agent(who), role),) if who else (),
                            signed if kind == "signed" else paths))
    for identity in manifest.signature.identities:
        out.append(BagEvent(f"{doc}-s{len(out) + 1}", "signed", manifest.signature.signed_at,
                            f"ký số với vai trò {identity.role}: {identity.subject}",
                            ((agent(identity.name), identity.role or "signer"),), signed))
    for rev in revisions:
        out.append(BagEvent(f"{doc}-r{rev.number}", "reviewed", rev.at,
                            f"soát xét ({rev.action}): {rev.why}",
                            ((agent(rev.who), rev.role or "reviewer"),), ()))
    for v in versions:
        path = f"objects/{doc}/versions/{v.number}/{v.file}"
        out.append(BagEvent(f"{doc}-v{v.number}", "renewed", v.at,
                            f"gia hạn dấu thời gian lưu trữ: {v.why}",
                            ((agent(v.who), "implementer"),), (path,)))
    return out


def _record_fields(dossier: Mapping[str, Any], documents: Sequence[tuple[Manifest, BagDocument]]
                   ) -> dict[str, Any]:
    first = documents[0][0]
    views = [m for m, _ in documents]
    procedure = first.dossier.procedure or ""
    types = sorted({m.classification.label or m.classification.doc_type for m in views})
    flagged = sorted({r.reason for m in views for p in m.pages for r in p.review})
    papers = sum(1 for m, d in documents if m.kind == "received" for f in d.files
                 if f.use == "page")
    retention = first.retention
    return {
        "ma_ho_so": first.receipt_code,
        "tieu_de_ho_so": nfc(procedure or types[0]),
        "thoi_han_bao_quan": {"nhan": "Vĩnh viễn", "nhom": retention.retention_class,
                              "ten_nhom": retention.label, "can_cu": retention.legal_source,
                              "da_doi_chieu_can_cu": retention.verified},
        "che_do_su_dung": "Hạn chế",
        "ngon_ngu": "Tiếng Việt",
        "thoi_gian_bat_dau": (first.received_at or "")[:10],
        "thoi_gian_ket_thuc": max(m.closing_day for m in views),
        "tu_khoa": [t for t in [procedure, *types] if t],
        "tong_so_tai_lieu": len(documents),
        "so_luong_to": papers,
        "so_luong_trang": sum(d.pages for _, d in documents),
        "tinh_trang_vat_ly": "; ".join(flagged) or "Bình thường",
        "ma_ho_so_goc_giay": first.receipt_code,
        "ghi_chu": f"Nộp lưu theo đợt {dossier['batch_id']}; đề xuất: {dossier['proposed_by']}"
                   f"; phê duyệt: {dossier['approved_by']}",
    }


def _document_fields(n: int, manifest: Manifest, doc: BagDocument) -> dict[str, Any]:
    c = manifest.classification
    form = manifest.result.form if manifest.result else "scanned_paper"
    return {
        "ma_dinh_danh": manifest.document_id, "so_thu_tu": n,
        "ten_loai": c.label or c.doc_type, "so_ky_hieu": c.fields.get("so_ky_hieu"),
        "ngay_van_ban": c.fields.get("ngay_ban_hanh"),
        "co_quan_ban_hanh": c.fields.get("co_quan_ban_hanh"), "trich_yeu": c.title or "",
        "ngon_ngu": "Tiếng Việt", "so_trang": doc.pages, "che_do_su_dung": "Hạn chế",
        "muc_do_tin_cay": _SIGNED_KINDS.get(form, "Số hóa"),
        "chu_ky_so": [{"nguoi_ky": i.name, "vai_tro": i.role, "chung_thu": i.subject}
                      for i in manifest.signature.identities],
        "tep": [{"duong_dan": f.path, "sha256": f.sha256, "kich_thuoc": f.size}
                for f in doc.files],
    }


def write_bag(store: ObjectStore, out: Path, dossier: Mapping[str, Any],
              manifests: Sequence[Manifest], *, organisation: str, at: str,
              revisions: Mapping[str, Sequence[Any]]) -> Path:
    """Write the bag of one dossier under ``out``: its documents' files (each checked against
    its sha256), METS, PREMIS and the circular's fields, then the bag's manifests. ``dossier``
    names the batch, who proposed, approved and exports it; ``revisions`` the corrections
    of each document (by id). Return the bag's folder."""
    bag = out / dossier["receipt_code"]
    if bag.exists():
        raise TransferError(f"{bag} already exists: export into an empty folder (--out)")
    payload = bag
    payload.mkdir(parents=True)
    people: dict[str, BagAgent] = {}
    documents: list[tuple[Manifest, BagDocument]] = []
    events: list[BagEvent] = []
    for manifest in manifests:
        files, versions = _document_files(store, manifest, payload)
        view = current_of(store, manifest)
        doc = BagDocument(manifest.document_id, view.classification.label or
                          view.classification.doc_type, files, len(manifest.pages))
        documents.append((view, doc))
        events.extend(_events(view, files, people,
                              revisions.get(manifest.document_id, ()), versions))
    fields = {"schema": "sohoa.transfer-metadata/1",
              "mo_ta_truong": "archive/data/transfer_metadata.json (sohoa)",
              "ho_so": _record_fields(dossier, documents),
              "tai_lieu": [_document_fields(n, m, d)
                           for n, (m, d) in enumerate(documents, start=1)]}
    meta_bytes = json.dumps(fields, ensure_ascii=False, indent=2).encode("utf-8")
    (payload / "metadata").mkdir()
    (payload / "metadata" / "ho-so.json").write_bytes(meta_bytes)
    meta = BagFile("metadata/ho-so.json", hashlib.sha256(meta_bytes).hexdigest(),
                   len(meta_bytes), "application/json", "other")
    org = BagAgent("agent-org", nfc(organisation), "organization")
    software = BagAgent("agent-sohoa", "sohoa", "software")
    people.setdefault(nfc(dossier["exported_by"]), BagAgent(
        f"agent-{len(people) + 1}", nfc(dossier["exported_by"]), "person"))
    for who in (dossier["proposed_by"], dossier["approved_by"]):
        people.setdefault(nfc(who), BagAgent(f"agent-{len(people) + 1}", nfc(who), "person"))
    all_files = tuple(f.path for _, d in documents for f in d.files)
    events.append(BagEvent(
        f"{dossier['batch_id']}-transferred", "transferred", at,
        f"nộp lưu vào lưu trữ lịch sử, đợt {dossier['batch_id']} (transferred)",
        ((people[nfc(dossier["proposed_by"])].id, "proposer"),
         (people[nfc(dossier["approved_by"])].id, "approver"),
         (people[nfc(dossier["exported_by"])].id, "implementer"), (org.id, "transferor"),
         (software.id, "software")), all_files))
    plan = BagDossier(dossier["receipt_code"], fields["ho_so"]["tieu_de_ho_so"], organisation,
                      at, [d for _, d in documents], meta,
                      [org, software, *people.values()], events)
    (payload / "metadata" / "premis.xml").write_bytes(premis_xml(plan))
    (payload / "mets.xml").write_bytes(mets_xml(plan))
    bagit.make_bag(str(bag), {
        "Source-Organization": nfc(organisation),
        "External-Identifier": dossier["receipt_code"],
        "External-Description": nfc(f"Hồ sơ {dossier['receipt_code']}: "
                                    f"{fields['ho_so']['tieu_de_ho_so']}"),
        "Bag-Group-Identifier": dossier["batch_id"],
        "Bagging-Date": at[:10],
    }, checksums=["sha256"])
    return bag


def manifest_sha256(bag: Path) -> str:
    """The sha256 of a bag's ``manifest-sha256.txt`` (which pins every payload file)."""
    return hashlib.sha256((bag / "manifest-sha256.txt").read_bytes()).hexdigest()


def add_record(bag: Path, record: bytes) -> None:
    """Put the signed transfer record into a bag as a tag file, and its tag manifest again."""
    (bag / RECORD_NAME).write_bytes(record)
    bagit.Bag(str(bag)).save(manifests=False)

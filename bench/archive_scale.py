"""What the web pages cost as the archive grows: a dossier's view, a clerk's recent batches,
search, the digitisation dashboard, the auditor's due list and check of the audit trail, on a
synthetic archive of N dossiers (a quarter of them kept ten years, the rest permanently) and a
trail of M entries.

Each view is timed the way sohoa reads it now and, side by side, the way it read before
(the reference: a scan of every manifest and every batch outcome for one dossier, every batch
record for one clerk, every indexed id, every record for the dashboard), so the effect of the
pointers is measured in the same run on the same archive. Prints p50 and p95 latency in
milliseconds and objects read per view.

The archive is built with the real writers (record_batch, archive_document, record_outcome,
the embedded Tantivy index) in a temporary folder store; document files are a few bytes,
manifests are full-sized (pages, events, fields), each document's OCR text is 1-3 KB of the
synthetic Vietnamese of ``bench/search_scale.py``. The files are not synced while the archive
is built (that is not what is measured; the reads are then from a warm page cache).

With ``--reindex``, ``sohoa reindex`` is timed in its parts on that archive: counting the
documents from the listing, reading every document as it is now (manifest, revisions, OCR
text: ``record_of_view``), indexing the records alone, and the whole rebuild beside the live
index with its switch; each with its rate and the time it would take at 1M documents (an
extrapolation, said as such). ``--s3-dossiers N`` copies the first N dossiers' packages to a
fresh MinIO bucket (SOHOA_S3_* from ``scripts/services.sh env``) and times the reading there.

The auditor's due list is timed a page at a time as sohoa reads it (the first page, a page
further on from its cursor, and the count of everything due from the pointers alone) beside
the whole list read at once as it was before (every due record's manifest, revisions and
lock). With ``--s3-dossiers N`` the same pages are also timed on MinIO, on the packages and
retention pointers of those dossiers.

``--keep DIR`` keeps the archive built in DIR; ``--built DIR`` times such an archive again
without building it; ``--due`` times only the due list and the dashboard; ``--periods 1,7,59``
the dashboard's periods (in days; on MinIO, at most the days the copied dossiers cover);
``--per-day 20`` spreads the dossiers over the days (``--dossiers 7300 --per-day 20``: a
year), to time a long period. The dashboard is also timed after the daily job
(``keep_summaries``) wrote the period's summaries: the job's time, then the first view.

Usage: ``python bench/archive_scale.py [--dossiers 2000] [--documents 3] [--views 50]
[--reindex] [--s3-dossiers 2000] [--keep DIR | --built DIR] [--due]``
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import tempfile
import time
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from archive import FolderStore, ObjectStore, archive_document, iter_manifests
from archive.audit import GENESIS, AuditEntry, AuditLog
from archive.retention import (
    _due_read_whole,
    count_due,
    effective_retention,
    retention_due_page,
)
from bench.dashboard_timing import Counting, _time, time_dashboard
from bench.search_scale import Archive
from pipeline.deps import Deps
from pipeline.digitisation import digitisation_report
from pipeline.indexing import READERS, archived_records, count_documents, reindex
from pipeline.intake import recent_batches, record_batch, record_outcome
from pipeline.records import dossier_state
from pipeline.reports import DocumentReport, DossierReport, InputReport, RejectedPage
from search_api import IndexRecord, SearchQuery
from search_api.tantivy_index import TantivyIndex
from sohoa.clock import VN_TZ

AGENCIES = ("000.00.12.H19", "000.00.21.H56", "000.00.05.H36")
CLERKS = ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai", "Phạm Quốc Bảo")
START = datetime(2026, 1, 5, 8, tzinfo=VN_TZ)


def _metadata(code: str, batch: Any, n: int, at: datetime, until: Any = None
              ) -> dict[str, Any]:
    pages = [{"n": p, "file": f"pages/page-{p:03d}.jpg", "source_file": batch.name,
              "source_page": n * 2 + p, "sha256": f"{n:02d}{p:02d}" * 16, "width": 2480,
              "height": 3508, "dpi": 300, "skew": 0.4, "quality": {"score": 0.93}}
             for p in (1, 2)]
    return {
        "dossier": {"receipt_code": code, "code_source": "qr", "procedure": "Đăng ký khai sinh",
                    "received_at": batch.received_at.isoformat()},
        "classification": {"doc_type": "giay_khai_sinh", "label": "Giấy khai sinh",
                           "title": "GIẤY KHAI SINH", "confidence": 0.91, "needs_review": False,
                           "fields": {"ho_ten": "Nguyễn Văn A", "ngay_sinh": "01/02/2020",
                                      "noi_sinh": "Bệnh viện Đa khoa tỉnh Lâm Đồng"}},
        "retention": {"class": "ho_tich", "label": "Vĩnh viễn", "years": None,
                      "legal_source": "TT 04/2020/TT-BTP Điều 37", "verified": True,
                      "closing_date": at.date().isoformat(), "retain_until": None,
                      "permanent": True} if until is None else {
                      "class": "bien_lai", "label": "10 năm", "years": 10,
                      "legal_source": "Thông tư 10/2022/TT-BNV", "verified": True,
                      "closing_date": at.date().isoformat(),
                      "retain_until": until.isoformat(), "permanent": False},
        "legal_hold": False,
        "source": {"batch": batch.name, "batch_id": batch.batch_id,
                   "intake": f"intake/batches/{batch.batch_id}/", "files": [batch.name]},
        "pages": pages,
        "signature": {"signer": batch.clerk, "signed_at": at.isoformat(), "level": "B-LTA"},
        "events": [{"at": batch.received_at.isoformat(), "event": "received", "by": batch.clerk},
                   {"at": at.isoformat(), "event": "signed", "by": batch.clerk},
                   {"at": at.isoformat(), "event": "archived", "by": "sohoa"}],
    }


@contextlib.contextmanager
def _unsynced() -> Any:
    """Writes are not synced while the archive is built (only its reading is measured)."""
    fsync, os.fsync = os.fsync, lambda fd: None
    try:
        yield
    finally:
        os.fsync = fsync


def build(folder: Path, dossiers: int, documents: int, every: float = 17
          ) -> tuple[FolderStore, TantivyIndex, list[str]]:
    """An archive of ``dossiers`` dossiers, one batch each, across agencies and clerks, one
    received ``every`` minutes."""
    with _unsynced():
        return _build(folder, dossiers, documents, every)


def _build(folder: Path, dossiers: int, documents: int, every: float
           ) -> tuple[FolderStore, TantivyIndex, list[str]]:
    store, index = FolderStore(folder / "store"), TantivyIndex(folder / "index")
    texts = Archive(7)
    scans, codes, records = folder / "scans", [], []
    scans.mkdir()
    for i in range(dossiers):
        received = START + timedelta(minutes=every * i)
        code = f"{AGENCIES[i % 3]}-{received:%y%m%d}-{i % 10000:04d}"
        scan = scans / f"scan-{i:06d}.pdf"
        scan.write_bytes(f"%PDF-1.7 {i}".encode())
        batch = record_batch(store, scan, received, CLERKS[i % len(CLERKS)])
        docs, ten_years = [], received.date().replace(year=received.year + 10)
        for n in range(documents):
            doc_id = f"d{i:06d}{n}"
            at = received + timedelta(minutes=40 + n)
            text = texts.record(i * documents + n).text
            ocr = {"pages": [{"n": 1, "text": text}, {"n": 2, "text": ""}]}
            archive_document(store, receipt_code=code, document_id=doc_id,
                             files={"document.pdf": doc_id.encode(),
                                    "ocr.json": json.dumps(ocr, ensure_ascii=False).encode()},
                             metadata=_metadata(code, batch, n, at,
                                                ten_years if i % 4 == 0 else None),
                             retain_until=ten_years if i % 4 == 0 else None,
                             permanent=i % 4 != 0)
            docs.append({"document_id": doc_id, "doc_type": "giay_khai_sinh",
                         "label": "Giấy khai sinh", "pages": []})
            records.append(IndexRecord(doc_id, code, "giay_khai_sinh", "Giấy khai sinh",
                                       "GIẤY KHAI SINH", "Đăng ký khai sinh", AGENCIES[i % 3],
                                       None, received.date().isoformat(), "",
                                       f"Giấy khai sinh số {i} họ tên Nguyễn Văn A\n{text}"))
            if len(records) >= 2000:
                index.bulk(records)
                records = []
        rejected = [{"file": scan.name, "page": 9, "code": "too_dark",
                     "reason": "trang quá tối"}] if i % 5 == 0 else []
        record_outcome(store, batch.batch_id, InputReport(path=scan.name, dossiers=[
            DossierReport(code, "qr", documents=[
                DocumentReport(d["document_id"], d["doc_type"], d["label"], [], "", "", False,
                               False) for d in docs],
                rejected=[RejectedPage(**r) for r in rejected])]))
        codes.append(code)
    index.bulk(records)
    index.flush()
    return store, index, codes


def _rate(name: str, n: int, seconds: float, unit: str) -> None:
    rate = n / seconds if seconds else 0.0
    at_1m = f"{1_000_000 / rate / 60:8.1f} min" if rate else ""
    print(f"{name:<34} {n:>9,} {unit:<10} {seconds:>8.1f} s {rate:>9,.0f}/s   {at_1m}")


def time_reindex(store: ObjectStore, folder: Path, index: TantivyIndex | None, where: str
                 ) -> None:
    """``sohoa reindex`` in its parts on ``store``: count, read, index, and the whole."""
    deps = cast(Deps, SimpleNamespace(store=store, index=index))
    started = time.perf_counter()
    total = count_documents(store)
    _rate(f"count documents ({where})", total, time.perf_counter() - started, "documents")
    for readers in (1, READERS):
        started = time.perf_counter()
        records = list(archived_records(deps, readers))
        _rate(f"read, {readers} thread(s) ({where})", len(records),
              time.perf_counter() - started, "documents")
    if index is None:
        return
    alone = TantivyIndex(folder / f"index-alone-{where}")
    started = time.perf_counter()
    for at in range(0, len(records), 2000):
        alone.bulk(records[at:at + 2000])
    alone.flush()
    _rate(f"index the records alone ({where})", len(records),
          time.perf_counter() - started, "records")
    del records
    started = time.perf_counter()
    count = reindex(deps)
    _rate(f"whole reindex ({where})", count,
          time.perf_counter() - started, "documents")


def copy_to_minio(store: ObjectStore, codes: list[str]) -> ObjectStore:
    """The packages of the dossiers ``codes`` in a fresh MinIO bucket (no retention)."""
    from archive import keys
    from archive.s3_store import S3Store

    s3 = S3Store(os.environ["SOHOA_S3_ENDPOINT"], os.environ["SOHOA_S3_ACCESS_KEY"],
                 os.environ["SOHOA_S3_SECRET_KEY"], f"sohoa-bench-{os.getpid()}-{time.time_ns()}")
    for code in codes:
        for key in store.list(keys.aip(code)):
            s3.put(key, store.get(key))
    wanted = set(codes)
    for key in store.list(keys.RETENTION_DAYS):  # their retention pointers
        if keys.code_of(keys.retention_day_of(key)[1]) in wanted:
            s3.put(key, store.get(key))
    for key in store.list(keys.INTAKE_DAYS):  # what the dashboard reads of them
        if key.rsplit("/", 1)[1] in wanted:
            s3.put(key, store.get(key))
    for key in store.list(keys.REPORT_CHANGES):
        if key.rpartition("/")[2].partition("-")[2] in wanted:
            s3.put(key, store.get(key))
    for code in codes:
        for key in store.list(keys.dossier_batch(code)):
            s3.put(key, store.get(key))
            for name in ("batch.json", "outcome.json"):
                batch = keys.batch(key.rsplit("/", 1)[1], name)
                s3.put(batch, store.get(batch))
    return s3


def drop_bucket(s3: Any) -> None:
    """Delete the bucket ``copy_to_minio`` made (its objects have no retention)."""
    from minio.deleteobjects import DeleteObject

    names = (DeleteObject(o.object_name, o.version_id) for o in s3.client.list_objects(
        s3.bucket, recursive=True, include_version=True))  # Object Lock keeps versions
    for error in s3.client.remove_objects(s3.bucket, names):
        print(f"not deleted: {error}")
    s3.client.remove_bucket(s3.bucket)


def reference_dossier(store: ObjectStore, index: TantivyIndex, code: str) -> int:
    """The dossier view as it was read before: every manifest, outcome and indexed id."""
    indexed = index.document_ids()
    docs = [m for _, m in iter_manifests(store) if m.receipt_code == code]
    rejected = [r for k in store.list("intake/batches/") if k.endswith("/outcome.json")
                for d in json.loads(store.get(k))["dossiers"] if d["receipt_code"] == code
                for r in d["rejected"]]
    return len([m for m in docs if m.document_id in indexed]) + len(rejected)


def reference_recent(store: ObjectStore, clerk: str) -> int:
    """The clerk's recent batches as they were read before: every batch record."""
    mine = [json.loads(store.get(k)) for k in store.list("intake/batches/")
            if k.endswith("/batch.json")]
    return len(sorted((b for b in mine if b["clerk"] == clerk),
                      key=lambda b: b["received_at"], reverse=True)[:20])


def reference_dashboard(store: ObjectStore) -> int:
    """The reads the dashboard made before, whatever the period: every receipt, batch
    record, batch outcome, manifest and tombstone."""
    wanted = ("batch.json", "outcome.json", "manifest.json", "tombstone.json")
    return sum(len(store.get(k)) > 0 for prefix in ("receipts/", "intake/batches/", "aip/",
                                                     "disposed/")
               for k in store.list(prefix) if prefix == "receipts/" or k.endswith(wanted))


def build_trail(path: Path, entries: int) -> AuditLog:
    """A trail of ``entries`` searches, written line by line as AuditLog.append would."""
    prev = GENESIS
    with path.open("w", encoding="utf-8") as f:
        for seq in range(1, entries + 1):
            entry = AuditEntry(seq, "2026-12-04T10:00:00+07:00", "Phạm Thu Trang", "searched",
                               "", {"query": "giay khai sinh", "results": ["d1", "d2"]},
                               "http 127.0.0.1", prev)
            prev = entry.digest()
            f.write(json.dumps(asdict(entry) | {"hash": prev}, ensure_ascii=False,
                               sort_keys=True) + "\n")
    return AuditLog(path)


def time_due(store: ObjectStore, due_day: Any, refs: int, views: int, where: str) -> None:
    """The due list a page at a time (first, one further on, the count) beside the whole
    list read at once, as before."""
    pages = [retention_due_page(store, due_day)]
    while pages[-1].next and len(pages) < 20:  # the cursor of a page further on
        pages.append(retention_due_page(store, due_day, after=pages[-1].next))
    further = pages[-1].next or ""
    rows = [(f"due list, 1st page ({where})", lambda s: retention_due_page(s, due_day), views),
            (f"due list, page {len(pages) + 1 if further else 1} ({where})",
             lambda s: retention_due_page(s, due_day, after=further), views),
            (f"due count, pointers ({where})", lambda s: count_due(s, due_day), max(3, refs)),
            (f"due count, up to 10,000 ({where})",
             lambda s: count_due(s, due_day, cap=10_000), max(3, refs)),
            (f"whole due list, before ({where})", lambda s: _due_read_whole(s, due_day), refs)]
    for name, view, runs in rows:
        took = _time(view, store, runs)  # type: ignore[arg-type]
        print(f"{name:<34} {took[0]:>10.1f} {took[1]:>8.1f} {took[2]:>7.0f}")
    print(f"{'  (due: ' + str(count_due(store, due_day).total) + ' by pointers)':<34}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--documents", type=int, default=3, help="documents per dossier")
    parser.add_argument("--per-day", type=float, default=24 * 60 / 17,
                        help="dossiers received a day (spread evenly; default one every 17 min)")
    parser.add_argument("--views", type=int, default=50, help="timed views of each kind")
    parser.add_argument("--audit-entries", type=int, default=200_000)
    parser.add_argument("--reindex", action="store_true", help="time sohoa reindex's parts")
    parser.add_argument("--s3-dossiers", type=int, default=0,
                        help="also time reading this many dossiers from MinIO")
    parser.add_argument("--keep", type=Path, help="build the archive in this folder, kept")
    parser.add_argument("--built", type=Path, help="time the archive kept in this folder")
    parser.add_argument("--periods", default="1,7",
                        help="the dashboard's periods timed, in days (e.g. 1,7,59)")
    parser.add_argument("--due", action="store_true",
                        help="time only the due list and the dashboard (and --s3-dossiers)")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average at the start: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"({os.cpu_count()} cores)")
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="sohoa-bench-") as tmp:
        started = time.perf_counter()
        if args.built:
            store, index = FolderStore(args.built / "store"), TantivyIndex(args.built / "index")
            codes = json.loads((args.built / "codes.json").read_text())
            args.dossiers = len(codes)
            print(f"archive: {len(codes)} dossiers kept in {args.built}")
        else:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            store, index, codes = build(folder, args.dossiers, args.documents,
                                        24 * 60 / args.per_day)
            (folder / "codes.json").write_text(json.dumps(codes))
            print(f"archive: {args.dossiers} dossiers, {args.dossiers * args.documents} "
                  f"documents, built in {time.perf_counter() - started:.0f} s")
        refs = 3 if args.dossiers <= 10_000 else 1  # a reference read at scale takes minutes
        if not args.due:  # the other views
            picks = [rng.choice(codes) for _ in range(args.views)]
            clerks = [rng.choice(CLERKS) for _ in range(args.views)]
            it_d, it_c = iter(picks * 2), iter(clerks * 2)
            rows = [
                ("dossier view", lambda s: dossier_state(s, index, next(it_d)),
                 lambda s: reference_dossier(s, index, next(it_d)), args.views),
                ("clerk's recent batches", lambda s: recent_batches(s, next(it_c)),
                 lambda s: reference_recent(s, next(it_c)), args.views),
            ]
            print(f"{'view':<24} {'sohoa p50':>10} {'p95':>8} {'reads':>7}   "
                  f"{'reference p50':>13} {'p95':>8} {'reads':>7}")
            for name, now, before, runs in rows:
                ours = _time(now, store, runs)
                ref = _time(before, store, refs if refs < 3 else max(3, runs // 10))
                print(f"{name:<24} {ours[0]:>10.1f} {ours[1]:>8.1f} {ours[2]:>7.0f}   "
                      f"{ref[0]:>13.1f} {ref[1]:>8.1f} {ref[2]:>7.0f}")
            words = iter(["giay khai sinh", "Nguyễn Văn A", "khai sinh so 17"] * args.views)
            search = _time(lambda s: index.find(SearchQuery(next(words))), store, args.views)
            print(f"{'search (Tantivy)':<24} {search[0]:>10.1f} {search[1]:>8.1f}")
            day = START.date()
            for days in (1, 7):
                report = _time(lambda s, n=days: digitisation_report(  # type: ignore[misc]
                    s, date_from=day, date_to=day + timedelta(days=n - 1)), store, 5)
                ref = _time(reference_dashboard, store, refs)
                print(f"{f'dashboard, {days} day(s)':<24} {report[0]:>10.1f} {report[1]:>8.1f} "
                      f"{report[2]:>7.0f}   {ref[0]:>13.1f} {ref[1]:>8.1f} {ref[2]:>7.0f}")
        due_day = START.date().replace(year=START.year + 11)
        if not args.due:
            ref = _time(lambda s: [effective_retention(s, k, m) for k, m in iter_manifests(s)],
                        store, refs)
            print(f"{'due list, every manifest':<24} {'':>10} {'':>8} {'':>7}   "
                  f"{ref[0]:>13.1f} {ref[1]:>8.1f} {ref[2]:>7.0f}")
        print(f"{'due list, dashboard':<52} {'p50 ms':>9} {'p95':>9} {'reads':>7} "
              f"{'lists':>7}")
        time_due(store, due_day, refs, args.views, "folder")
        periods = tuple(int(p) for p in args.periods.split(","))
        time_dashboard(store, args.views, "folder", START.date(), periods)
        if not args.due:
            trail = build_trail(Path(tmp) / "audit.jsonl", args.audit_entries)
            trail.verify(store)  # what a running service has done once

            def audit_page(s: Counting) -> None:
                for _ in range(20):  # the views, searches and downloads since the last look
                    trail.append("searched", "", {"query": "khai sinh"}, who="Phạm Thu Trang")
                assert trail.verify(s).ok

            ours = _time(audit_page, store, 10)
            ref = _time(lambda s: AuditLog(trail.path).verify(s), store, 3)
            print(f"{f'audit check, {args.audit_entries} entries':<24} {ours[0]:>10.1f} "
                  f"{ours[1]:>8.1f} {'':>7}   {ref[0]:>13.1f} {ref[1]:>8.1f}")

        if args.reindex or (args.s3_dossiers and not args.due):
            print(f"{'sohoa reindex, by part':<34} {'count':>9} {'':<10} {'time':>10} "
                  f"{'rate':>10}   {'at 1M (extrapolated)'}")
        if args.reindex:
            time_reindex(store, Path(tmp), index, "folder")
        if args.s3_dossiers:
            s3 = copy_to_minio(store, codes[:args.s3_dossiers])
            try:
                time_due(s3, due_day, refs, args.views, "MinIO")
                span = int(args.s3_dossiers // args.per_day) + 1  # the days they cover
                time_dashboard(s3, args.views, "MinIO", START.date(),
                               tuple(min(p, span) for p in periods))
                if not args.due:
                    time_reindex(s3, Path(tmp), TantivyIndex(Path(tmp) / "index-s3"), "MinIO")
            finally:
                drop_bucket(s3)
        load = os.getloadavg()
        print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")

if __name__ == "__main__":
    main()

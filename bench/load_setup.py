"""What the load bench (``bench/load.py``) makes before its run, through the product's own
service in the run's data folder (or servers): the accounts and their API keys, a few
dossiers archived with a result each (something to search, open, fetch and verify), and the
dossiers each counter will upload, drawn as files. Returns the plan ``bench/load_users.py``
reads."""

from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.load_pages import Dossier, dossier, person, result_pdf
from pipeline.settings import Settings
from service import Actor, Service
from sohoa.clock import now_vn
from sohoa.text import fold

__all__ = ["AGENCIES", "PASSWORD", "Sizes", "prepare"]

AGENCIES = ("000.00.12.H19", "000.00.21.H56")
PASSWORD = "mat-khau-tai-thu-2026"
HEAD = "Đỗ Minh Quân"
ADDRESSES = {"counter": "10.1.0", "archivist": "10.2.0", "department": "10.3.0",
             "citizen": "203.0.113", "scraper": "198.51.100", "probe": "10.9.0",
             "idle": "10.8.0"}
"""Where each kind of user comes from (X-Forwarded-For, the service trusting 127.0.0.1 as
its reverse proxy): every person has an address of their own, as they have in an office."""


@dataclass(frozen=True)
class Sizes:
    """How many of each, how often (seconds between two tasks of one user) and how long."""

    counters: int
    archivists: int
    departments: int
    citizens: int
    scraper: bool
    seconds: float
    pace: dict[str, float]
    seeds: int = 4
    """Dossiers archived before the run (each with a result)."""
    seed_pages: int = 2
    idle_rounds: int = 5


def _write(d: Dossier, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, page in enumerate(d.pages):
        (folder / f"trang-{n:03d}.png").write_bytes(page)
    return folder


def _account(service: Service, head: Actor, username: str, name: str, role: str,
             agency: str | None = None, key: bool = True) -> dict[str, Any]:
    service.accounts.save_account(head, name, username, [role], agency=agency,
                                  password=PASSWORD)
    out: dict[str, Any] = {"username": username, "password": PASSWORD, "agency": agency}
    if key:
        out["key"] = service.accounts.new_api_key(head, username)
    return out


def _uploads(sizes: Sizes, n: int, agency: str, day: str, out: Path) -> list[dict[str, Any]]:
    """The dossiers counter ``n`` scans during the run: as many as its pace allows."""
    many = max(1, int(sizes.seconds // sizes.pace["counter"]) + 1)
    rng = random.Random(f"counter-{n}")
    todo = []
    for k in range(many):
        number = 1 + n * 50 + k
        d = dossier(number, agency, day, rng.randint(5, 10))
        todo.append({"code": d.code, "marker": d.marker,
                     "dir": str(_write(d, out / f"quay-{n:02d}" / f"{k:02d}"))})
    return todo


def prepare(settings: Settings, work: Path, sizes: Sizes, log: Any = print) -> dict[str, Any]:
    """Make the accounts, archive the seed dossiers with their results and draw the uploads;
    return the plan of the run."""
    for noisy in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    service = Service.build(settings)
    try:
        operator = service.local_actor()
        _account(service, operator, "quan", HEAD, "head", key=False)
        head = service.local_actor(HEAD)
        head_key = service.accounts.new_api_key(head, "quan")
        counters = [_account(service, head, f"quay{i:02d}", f"Cán bộ quầy số {i + 1}",
                             "clerk", AGENCIES[i % 2]) for i in range(sizes.counters)]
        archivists = [_account(service, head, f"luutru{i:02d}", f"Lưu trữ viên số {i + 1}",
                               "archivist", key=False) for i in range(max(1, sizes.archivists))]
        officers = [_account(service, head, f"phong{i:02d}", person(500 + i), "officer",
                             AGENCIES[i % 2]) for i in range(max(2, sizes.departments))]
        log(f"{len(counters) + len(archivists) + len(officers) + 1} accounts")

        day = now_vn().strftime("%y%m%d")
        seeds = [dossier(9000 + i, AGENCIES[i % 2], day, sizes.seed_pages)
                 for i in range(max(2, sizes.seeds))]
        paths = [_write(d, work / "seeds" / d.code) for d in seeds]
        service.intake.process(operator, paths)
        results: dict[str, list[str]] = {a: [] for a in AGENCIES}
        for i, d in enumerate(seeds):
            name = person(500 + i % 2)  # the department's officer of the dossier's agency
            r = service.results.add(service.local_actor(name), d.code,
                                    result_pdf(d.code, i + 1, name),
                                    f"quyet-dinh-{i + 1}.pdf")
            results[d.code.split("-")[0]].append(f"{d.code}/{r['document_id']}")
        references = []
        for d in seeds:
            docs = service.records.dossier(head, d.code)["documents"]
            doc = next(x["document_id"] for x in docs if x["kind"] != "result")
            pdf = service.records.download(head, d.code, doc)["document.pdf"]
            references.append([d.code, doc, hashlib.sha256(pdf).hexdigest()])
        verify_pdf = work / "ban-ky-so.pdf"
        verify_pdf.write_bytes(pdf)
        log(f"{len(seeds)} dossiers archived ({len(seeds) * sizes.seed_pages} pages), "
            f"{sum(map(len, results.values()))} results issued")
    finally:
        service.close()

    departments = []
    for o in officers:
        own = [r.split("/")[0] for r in results[o["agency"]]]
        other = next(a for a in AGENCIES if a != o["agency"])
        departments.append({"key": o["key"], "dossiers": own,
                            "foreign": [r.split("/") for r in results[other]]})
    for n, c in enumerate(counters):
        c["uploads"] = _uploads(sizes, n, c["agency"], day, work / "uploads")
    idle = dossier(8999, AGENCIES[0], day, 7)
    searches = ["giấy ủy quyền", "giay uy quyen", "đơn đề nghị", "don de nghi",
                "biên lai thu phí", "bien lai thu phi", "quyết định", "quyet dinh"]
    for d in seeds[:2]:
        searches += [d.name, fold(d.name)]
    return {
        "head_key": head_key, "counters": counters, "archivists": archivists,
        "departments": departments, "searches": searches, "references": references,
        "verify_pdf": str(verify_pdf), "addresses": ADDRESSES, "pace": sizes.pace,
        "idle": {"rounds": sizes.idle_rounds, "upload_timeout_s": 300,
                 "upload": {"code": idle.code, "marker": idle.marker,
                            "dir": str(_write(idle, work / "uploads" / "idle"))}},
        "users": {"counter": sizes.counters, "archivist": sizes.archivists,
                  "department": sizes.departments, "citizen": sizes.citizens,
                  "scraper": int(sizes.scraper), "probe": 1, "idle": 1},
    }

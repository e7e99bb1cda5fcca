"""The people of the load bench (``bench/load.py``), as locust users: counters uploading
scanned dossiers, archivists searching and opening records, departments fetching results,
citizens verifying a document by its QR code or by its file, one address sending
verifications past the rate limit, and a probe of ``/api/health`` (is the event loop free?).

Run by ``bench/load.py`` (``locust -f bench/load_users.py --headless …``), which writes the
plan (accounts, dossiers to upload, records to open) to the file named by ``LOAD_PLAN`` and
reads what every request got from the file named by ``LOAD_OUT`` (written when locust ends):
per route, each answer's status, whether it was expected, intended (a refusal the product
must give, such as 429 past a rate limit) or an error, and its time in milliseconds.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from locust import HttpUser, constant_pacing, events, task
from locust.exception import StopUser

PLAN: dict[str, Any] = json.loads(Path(os.environ["LOAD_PLAN"]).read_text()) if os.environ.get(
    "LOAD_PLAN") else {}
PACE: dict[str, float] = PLAN.get("pace", {})
COUNTS: dict[str, int] = PLAN.get("users", {})

_ANSWERS: dict[str, list[tuple[int, str, float, float]]] = defaultdict(list)
"""route → (status, ok | intended | error, milliseconds, when it was sent) of every
request."""
_BATCHES: list[dict[str, Any]] = []
_ids: dict[str, itertools.count[int]] = defaultdict(itertools.count)
_DONE = ("done", "failed")


def _call(user: HttpUser, method: str, path: str, name: str, ok: tuple[int, ...] = (200,),
          intended: tuple[int, ...] = (), **kw: Any) -> Any:
    """One request, timed, its answer classified (expected, intended refusal, or error)."""
    start, sent = time.perf_counter(), time.time()
    with user.client.request(method, path, name=name, catch_response=True, **kw) as r:
        status = r.status_code or 0
        kind = "ok" if status in ok else "intended" if status in intended else "error"
        if kind == "error":
            r.failure(f"{status} {(r.text or '')[:200]}")
        else:
            r.success()
        _ANSWERS[name].append((status, kind, (time.perf_counter() - start) * 1000, sent))
        return r


def _json(r: Any) -> Any:
    try:
        return r.json()
    except ValueError:
        return None


@events.quitting.add_listener
def _write(**_: Any) -> None:
    out = os.environ.get("LOAD_OUT")
    if out:
        Path(out).write_text(json.dumps({"answers": _ANSWERS, "batches": _BATCHES}))


class _Person(HttpUser):
    abstract = True
    kind = ""

    def on_start(self) -> None:
        self.n = next(_ids[self.kind])
        self.rng = random.Random(f"{self.kind}-{self.n}")
        self.address = f"{PLAN['addresses'][self.kind]}.{self.n + 1}"
        self.client.headers["X-Forwarded-For"] = self.address

    def _sign_in(self, username: str, password: str) -> None:
        r = _call(self, "POST", "/api/token", "POST /api/token",
                  data={"username": username, "password": password})
        body = _json(r) or {}
        if "access_token" not in body:
            raise StopUser()
        self.client.headers["Authorization"] = f"Bearer {body['access_token']}"

    def _upload(self, batch: dict[str, Any]) -> dict[str, Any] | None:
        folder = Path(batch["dir"])
        files = [("files", (p.name, p.read_bytes(), "image/png"))
                 for p in sorted(folder.glob("*.png"))]
        sent = time.time()
        r = _call(self, "POST", "/api/batches", "POST /api/batches", ok=(202,), files=files)
        body = _json(r) or {}
        if r.status_code != 202:
            return None
        (queued,) = body["batches"]
        kept = {"batch_id": queued["batch_id"], "code": batch["code"], "marker": batch["marker"],
                "pages": len(files), "sent": sent, "by": self.kind}
        _BATCHES.append(kept)
        return kept

    def _follow(self, batch: dict[str, Any], until: float, every: float) -> None:
        """Look at the batch's state, as the counter's page does, until it is done."""
        while time.time() < until:
            r = _call(self, "GET", f"/api/batches/{batch['batch_id']}",
                      "GET /api/batches/{batch_id}")
            state = (_json(r) or {}).get("state")
            if state in _DONE:
                batch["done"] = time.time()
                return
            time.sleep(every)


class Counter(_Person):
    """A counter clerk: one scanned dossier (5–10 pages) at a time, then watches it."""

    kind = "counter"
    fixed_count = COUNTS.get("counter", 0)
    wait_time = constant_pacing(PACE.get("counter", 180))

    def on_start(self) -> None:
        super().on_start()
        me = PLAN["counters"][self.n % len(PLAN["counters"])]
        self.client.headers["Authorization"] = f"Bearer {me['key']}"
        self.todo = list(me["uploads"])
        time.sleep(self.rng.uniform(0, PACE.get("counter", 180)))  # they do not start at once

    @task
    def upload(self) -> None:
        if not self.todo:
            raise StopUser()
        batch = self._upload(self.todo.pop(0))
        if batch:
            self._follow(batch, time.time() + PACE.get("counter", 180) * 0.8, 10)


class Archivist(_Person):
    """An archivist: a search (with or without diacritics), then opens a record or two."""

    kind = "archivist"
    fixed_count = COUNTS.get("archivist", 0)
    wait_time = constant_pacing(PACE.get("archivist", 24))

    def on_start(self) -> None:
        super().on_start()
        me = PLAN["archivists"][self.n % len(PLAN["archivists"])]
        time.sleep(self.rng.uniform(0, PACE.get("archivist", 24)))
        self._sign_in(me["username"], me["password"])

    @task
    def search_and_open(self) -> None:
        q = self.rng.choice(PLAN["searches"])
        r = _call(self, "GET", "/api/search", "GET /api/search", params={"q": q})
        hits = (_json(r) or {}).get("hits") or []
        if not hits:
            return
        hit = self.rng.choice(hits)
        code, doc = hit["receipt_code"], hit["document_id"]
        _call(self, "GET", f"/api/records/{code}/{doc}", "GET /api/records/{code}/{doc}")
        if self.rng.random() < 0.4:
            _call(self, "GET", f"/api/dossiers/{code}", "GET /api/dossiers/{code}")
        if self.rng.random() < 0.25:
            _call(self, "GET", f"/api/records/{code}/{doc}/document.pdf",
                  "GET /api/records/{code}/{doc}/document.pdf")


class Department(_Person):
    """A department's system: lists a dossier's results and fetches the signed PDF; one time
    in five it asks for another agency's result, which it must be refused (404)."""

    kind = "department"
    fixed_count = COUNTS.get("department", 0)
    wait_time = constant_pacing(PACE.get("department", 60))

    def on_start(self) -> None:
        super().on_start()
        self.me = PLAN["departments"][self.n % len(PLAN["departments"])]
        self.client.headers["Authorization"] = f"Bearer {self.me['key']}"
        time.sleep(self.rng.uniform(0, PACE.get("department", 60)))

    @task
    def fetch(self) -> None:
        if self.rng.random() < 0.2:
            code, doc = self.rng.choice(self.me["foreign"])
            _call(self, "GET", f"/api/dossiers/{code}/results/{doc}",
                  "GET /api/dossiers/{code}/results/{doc} (another agency's)", ok=(),
                  intended=(404,))
            return
        code = self.rng.choice(self.me["dossiers"])
        r = _call(self, "GET", f"/api/dossiers/{code}/results",
                  "GET /api/dossiers/{code}/results")
        results = (_json(r) or {}).get("results") or []
        if results:
            doc = self.rng.choice(results)["document_id"]
            _call(self, "GET", f"/api/dossiers/{code}/results/{doc}",
                  "GET /api/dossiers/{code}/results/{doc}")


class Citizen(_Person):
    """Someone checking a printed copy: opens its QR code's verification link; one time in
    three sends the signed PDF they were given instead. A 503 is intended: the service turns
    away anonymous verifications beyond ``web.anonymous_verifications`` under way at once."""

    kind = "citizen"
    fixed_count = COUNTS.get("citizen", 0)
    wait_time = constant_pacing(PACE.get("citizen", 60))

    def on_start(self) -> None:
        super().on_start()
        self.pdf = Path(PLAN["verify_pdf"]).read_bytes()
        time.sleep(self.rng.uniform(0, PACE.get("citizen", 60)))

    @task
    def verify(self) -> None:
        if self.rng.random() < 1 / 3:
            _call(self, "POST", "/api/verify", "POST /api/verify", intended=(503,),
                  files=[("file", ("ban-ky-so.pdf", self.pdf, "application/pdf"))])
            return
        code, doc, sha = self.rng.choice(PLAN["references"])
        _call(self, "GET", "/xac-minh", "GET /xac-minh (QR link)", intended=(503,),
              params={"ma": code, "tl": doc, "sha256": sha})


class Scraper(_Person):
    """One address sending verifications faster than the limit per address: the answers past
    the limit must be 429 (or 503, as for a citizen)."""

    kind = "scraper"
    fixed_count = COUNTS.get("scraper", 0)
    wait_time = constant_pacing(PACE.get("scraper", 1.5))

    def on_start(self) -> None:
        super().on_start()
        self.pdf = Path(PLAN["verify_pdf"]).read_bytes()

    @task
    def verify(self) -> None:
        _call(self, "POST", "/api/verify", "POST /api/verify (one address past its limit)",
              intended=(429, 503),
              files=[("file", ("ban-ky-so.pdf", self.pdf, "application/pdf"))])


class Probe(_Person):
    """``GET /api/health`` once a second: slow answers mean the event loop was held."""

    kind = "probe"
    fixed_count = COUNTS.get("probe", 0)
    wait_time = constant_pacing(1)

    @task
    def health(self) -> None:
        _call(self, "GET", "/api/health", "GET /api/health")


class Idle(_Person):
    """Every route of the others, one request at a time with nobody else, ``rounds`` times,
    and one dossier uploaded and followed to its end: the idle figures."""

    kind = "idle"
    fixed_count = COUNTS.get("idle", 0)
    wait_time = constant_pacing(0.2)

    def on_start(self) -> None:
        super().on_start()
        self.round = 0

    @task
    def once(self) -> None:
        idle = PLAN["idle"]
        if self.round >= idle["rounds"]:
            if idle.get("upload"):
                self.client.headers["Authorization"] = f"Bearer {PLAN['counters'][0]['key']}"
                batch = self._upload(idle["upload"])
                if batch:
                    self._follow(batch, time.time() + idle["upload_timeout_s"], 1)
            self.environment.runner.quit()
            raise StopUser()
        self.round += 1
        archivist = PLAN["archivists"][0]
        self.client.headers.pop("Authorization", None)
        self.client.headers["X-Forwarded-For"] = f"{PLAN['addresses']['idle']}.{self.round}"
        self._sign_in(archivist["username"], archivist["password"])
        for q in PLAN["searches"][:2]:
            r = _call(self, "GET", "/api/search", "GET /api/search", params={"q": q})
        hits = (_json(r) or {}).get("hits") or [{}]
        code, doc = hits[0].get("receipt_code", "-"), hits[0].get("document_id", "-")
        _call(self, "GET", f"/api/records/{code}/{doc}", "GET /api/records/{code}/{doc}")
        _call(self, "GET", f"/api/dossiers/{code}", "GET /api/dossiers/{code}")
        _call(self, "GET", f"/api/records/{code}/{doc}/document.pdf",
              "GET /api/records/{code}/{doc}/document.pdf")
        department = PLAN["departments"][0]
        self.client.headers["Authorization"] = f"Bearer {department['key']}"
        code = department["dossiers"][0]
        r = _call(self, "GET", f"/api/dossiers/{code}/results", "GET /api/dossiers/{code}/results")
        doc = ((_json(r) or {}).get("results") or [{"document_id": "-"}])[0]["document_id"]
        _call(self, "GET", f"/api/dossiers/{code}/results/{doc}",
              "GET /api/dossiers/{code}/results/{doc}")
        self.client.headers.pop("Authorization")
        code, doc, sha = PLAN["references"][0]
        _call(self, "GET", "/xac-minh", "GET /xac-minh (QR link)",
              params={"ma": code, "tl": doc, "sha256": sha})
        _call(self, "POST", "/api/verify", "POST /api/verify", files=[
            ("file", ("ban-ky-so.pdf", Path(PLAN["verify_pdf"]).read_bytes(),
                      "application/pdf"))])
        _call(self, "GET", "/api/health", "GET /api/health")

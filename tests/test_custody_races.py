"""Two machines deciding at once: a document is proposed for disposal in one open batch only,
whether the installation is one data folder (``flock``) or shares PostgreSQL (an advisory
lock); the same input received twice at once is one batch."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import archive.disposal as disposal
from archive import FolderStore, archive_document, keys
from archive.disposal import DisposalError, list_batches
from archive.hold import current_holds
from pipeline.intake import record_batch
from pipeline.settings import Settings
from service.accounts import local_actor
from service.app import Service
from sohoa.clock import now_vn

CODE = "000.00.12.H19-200114-0003"
ARCHIVISTS = ("Phạm Thu Trang", "Đỗ Minh Khoa")
ADAPTERS = ["files", pytest.param("postgres", marks=[pytest.mark.integration,
                                                    pytest.mark.postgres])]


@pytest.fixture(params=ADAPTERS)
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[Service]]:
    """Two services on one installation, as two machines (or two processes) hold it."""
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    settings = Settings(data=tmp_path / "data", database_url=url)
    made = [Service.build(settings) for _ in range(2)]
    for name in ARCHIVISTS:
        made[0].ctx.people.change(name, ["archivist"], grant=True)
    archive_document(made[0].deps.store, receipt_code=CODE, document_id="dddddd000001",
                     files={"document.pdf": b"%PDF-1.7 kept until 2020"},
                     metadata={"retention": {"retain_until": "2020-01-01", "permanent": False}},
                     retain_until=date(2020, 1, 1), permanent=False)
    yield made
    for s in made:
        s.close()


def test_a_document_proposed_twice_at_once_is_in_one_open_batch(
        services: list[Service], monkeypatch: pytest.MonkeyPatch) -> None:
    real = disposal._open_records

    def slow_open_records(store: Any) -> dict[str, str]:
        # a fake delay: widens the gap between reading the open batches and writing the
        # proposal, so two proposals made at once fall into it
        found = real(store)
        time.sleep(0.4)
        return found

    monkeypatch.setattr(disposal, "_open_records", slow_open_records)
    outcomes: list[Any] = []

    def propose(k: int) -> None:
        service = services[k]
        actor = local_actor(service.ctx, ARCHIVISTS[k])
        try:
            outcomes.append(service.custody.propose(actor, "Biên bản hội đồng số 7/2026",
                                                    [CODE], None))
        except DisposalError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=propose, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    refused = [o for o in outcomes if isinstance(o, DisposalError)]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    assert "already proposed in batch" in refused[0].message
    batches = list_batches(services[0].deps.store)
    assert [[i["record"] for i in b.items] for b in batches] == [[f"aip/{CODE}/dddddd000001/"]]


def test_the_same_input_recorded_twice_at_once_is_one_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FolderStore(tmp_path / "store")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7 one page")
    first = record_batch(store, scan, now_vn(), "Nguyễn Thị Lan")
    key = keys.batch(first.batch_id, "batch.json")
    real = store.exists
    # a fake view of the store: this machine looked before the other one's record landed
    monkeypatch.setattr(store, "exists", lambda k: False if k == key else real(k))
    again = record_batch(store, scan, datetime.now().astimezone() + timedelta(seconds=5),
                         "Lê Văn Hòa")
    assert again == first  # the record written first stands; nothing raised, nothing doubled
    assert [k for k in store.list("intake/batches/") if k.endswith("batch.json")] == [key]


def test_a_hold_and_a_release_at_once_leave_the_record_as_the_last_decision_says(
        services: list[Service], monkeypatch: pytest.MonkeyPatch) -> None:
    store = services[0].deps.store
    record = f"{CODE}/dddddd000001"
    first = local_actor(services[0].ctx, ARCHIVISTS[0])
    services[0].custody.set_hold(first, record, True, "Thanh tra yêu cầu")
    real = FolderStore.set_legal_hold
    objects = sorted(store.list(f"aip/{CODE}/dddddd000001/"))
    assert len(objects) >= 2

    def slow_set_legal_hold(self: FolderStore, key: str, hold: bool) -> None:
        # a fake pace, as two machines' networks give: the release is slow on the first
        # object, the hold on the last, so without one lock the record ends up half and half
        first, last = key == objects[0], key == objects[-1]
        time.sleep(0.4 if (first and not hold) or (last and hold) else 0.01)
        real(self, key, hold)

    monkeypatch.setattr(FolderStore, "set_legal_hold", slow_set_legal_hold)

    def change(k: int, hold: bool) -> None:
        actor = local_actor(services[k].ctx, ARCHIVISTS[k])
        services[k].custody.set_hold(actor, record, hold, "Quyết định số 12/2026")

    threads = [threading.Thread(target=change, args=(0, False)),
               threading.Thread(target=change, args=(1, True))]
    for t in threads:
        t.start()
        time.sleep(0.1)  # the hold starts while the release is on its first object
    for t in threads:
        t.join(60)
    held = {k: store.info(k).legal_hold for k in store.list(f"aip/{CODE}/dddddd000001/")}
    last = [h for h in current_holds(store) if h["record"] == f"aip/{record}/"]
    assert len(set(held.values())) == 1, held  # not half held, half released
    assert set(held.values()) == {bool(last)}, (held, last)

"""The model in use travels through the object store: trained on one machine, used by every
machine serving the archive (each with a data folder of its own), loaded once per process and
followed when a newer one is published. Run on the folder store and on MinIO (``store``)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import pipeline.type_model as type_model
from archive import ObjectStore
from classify.learned import Example
from pipeline.deps import Deps, build_deps
from pipeline.settings import Settings
from pipeline.training import train_model
from pipeline.type_model import POINTERS, current_model, read_pointer, store_pointer
from sohoa.clock import VN_TZ
from sohoa.errors import TransientServiceError

START = datetime(2026, 3, 2, 2, 0, tzinfo=VN_TZ)


def _examples(extra: str = "") -> list[Example]:
    """Hand-written papers of three types, enough to learn them apart."""
    texts = {
        "giay_uy_quyen": ["GIẤY ỦY QUYỀN\nBên ủy quyền: Lê Văn Hải\nBên được ủy quyền: Trần Thị "
                          "Mai\nNội dung ủy quyền: nộp hồ sơ và nhận kết quả thay tôi",
                          "GIẤY ỦY QUYỀN\nNgười ủy quyền ông Phạm Minh Đức ủy quyền cho bà "
                          "Vũ Thu Hà được thay mặt ký nhận giấy tờ"],
        "hop_dong": ["HỢP ĐỒNG THUÊ NHÀ\nBên A (bên cho thuê) và Bên B (bên thuê) thỏa thuận "
                     "giá thuê, thời hạn thuê và tiền đặt cọc",
                     "HỢP ĐỒNG MUA BÁN\nBên bán và bên mua cam kết thanh toán theo điều 3; "
                     "điều khoản chung của hợp đồng"],
        "don_de_nghi": ["ĐƠN ĐỀ NGHỊ\nKính gửi: Ủy ban nhân dân phường\nTôi làm đơn này đề nghị "
                        "được cấp bản sao trích lục",
                        "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP\nKính gửi: Sở Xây dựng\nĐề nghị xem xét "
                        "cấp giấy phép cho công trình"],
    }
    return [Example(f"{t}\n{extra}", t.splitlines()[0], doc_type, f"correction:T/{doc_type}{n}")
            for doc_type, group in texts.items() for n, t in enumerate(group)]


def _machine(root: Path, store: ObjectStore) -> Deps:
    """A machine: its own data folder, the shared store."""
    return replace(build_deps(Settings(data=root / "data", workers=1)), store=store)


@pytest.fixture
def two(tmp_path: Path, store: ObjectStore) -> Iterator[tuple[Deps, Deps]]:
    yield _machine(tmp_path / "a", store), _machine(tmp_path / "b", store)


def _train(deps: Deps, at: datetime, extra: str = "") -> str:
    return train_model(deps, seed_dir=deps.settings.data / "no-samples",
                       corrections=_examples(extra), now=at).sha256


def test_a_model_trained_on_one_machine_is_used_by_another(two: tuple[Deps, Deps]) -> None:
    a, b = two
    assert current_model(b) is None  # nothing trained anywhere yet
    sha = _train(a, START)
    pointer = store_pointer(a.store)
    assert pointer is not None and pointer["sha256"] == sha
    folder = pointer["model"]
    assert sorted(a.store.list(f"models/{folder}/")) == [
        f"models/{folder}/{name}" for name in ("model.json", "model.sha256", "weights.npz")]
    type_model._checked.pop(str(b.settings.models_dir), None)  # as a process started now
    model = current_model(b)
    assert model is not None and model.sha256 == sha
    assert (b.settings.models_dir / folder / "weights.npz").is_file()  # copied, then used
    assert read_pointer(b.settings.models_dir)["sha256"] == sha  # type: ignore[index]
    assert current_model(b) is model  # loaded once per process


def test_a_retrained_model_reaches_a_running_machine_when_the_pointer_changes(
        two: tuple[Deps, Deps], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = two
    first = _train(a, START)
    monkeypatch.setattr(type_model, "REFRESH_SECONDS", 3600.0)
    type_model._checked.pop(str(b.settings.models_dir), None)
    assert current_model(b).sha256 == first  # type: ignore[union-attr]
    second = _train(a, START + timedelta(weeks=1), extra="Ghi chú: bản huấn luyện lại")
    assert second != first and store_pointer(a.store)["sha256"] == second  # type: ignore[index]
    assert current_model(b).sha256 == first  # type: ignore[union-attr]  # not looked yet
    monkeypatch.setattr(type_model, "REFRESH_SECONDS", 0.0)
    assert current_model(b).sha256 == second  # type: ignore[union-attr]
    assert len(list(a.store.list(POINTERS))) == 2  # each training's pointer is kept


def test_a_pointer_that_does_not_match_its_model_is_refused_and_the_model_in_use_stays(
        two: tuple[Deps, Deps], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    a, b = two
    sha = _train(a, START)
    monkeypatch.setattr(type_model, "REFRESH_SECONDS", 0.0)
    assert current_model(b).sha256 == sha  # type: ignore[union-attr]
    good = store_pointer(a.store)
    bad = {**good, "sha256": "0" * 64}  # type: ignore[dict-item]
    a.store.put(f"{POINTERS}type-model-20990101T000000-000000000000.json",
                json.dumps(bad).encode())
    with caplog.at_level(logging.WARNING, logger="pipeline.type_model"):
        assert current_model(b).sha256 == sha  # type: ignore[union-attr]
    assert "sha256" in caplog.text
    assert read_pointer(b.settings.models_dir)["sha256"] == sha  # type: ignore[index]
    missing = {**good, "model": "type-model-20990102T000000-111111111111"}  # type: ignore[dict-item]
    a.store.put(f"{POINTERS}{missing['model']}.json", json.dumps(missing).encode())
    assert current_model(b).sha256 == sha  # type: ignore[union-attr]


class _FakeUnreachableStore:
    """A fake store whose every read fails as an unreachable server does."""

    def list(self, prefix: str = "") -> Iterator[str]:
        raise TransientServiceError("object store 127.0.0.1:1 is not reachable")

    def get(self, key: str) -> bytes:
        raise TransientServiceError("object store 127.0.0.1:1 is not reachable")


def test_an_unreachable_store_leaves_the_model_in_use(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from archive import FolderStore

    a = _machine(tmp_path / "a", FolderStore(tmp_path / "store"))
    sha = _train(a, START)
    monkeypatch.setattr(type_model, "REFRESH_SECONDS", 0.0)
    cut = replace(a, store=_FakeUnreachableStore())  # type: ignore[arg-type]
    assert current_model(cut).sha256 == sha  # type: ignore[union-attr]


def test_the_model_status_of_another_machine_shows_the_published_model(
        two: tuple[Deps, Deps]) -> None:
    from pipeline.training import model_status

    a, b = two
    assert model_status(b)["model"] is None
    sha = _train(a, START)
    status = model_status(b)
    assert status["usable"] and status["sha256"] == sha
    assert status["published"] == status["model"] == store_pointer(a.store)["model"]  # type: ignore[index]

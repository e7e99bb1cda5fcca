"""The learned document type model: it learns the sample dossiers' types back, keeps as plain
data that refuses to load once altered or from another scikit-learn version, is weighed
against the rules by ``combine`` as its table says, and is trained from a small archive (the
trusted documents, corrections first), written beside the last ones and pointed at."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from archive import archive_document
from classify import ClassifyResult, load_rules
from classify.decide import FLAGGED, MODEL_SURE, REVIEW, RULE_SURE, Decision, combine
from classify.learned import (
    Example,
    ModelTamperedError,
    ModelVersionError,
    NotEnoughExamplesError,
    TypeModel,
    digest_of,
)
from pipeline.deps import Deps, build_deps
from pipeline.settings import Settings
from pipeline.training import (
    SEED_DIR,
    archive_examples,
    sample_examples,
    split,
    train_model,
    train_now,
)
from pipeline.type_model import ModelMissingError, decide_type, load_current, read_pointer
from service import OPERATOR, Actor, Service
from sohoa.clock import VN_TZ
from sohoa.errors import UsageError
from sohoa.people import NotPermittedError

RULES = load_rules()
UNKNOWN = RULES.unknown.id
CODE = "000.00.12.H19-250414-0007"


@pytest.fixture(scope="module")
def samples() -> list[Example]:
    return sample_examples(RULES)


@pytest.fixture(scope="module")
def model(samples: list[Example]) -> TypeModel:
    return TypeModel().fit(samples)


# --- the model ------------------------------------------------------------------------------


def test_the_samples_are_read_with_their_types_and_titles(samples: list[Example]) -> None:
    assert len(samples) == 65 and len({e.doc_type for e in samples}) == 9
    assert sum(bool(e.title) for e in samples) >= 60
    assert all(e.source.startswith("sample:") and e.text for e in samples)


def test_the_held_apart_evaluation_set_is_never_trained_on() -> None:
    with pytest.raises(UsageError):
        sample_examples(RULES, SEED_DIR.parent.parent / "bench" / "heldout")


def test_it_types_the_samples_it_learnt_back(samples: list[Example], model: TypeModel) -> None:
    right = sum(model.predict(e.text, e.title)[0] == e.doc_type for e in samples)
    untitled = sum(model.predict(e.text, "")[0] == e.doc_type for e in samples)
    assert right == len(samples) and untitled >= 0.95 * len(samples)
    top = model.top(samples[0].text, samples[0].title)
    assert len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert 0.99 < sum(model.probabilities(samples[0].text)) < 1.01


def test_it_types_papers_it_did_not_learn(samples: list[Example]) -> None:
    train, held = split(samples)
    assert len(held) == 10 and not {e.source for e in train} & {e.source for e in held}
    assert split(samples) == (train, held)  # the same split every time
    probe = TypeModel().fit(train)
    assert sum(probe.predict(e.text, e.title)[0] == e.doc_type for e in held) >= 9


def test_it_needs_two_types() -> None:
    with pytest.raises(NotEnoughExamplesError):
        TypeModel().fit([Example("đơn đề nghị", "ĐƠN", "don_de_nghi", "a")])


def test_training_is_deterministic(samples: list[Example], model: TypeModel,
                                   tmp_path: Path) -> None:
    again = TypeModel().fit(list(reversed(samples)))
    assert model.save(tmp_path / "a") == again.save(tmp_path / "b")


def test_a_saved_model_loads_and_answers_the_same(samples: list[Example], model: TypeModel,
                                                  tmp_path: Path) -> None:
    sha256 = model.save(tmp_path / "m")
    assert digest_of(tmp_path / "m") == sha256
    assert sha256 == hashlib.sha256((tmp_path / "m" / "model.json").read_bytes()).hexdigest()
    loaded = TypeModel.load(tmp_path / "m", sha256=sha256)
    assert loaded.classes == model.classes and loaded.info == model.info
    for e in samples[::7]:
        assert loaded.top(e.text, e.title) == model.top(e.text, e.title)
    assert not any(p.suffix == ".pkl" for p in (tmp_path / "m").iterdir())


def test_an_altered_model_is_refused(model: TypeModel, tmp_path: Path) -> None:
    folder = tmp_path / "m"
    model.save(folder)
    with pytest.raises(ModelTamperedError):
        TypeModel.load(folder, sha256="0" * 64)
    weights = folder / "weights.npz"
    good = weights.read_bytes()
    weights.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    with pytest.raises(ModelTamperedError, match="sha256"):
        TypeModel.load(folder)
    weights.write_bytes(good)
    doc = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    doc["classes"][0], doc["classes"][1] = doc["classes"][1], doc["classes"][0]
    (folder / "model.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelTamperedError):
        TypeModel.load(folder)


def test_a_model_of_another_scikit_learn_version_is_refused(model: TypeModel,
                                                            tmp_path: Path) -> None:
    model.save(tmp_path)
    doc = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    doc["sklearn"] = "0.24.2"
    blob = json.dumps(doc).encode()
    (tmp_path / "model.json").write_bytes(blob)
    (tmp_path / "model.sha256").write_text(hashlib.sha256(blob).hexdigest())
    with pytest.raises(ModelVersionError, match="sohoa model train"):
        TypeModel.load(tmp_path)


# --- combining the rules and the model ------------------------------------------------------


def _c(rule: tuple[str, float], model: tuple[str, float] | None, **kw: bool) -> Decision:
    return combine(rule, model, unknown_id=UNKNOWN, **kw)


def test_the_thresholds_hold_together() -> None:
    assert ClassifyResult("x", "x", None, 0.0).review_threshold == REVIEW
    assert FLAGGED < REVIEW <= RULE_SURE and REVIEW <= MODEL_SURE <= 1


def test_without_a_model_the_rules_decide() -> None:
    assert _c(("hop_dong", 0.3), None) == Decision("hop_dong", 0.3, "rules")


def test_when_both_agree_the_surer_confidence_stands() -> None:
    assert _c(("hop_dong", 0.95), ("hop_dong", 0.6)) == Decision("hop_dong", 0.95, "rules")
    assert _c(("hop_dong", 0.75), ("hop_dong", 0.9)) == Decision("hop_dong", 0.9, "both")


def test_sure_rules_decide_unless_the_model_is_sure_of_another_type() -> None:
    assert _c(("hop_dong", 0.95), ("quyet_dinh", 0.79)) == Decision("hop_dong", 0.95, "rules")
    d = _c(("hop_dong", 0.95), ("quyet_dinh", 0.8))
    assert d == Decision("hop_dong", FLAGGED, "disputed") and d.needs_review


def test_fair_rules_are_disputed_by_a_fairly_confident_model() -> None:
    assert _c(("hop_dong", 0.75), ("quyet_dinh", 0.49)) == Decision("hop_dong", 0.75, "rules")
    assert _c(("hop_dong", 0.75), ("quyet_dinh", 0.5)) == Decision("hop_dong", FLAGGED,
                                                                   "disputed")


def test_a_sure_model_decides_where_the_rules_found_nothing_but_a_person_confirms() -> None:
    d = _c((UNKNOWN, 0.3), ("hop_dong", 0.9))
    assert d == Decision("hop_dong", FLAGGED, "model") and d.needs_review
    assert _c(("hop_dong", 0.45), ("quyet_dinh", 0.85)).doc_type == "quyet_dinh"


def test_a_model_that_learnt_the_unknown_type_decides_alone() -> None:
    assert _c((UNKNOWN, 0.3), ("hop_dong", 0.9), model_knows_unknown=True) == Decision(
        "hop_dong", 0.9, "model")
    assert _c(("hop_dong", 0.3), (UNKNOWN, 0.85)) == Decision(UNKNOWN, 0.85, "model")
    assert _c(("hop_dong", 0.95), (UNKNOWN, 0.85), model_knows_unknown=True).decided_by == (
        "disputed")
    assert _c((UNKNOWN, 0.3), (UNKNOWN, 0.9), model_knows_unknown=True) == Decision(
        UNKNOWN, 0.9, "both")


def test_when_neither_is_sure_the_rules_answer_stays_flagged() -> None:
    assert _c((UNKNOWN, 0.3), ("hop_dong", 0.7)) == Decision(UNKNOWN, 0.3, "unsure")
    assert _c(("hop_dong", 0.45), ("quyet_dinh", 0.6)) == Decision("hop_dong", FLAGGED,
                                                                   "unsure")
    assert _c(("hop_dong", 0.2), ("quyet_dinh", 0.1)) == Decision("hop_dong", 0.1, "unsure")


def test_decide_type_asks_the_model_and_refills_what_follows_the_type(
        samples: list[Example], model: TypeModel) -> None:
    deps = SimpleNamespace(rules=RULES)
    receipt = next(e for e in samples if e.doc_type == "phieu_tiep_nhan")
    unknown = ClassifyResult(UNKNOWN, RULES.label(UNKNOWN), None, 0.3,
                             retention=RULES.retention_for(UNKNOWN))
    typed = decide_type(deps, unknown, [receipt.text], model=model)  # type: ignore[arg-type]
    assert typed.decided_by == "model" and typed.top[0][0] == "phieu_tiep_nhan"
    r = typed.result
    assert (r.doc_type, r.label, r.needs_review) == ("phieu_tiep_nhan",
                                                     RULES.label("phieu_tiep_nhan"), True)
    assert r.retention == RULES.retention_for("phieu_tiep_nhan") and r.fields.get("ma_ho_so")
    # the fields the model's type carries, read as the rules read them for that type
    assert r.fields == RULES.read_fields(receipt.text, "phieu_tiep_nhan")
    sure = replace(RULES.classify_document([receipt.text], [RULES.classify_page(receipt.text)]),
                   confidence=0.95)  # a title found by its layout
    again = decide_type(deps, sure, [receipt.text], model=model)  # type: ignore[arg-type]
    assert again.result == sure and again.decided_by == "rules"


# --- training from the archive --------------------------------------------------------------


@pytest.fixture
def deps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deps:
    for key in list(os.environ):
        if key.startswith("SOHOA_"):
            monkeypatch.delenv(key)
    return build_deps(Settings(data=tmp_path / "data", workers=1))


def _archive(deps: Deps, doc_id: str, example: Example, *, confidence: float = 1.0,
             review: bool = False, doc_type: str | None = None) -> None:
    doc_type = doc_type or example.doc_type
    ocr = {"pages": [{"text": page} for page in example.text.split("\n\n")]}
    archive_document(
        deps.store, receipt_code=CODE, document_id=doc_id,
        files={"document.pdf": f"%PDF {doc_id}".encode(),
               "ocr.json": json.dumps(ocr, ensure_ascii=False).encode()},
        metadata={"dossier": {"receipt_code": CODE, "received_at": "2025-04-14T08:00:00+07:00"},
                  "classification": {"doc_type": doc_type, "label": RULES.label(doc_type),
                                     "title": example.title, "confidence": confidence,
                                     "needs_review": review, "fields": {}}},
        retain_until=None, permanent=True)


@pytest.fixture
def archived(deps: Deps, samples: list[Example]) -> dict[str, Example]:
    """Three documents of each of three types typed surely, and three that are not to be
    trusted: unsure, flagged for review, of the unknown type."""
    chosen: dict[str, Example] = {}
    for doc_type in ("phieu_tiep_nhan", "don_de_nghi", "ban_sao_cccd"):
        for n, e in enumerate([e for e in samples if e.doc_type == doc_type][:3]):
            chosen[f"{doc_type[:6]}{n}"] = e
            _archive(deps, f"{doc_type[:6]}{n}", e)
    hop_dong = next(e for e in samples if e.doc_type == "hop_dong")
    _archive(deps, "unsure", hop_dong, confidence=0.3)
    _archive(deps, "flagged", hop_dong, review=True)
    _archive(deps, "other", hop_dong, doc_type=UNKNOWN)
    return chosen


def test_train_model_learns_the_trusted_documents_and_points_at_the_model(
        deps: Deps, archived: dict[str, Example], tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError):
        load_current(deps.settings.models_dir)
    report = train_model(deps, seed_dir=tmp_path / "no-samples")
    assert report.sources == {"archive": 9} and report.examples == 9
    assert report.per_type == {"ban_sao_cccd": 3, "don_de_nghi": 3, "phieu_tiep_nhan": 3}
    assert report.heldout == 0 and report.accuracy is None  # under five of a type: none held
    pointer = read_pointer(deps.settings.models_dir)
    assert pointer is not None and (pointer["model"], pointer["sha256"]) == (report.model,
                                                                             report.sha256)
    assert pointer["report"]["per_type"] == report.per_type
    model, _ = load_current(deps.settings.models_dir)
    assert digest_of(deps.settings.models_dir / report.model) == report.sha256
    e = archived["phieu_0"]
    assert model.predict(e.text, e.title)[0] == "phieu_tiep_nhan"
    assert report.kept == [report.model]


def test_a_correction_is_learnt_instead_of_the_archived_type(
        deps: Deps, archived: dict[str, Example], tmp_path: Path) -> None:
    e = archived["don_de0"]
    fixed = Example(e.text, "", "giay_uy_quyen", f"correction:{CODE}/don_de0")
    report = train_model(deps, seed_dir=tmp_path / "no-samples", corrections=[fixed])
    assert report.sources == {"archive": 8, "correction": 1}
    assert report.per_type["don_de_nghi"] == 2 and report.per_type["giay_uy_quyen"] == 1


def test_the_seed_samples_and_a_held_out_accuracy(deps: Deps,
                                                  archived: dict[str, Example]) -> None:
    report = train_now(deps, who="Đỗ Minh Quân")
    assert report.sources == {"archive": 9, "sample": 65}
    assert report.heldout >= 10 and report.accuracy is not None and report.accuracy >= 0.9
    entry = list(deps.audit.entries())[-1]
    assert (entry.action, entry.actor, entry.detail["sha256"]) == (
        "model_trained", "Đỗ Minh Quân", report.sha256)


def test_a_retrain_keeps_the_last_three_models(deps: Deps, archived: dict[str, Example],
                                               tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 2, 0, tzinfo=VN_TZ)
    reports = [train_model(deps, seed_dir=tmp_path / "none", now=start + timedelta(weeks=n))
               for n in range(4)]
    models_dir = deps.settings.models_dir
    folders = sorted(p.name for p in models_dir.iterdir() if p.is_dir())
    assert folders == [r.model for r in reports[1:]] == reports[-1].kept
    assert read_pointer(models_dir)["model"] == reports[-1].model  # type: ignore[index]
    assert not [p for p in models_dir.iterdir() if p.name.startswith(".type-model")]


def test_a_refused_model_leaves_classification_to_the_rules(
        deps: Deps, archived: dict[str, Example], tmp_path: Path) -> None:
    report = train_model(deps, seed_dir=tmp_path / "none")
    (deps.settings.models_dir / report.model / "weights.npz").write_bytes(b"altered")
    result = ClassifyResult(UNKNOWN, RULES.label(UNKNOWN), None, 0.3)
    typed = decide_type(deps, result, [archived["phieu_0"].text])
    assert (typed.result, typed.decided_by, typed.top) == (result, "rules", ())
    service = Service(deps)
    try:
        status = service.learning.show(Actor("sohoa", frozenset({OPERATOR})))
    finally:
        service.close()
    assert status["model"] == report.model and not status["usable"]
    assert "sha256" in status["problem"]


def test_only_the_head_admin_and_operator_train(deps: Deps) -> None:
    service = Service(deps)
    try:
        with pytest.raises(NotPermittedError):
            service.learning.train(Actor("Nguyễn Thị Lan", frozenset({"clerk"}), "000.00.12.H19"))
        with pytest.raises(NotPermittedError):
            service.learning.train(Actor("Phạm Thu Trang", frozenset({"archivist"})))
        assert service.learning.show(Actor("Phạm Thu Trang", frozenset({"archivist"})))[
            "model"] is None
    finally:
        service.close()


def test_the_workers_beat_retrains_on_its_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.celery_app import configure

    monkeypatch.setenv("SOHOA_MODEL_INTERVAL_S", "3600")
    settings = Settings(broker_url="redis://127.0.0.1:1/0")
    assert Settings.model_fields["model_interval_s"].default == 7 * 24 * 3600
    entry = configure(settings).conf.beat_schedule["model"]
    assert (entry["task"], entry["schedule"]) == ("sohoa.train_model", 3600)


def test_a_type_corrected_at_the_review_desk_is_learnt(deps: Deps,
                                                       samples: list[Example]) -> None:
    from tests.review_support import archive_sample

    contract = next(e for e in samples if e.doc_type == "hop_dong")
    doc = archive_sample(deps, CODE, "hop_dong", texts=contract.text.split("\n\n"))
    service = Service(deps)
    head = Actor("Đỗ Minh Quân", frozenset({"head"}))
    try:
        service.review.correct(head, CODE, doc, doc_type="giay_uy_quyen",
                               why="Giấy ủy quyền, không phải hợp đồng")
        report = service.learning.train(head)
    finally:
        service.close()
    seeded = sum(e.doc_type == "giay_uy_quyen" for e in samples)
    assert report.sources["correction"] == 1
    assert report.per_type["giay_uy_quyen"] == seeded + 1


def test_a_type_the_model_decided_alone_is_never_learnt_back(
        deps: Deps, samples: list[Example], tmp_path: Path) -> None:
    """Only what the rules were sure of, or what a person gave, teaches the model: a type the
    model decided (or that the rules and the model disputed) would teach it its own mistakes."""
    by_type = {t: [e for e in samples if e.doc_type == t] for t in ("hop_dong", "don_de_nghi")}
    for n, e in enumerate(by_type["hop_dong"][:2]):
        _archive(deps, f"sure{n}", e)  # the rules alone, sure (no decided_by: before it)
    e = by_type["don_de_nghi"][0]
    for name, how in (("model", {"decided_by": "model", "rules_confidence": 0.3}),
                      ("both", {"decided_by": "both", "rules_confidence": 0.6}),
                      ("disputed", {"decided_by": "disputed", "rules_confidence": 1.0}),
                      ("person", {"decided_by": "person", "rules_confidence": 0.3})):
        archive_document(
            deps.store, receipt_code=CODE, document_id=name,
            files={"document.pdf": f"%PDF {name}".encode(),
                   "ocr.json": json.dumps({"pages": [{"text": e.text}]}).encode()},
            metadata={"dossier": {"receipt_code": CODE},
                      "classification": {"doc_type": "don_de_nghi", "label": "Đơn",
                                         "title": e.title, "confidence": 0.9,
                                         "needs_review": False, "fields": {}, **how}},
            retain_until=None, permanent=True)
    learnt = sorted(x.source for x in archive_examples(deps))
    assert learnt == [f"archive:{CODE}/person", f"archive:{CODE}/sure0", f"archive:{CODE}/sure1"]

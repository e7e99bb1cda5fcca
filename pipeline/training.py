"""Training the document type model from the archive's own documents.

What it learns from (:func:`collect_examples`):

* every archived document whose type can be trusted: the rules were sure of it
  (their confidence at least ``classify.decide.RULE_SURE``, no review asked) or a person gave
  it; a type the model decided alone is never learnt back (the model would only learn what it
  already says). Its text is the pages' OCR text (``ocr.json`` in the package), its title as
  the rules read it. At most ``per_type`` documents of a type are read, picked by the sha256
  of their key (the same ones every time, spread over the whole archive);
* the documents people confirmed or corrected, given as ``corrections`` (any iterable of
  ``Example``); a corrected document is taken as corrected, never as it was first typed;
* the labelled sample dossiers (``samples/truth/``: each document's drawn text and type), so
  a centre that has archived nothing yet starts with a model. The held-apart evaluation sets
  (``bench/heldout/``, ``bench/heldout2/``, ``bench/heldout3/``, ``bench/heldout4/``,
  ``bench/heldout5/``, ``bench/heldout6/``, ``bench/heldout7/``, ``bench/heldout8/``,
  ``bench/heldout9/``, ``bench/heldout10/``, ``bench/heldout11/``, ``bench/heldout12/``,
  ``bench/heldout13/``) are never read.

Only types the taxonomy still has are learnt. :func:`train_model` holds a fifth of the
examples of each type apart (stratified, picked by the sha256 of their source), measures the
accuracy of a model trained on the rest, then trains the model on all of them and writes it
to ``DATA/models/type-model-<time>-<sha256 prefix>/``, points ``current.json`` at it and
keeps the last ``KEEP`` models, and publishes it into the object store, where every machine
serving the archive finds it (``pipeline.type_model.publish``).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from archive import get_json, iter_manifests
from classify import Rules
from classify.decide import RULE_SURE
from classify.learned import Example, ModelError, TypeModel, sklearn_version
from pipeline.deps import Deps
from pipeline.type_model import (
    CURRENT,
    POINTERS,
    load_current,
    publish,
    read_pointer,
    sync_from_store,
    write_pointer,
)
from sohoa.clock import now_vn
from sohoa.errors import SohoaError, UsageError

__all__ = [
    "HOLDOUT_SHARE",
    "KEEP",
    "PER_TYPE",
    "SEED_DIR",
    "TrainingReport",
    "archive_examples",
    "collect_examples",
    "model_status",
    "sample_examples",
    "split",
    "train_model",
    "train_now",
]

_ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = _ROOT / "samples" / "truth"
"""The labelled sample dossiers, when sohoa runs from its source tree."""
_HELDOUT = tuple(_ROOT / "bench" / name
                 for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                              "heldout6", "heldout7", "heldout8", "heldout9",
                              "heldout10", "heldout11", "heldout12", "heldout13"))
PER_TYPE = 2000
"""Documents of one type read from the archive at most."""
HOLDOUT_SHARE = 0.2
"""The share of each type's examples held apart to measure the accuracy."""
KEEP = 3
"""Models kept in ``DATA/models/`` (the one in use always among them)."""
_PREFIX = "type-model-"


@dataclass(frozen=True, slots=True)
class TrainingReport:
    """What a training learnt from, how accurate it was, and where the model is."""

    model: str
    """The model's folder name under ``DATA/models/``."""
    sha256: str
    sklearn: str
    trained_at: str
    examples: int
    per_type: dict[str, int]
    sources: dict[str, int]
    """Examples by where they came from: ``archive``, ``correction``, ``sample``."""
    heldout: int
    """Examples held apart (a fifth of each type with five or more)."""
    heldout_right: int
    """Of those, typed right by a model trained on the others."""
    kept: list[str] = field(default_factory=list)
    """The models kept after this one was written, oldest first."""

    @property
    def accuracy(self) -> float | None:
        """The held-out accuracy, or None when nothing could be held apart."""
        return self.heldout_right / self.heldout if self.heldout else None

    def to_json(self) -> dict[str, Any]:
        """The report as ``current.json`` and ``--json`` give it."""
        return {**asdict(self), "accuracy": self.accuracy}

    def audit_detail(self) -> dict[str, Any]:
        """What the audit trail records of a training."""
        return {"sha256": self.sha256, "examples": self.examples, "sources": self.sources,
                "heldout": self.heldout, "heldout_right": self.heldout_right}


def _known(rules: Rules) -> set[str]:
    return {t.id for t in rules.types} | {rules.unknown.id}


def sample_examples(rules: Rules, seed_dir: Path = SEED_DIR) -> list[Example]:
    """The documents of the labelled sample dossiers (``<seed_dir>/*.json``, the format of
    ``samples/README.md``) whose type the taxonomy has; their title as the rules read it.
    Nothing when the folder is not there (sohoa installed without its samples)."""
    if any(seed_dir.resolve().is_relative_to(h.resolve()) for h in _HELDOUT):
        raise UsageError(f"{seed_dir} là bộ đánh giá riêng, không dùng để huấn luyện (the "
                         "held-apart evaluation set is never trained on).")
    known = _known(rules)
    examples: list[Example] = []
    for path in sorted(seed_dir.glob("*.json")) if seed_dir.is_dir() else []:
        truth = json.loads(path.read_text(encoding="utf-8"))
        for n, doc in enumerate(truth.get("documents", [])):
            texts = [p.get("text", "") for p in truth.get("pages", []) if p.get("document") == n]
            if doc.get("type") not in known or not any(texts):
                continue
            title = rules.classify_page(texts[0]).title or ""
            examples.append(Example("\n".join(texts), title, doc["type"],
                                    f"sample:{path.name}#{n}"))
    return examples


def _order(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _trusted(c: Any) -> bool:
    """Whether an archived classification may teach the model: the rules were sure of it
    (``rules_confidence`` when the model was weighed in, else its confidence) or a person
    gave it, and no review is asked."""
    decided_by = getattr(c, "decided_by", None) or "rules"
    if decided_by == "person":
        return not c.needs_review
    if decided_by not in ("rules", "both"):
        return False
    sure = getattr(c, "rules_confidence", None)
    sure = c.confidence if sure is None else sure
    return sure is not None and sure >= RULE_SURE and not c.needs_review


def archive_examples(deps: Deps, *, per_type: int = PER_TYPE,
                     skip: Iterable[str] = ()) -> list[Example]:
    """The archived documents whose type the rules were sure of, at most ``per_type`` of a
    type; ``skip``: records (``<receipt code>/<document id>``) not to take (corrected ones)."""
    known, unknown, skipped = _known(deps.rules), deps.rules.unknown.id, set(skip)
    chosen: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key, manifest in iter_manifests(deps.store):
        c = manifest.classification
        record = f"{manifest.receipt_code}/{manifest.document_id}"
        if (not _trusted(c) or c.doc_type not in known or c.doc_type == unknown
                or record in skipped
                or "ocr.json" not in manifest.files):
            continue
        chosen[c.doc_type].append((_order(record), key, c.title or ""))
    examples: list[Example] = []
    for doc_type, found in sorted(chosen.items()):
        for _, key, title in sorted(found)[:per_type]:
            ocr = get_json(deps.store, key.removesuffix("manifest.json") + "ocr.json")
            text = "\n\n".join(p.get("text", "") if p else "" for p in ocr.get("pages", []))
            if text.strip():
                record = key.removeprefix("aip/").removesuffix("/manifest.json")
                examples.append(Example(text, title, doc_type, f"archive:{record}"))
    return examples


def collect_examples(deps: Deps, *, corrections: Iterable[Example] = (),
                     seed_dir: Path = SEED_DIR, per_type: int = PER_TYPE) -> list[Example]:
    """Every example a training learns from: corrections, the archive, the samples."""
    known = _known(deps.rules)
    corrected = [c for c in corrections if c.doc_type in known and c.text.strip()]
    records = {c.source.split(":", 1)[-1] for c in corrected}
    return [*corrected, *archive_examples(deps, per_type=per_type, skip=records),
            *sample_examples(deps.rules, seed_dir)]


def split(examples: Sequence[Example], share: float = HOLDOUT_SHARE
          ) -> tuple[list[Example], list[Example]]:
    """(train, held apart): ``share`` of each type's examples, rounded down, held apart,
    picked by the sha256 of their source (the same split every time)."""
    by_type: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        by_type[e.doc_type].append(e)
    train: list[Example] = []
    held: list[Example] = []
    for _, group in sorted(by_type.items()):
        group = sorted(group, key=lambda e: (_order(e.source), e.source))
        n = int(len(group) * share)
        held += group[:n]
        train += group[n:]
    return train, held


@contextmanager
def _locked(models_dir: Path) -> Iterator[None]:
    with (models_dir / ".lock").open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _prune(models_dir: Path, current: str) -> list[str]:
    """Keep the last ``KEEP`` models and the one in use; remove what a crash left behind."""
    for tmp in models_dir.glob(f".{_PREFIX}*"):
        shutil.rmtree(tmp, ignore_errors=True)
    names = sorted(p.name for p in models_dir.iterdir()
                   if p.is_dir() and p.name.startswith(_PREFIX))
    keep = set(names[-KEEP:]) | {current}
    for name in names:
        if name not in keep:
            shutil.rmtree(models_dir / name, ignore_errors=True)
    return [n for n in names if n in keep]


def train_model(deps: Deps, out_dir: Path | None = None, *,
                corrections: Iterable[Example] = (), seed_dir: Path = SEED_DIR,
                per_type: int = PER_TYPE, now: datetime | None = None) -> TrainingReport:
    """Train the document type model on what :func:`collect_examples` gives, measure it on a
    held-apart fifth, write it under ``out_dir`` (default ``DATA/models``), make it the one in
    use and keep the last ``KEEP``.

    Raises:
        NotEnoughExamplesError: fewer than two types to learn.
    """
    out_dir = out_dir or deps.settings.models_dir
    examples = collect_examples(deps, corrections=corrections, seed_dir=seed_dir,
                                per_type=per_type)
    train, held = split(examples)
    right = 0
    if held and len({e.doc_type for e in train}) >= 2:
        probe = TypeModel().fit(train)
        right = sum(probe.predict(e.text, e.title)[0] == e.doc_type for e in held)
    else:
        held = []
    model = TypeModel().fit(examples)
    at = (now or now_vn()).replace(microsecond=0)
    sources = Counter(e.source.split(":", 1)[0] for e in examples)
    model.info.update({"trained_at": at.isoformat(), "sources": dict(sorted(sources.items())),
                       "heldout": len(held), "heldout_right": right})
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        tmp = out_dir / f".{_PREFIX}{at:%Y%m%dT%H%M%S}"
        shutil.rmtree(tmp, ignore_errors=True)
        sha256 = model.save(tmp)
        name = f"{_PREFIX}{at:%Y%m%dT%H%M%S}-{sha256[:12]}"
        if (out_dir / name).exists():  # the same model, trained again within the second
            shutil.rmtree(tmp)
        else:
            tmp.rename(out_dir / name)
        report = TrainingReport(name, sha256, sklearn_version(), at.isoformat(), len(examples),
                                dict(model.info["per_type"]), dict(model.info["sources"]),
                                len(held), right)
        body = {k: v for k, v in report.to_json().items() if k != "kept"}
        if out_dir == deps.settings.models_dir:  # in the store first: every machine's model
            publish(deps.store, out_dir, name, sha256, body)
        write_pointer(out_dir, name, sha256, body)
        kept = _prune(out_dir, name)
    return TrainingReport(**{**asdict(report), "kept": kept})


def reviewed(deps: Deps) -> Iterator[Example]:
    """The documents people confirmed or corrected at the review desk, as examples."""
    from archive.revisions import corrections

    for c in corrections(deps.store):
        yield Example(c.text, "", c.doc_type, f"correction:{c.receipt_code}/{c.document_id}")


def train_now(deps: Deps, *, who: str, corrections: Iterable[Example] | None = None
              ) -> TrainingReport:
    """Train the model (:func:`train_model`) on the archive, the samples and what people
    confirmed or corrected (``corrections``, by default read from the review desk's
    revisions), and record it in the audit trail as ``who``."""
    report = train_model(deps, corrections=reviewed(deps) if corrections is None
                         else corrections)
    deps.audit.append("model_trained", f"models/{report.model}", report.audit_detail(),
                      who=who)
    return report


def model_status(deps: Deps) -> dict[str, Any]:
    """The model in use: its training report, whether it can be used (and why not), the
    models kept, and the one published in the store for every machine (``published``, made
    the one in use here first). ``model`` is None when none was trained."""
    models_dir = deps.settings.models_dir
    published, problem = None, None
    try:  # the model every machine follows, as the next document would fetch it
        published = sync_from_store(deps.store, models_dir)
    except (SohoaError, OSError, ValueError) as exc:
        problem = f"{POINTERS}: {getattr(exc, 'message', None) or exc}"
    kept = sorted(p.name for p in models_dir.iterdir()
                  if p.is_dir() and p.name.startswith(_PREFIX)) if models_dir.is_dir() else []
    status: dict[str, Any] = {"model": None, "usable": False, "problem": problem, "kept": kept,
                              "pointer": str(models_dir / CURRENT), "published": published}
    try:
        pointer = read_pointer(models_dir)
        if pointer is None:
            return status
        status.update({"model": pointer.get("model"), "sha256": pointer.get("sha256"),
                       "report": pointer.get("report", {})})
        model, _ = load_current(models_dir)
    except ModelError as exc:  # shown, not raised: the operator reads what is wrong
        status["problem"] = exc.message
        return status
    status.update({"usable": True, "classes": list(model.classes)})
    return status


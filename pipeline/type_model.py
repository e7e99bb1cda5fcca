"""The document type model in use, and the second opinion it gives the rules.

``DATA/models/`` holds the last trained models (``type-model-<time>-<sha256 prefix>/``,
written by ``pipeline.training``) and ``current.json``, which names the one in use and its
sha256. The pointer is replaced in one step after a model is fully written, so a process
reads either the old model or the new one, never half of one. Each process loads a model
once (keyed by its folder and sha256) and sees a retrained one at its next document.

Every machine serving one archive uses the same model, though each has a data folder of its
own: a trained model is published into the object store beside the archive
(:func:`publish`), which every machine already reads, is backed up and replicated with the
archive, and keeps what it is given write-once:

    models/type-model-<time>-<sha256 prefix>/model.json, weights.npz, model.sha256
    models/current/type-model-<time>-<sha256 prefix>.json   the pointer: model, sha256, report

A pointer is never replaced: each training adds one, and the last in key order (the newest
training) names the model in use, so the store also keeps which model was in use since when.
:func:`current_model` looks at the store's pointers at most every ``REFRESH_SECONDS`` per
process; when the newest one names a model this machine does not use yet, its files are
copied into ``DATA/models/`` (checked against the sha256 the pointer records) and
``current.json`` is pointed at it. A store that cannot be reached leaves the model in use.

:func:`decide_type` is how classification asks the model: it takes the rules' result and
returns it as ``classify.decide.combine`` settles it. A missing model, or one that cannot be
used (another scikit-learn version, a file that does not match its sha256), leaves the rules'
result as it is: classification never stops for the model's sake (a warning is logged once).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from archive import ObjectStore
from classify import ClassifyResult
from classify.decide import DecidedBy, combine
from classify.learned import ModelError, TypeModel
from pipeline.deps import Deps
from sohoa.errors import SohoaError

__all__ = [
    "CURRENT",
    "MODEL_FILES",
    "POINTERS",
    "POINTER_SCHEMA",
    "REFRESH_SECONDS",
    "STORE_PREFIX",
    "ModelMissingError",
    "Typed",
    "current_model",
    "decide_type",
    "decision_record",
    "load_current",
    "publish",
    "read_pointer",
    "store_pointer",
    "sync_from_store",
    "write_pointer",
]

log = logging.getLogger(__name__)

CURRENT = "current.json"
POINTER_SCHEMA = "sohoa.type-model-pointer/1"
_lock = threading.Lock()
_loaded: dict[tuple[str, str], TypeModel] = {}
_warned: set[tuple[str, str]] = set()
STORE_PREFIX = "models/"
"""Where the object store keeps the trained models, one folder each."""
POINTERS = "models/current/"
"""The store's pointers, one per training; the last in key order names the model in use."""
MODEL_FILES = ("model.json", "weights.npz", "model.sha256")
"""The files of a model folder (``classify.learned.TypeModel.save``)."""
REFRESH_SECONDS = 60.0
"""How often a process looks in the store for a newer model (a retraining is weekly)."""
_checked: dict[str, float] = {}


class ModelMissingError(ModelError):
    """No type model has been trained in this data folder yet."""

    code = "type_model_missing"
    http_status = 404
    message = ("Chưa có mô hình phân loại; hãy huấn luyện: sohoa model train (no type model "
               "has been trained yet).")


def read_pointer(models_dir: Path) -> dict[str, Any] | None:
    """``current.json`` (the model in use, its sha256 and training report), or None."""
    path = models_dir / CURRENT
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ModelError(f"Không đọc được {path}: {exc}; hãy huấn luyện lại: sohoa model "
                         "train (the pointer to the model in use cannot be read).") from exc
    return data


def write_pointer(models_dir: Path, folder: str, sha256: str, report: dict[str, Any]) -> None:
    """Point ``current.json`` at ``folder`` (a name under ``models_dir``), in one step."""
    body = {"schema": POINTER_SCHEMA, "model": folder, "sha256": sha256, "report": report}
    tmp = models_dir / f".{CURRENT}.{os.getpid()}.{threading.get_ident()}"
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(models_dir / CURRENT)


def load_current(models_dir: Path) -> tuple[TypeModel, dict[str, Any]]:
    """The model ``current.json`` names, checked against its sha256, and the pointer.

    Raises:
        ModelMissingError: no model was trained here.
        ModelError: it cannot be used (``ModelTamperedError``, ``ModelVersionError``).
    """
    pointer = read_pointer(models_dir)
    if pointer is None:
        raise ModelMissingError()
    folder, sha256 = str(pointer.get("model", "")), str(pointer.get("sha256", ""))
    if not folder or "/" in folder or folder.startswith("."):
        raise ModelError(f"{models_dir / CURRENT} không chỉ đến một mô hình ({folder!r}); hãy "
                         "huấn luyện lại: sohoa model train (the pointer names no model).")
    key = (str(models_dir / folder), sha256)
    with _lock:
        model = _loaded.get(key)
    if model is None:
        model = TypeModel.load(models_dir / folder, sha256=sha256)
        with _lock:
            _loaded.clear()  # one model in use per process
            _loaded[key] = model
    return model, pointer


def publish(store: ObjectStore, models_dir: Path, folder: str, sha256: str,
            report: dict[str, Any]) -> str:
    """Copy the model ``folder`` (under ``models_dir``) into the object store and add the
    pointer that makes it the one in use on every machine; return the pointer's key. Writing
    the same model again writes nothing new (the store accepts the same bytes twice)."""
    for name in MODEL_FILES:
        store.put(f"{STORE_PREFIX}{folder}/{name}", (models_dir / folder / name).read_bytes())
    key = f"{POINTERS}{folder}.json"
    if not store.exists(key):
        body = {"schema": POINTER_SCHEMA, "model": folder, "sha256": sha256, "report": report}
        store.put(key, json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return key


def store_pointer(store: ObjectStore) -> dict[str, Any] | None:
    """The newest pointer in the store (the model every machine should use), or None."""
    newest = max(store.list(POINTERS), default=None)
    if newest is None:
        return None
    data: dict[str, Any] = json.loads(store.get(newest))
    return data


def sync_from_store(store: ObjectStore, models_dir: Path) -> str | None:
    """Make the store's newest model the one in use in ``models_dir`` (copying its files
    when this machine has not got them); return its folder name, or None when the store has
    no model. The copy is checked against the pointer's sha256 before it is used.

    Raises:
        ModelError: the pointer names no model, or the copied model does not match it.
    """
    pointer = store_pointer(store)
    if pointer is None:
        return None
    folder, sha256 = str(pointer.get("model", "")), str(pointer.get("sha256", ""))
    if not folder or "/" in folder or folder.startswith("."):
        raise ModelError(f"{POINTERS} không chỉ đến một mô hình ({folder!r}); hãy huấn luyện "
                         "lại: sohoa model train (the store's pointer names no model).")
    local = read_pointer(models_dir)
    if local and (local.get("model"), local.get("sha256")) == (folder, sha256) and (
            models_dir / folder).is_dir():
        return folder
    models_dir.mkdir(parents=True, exist_ok=True)
    if (models_dir / folder).is_dir():
        TypeModel.load(models_dir / folder, sha256=sha256)  # refused before it is pointed at
    else:
        tmp = models_dir / f".{folder}.{os.getpid()}.{threading.get_ident()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            for name in MODEL_FILES:
                (tmp / name).write_bytes(store.get(f"{STORE_PREFIX}{folder}/{name}"))
            TypeModel.load(tmp, sha256=sha256)
            try:
                tmp.rename(models_dir / folder)
            except OSError:
                if not (models_dir / folder).is_dir():
                    raise  # else another process of this machine copied it first
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    write_pointer(models_dir, folder, sha256, dict(pointer.get("report", {})))
    return folder


def _warn_once(models_dir: Path, message: str) -> None:
    key = (str(models_dir), message)
    with _lock:
        first = key not in _warned
        _warned.add(key)
    if first:
        log.warning("document types by the rules alone: %s", message)


def _refresh(deps: Deps) -> None:
    """Follow the store's newest model, at most every ``REFRESH_SECONDS`` per process."""
    models_dir = deps.settings.models_dir
    now = time.monotonic()
    with _lock:
        last = _checked.get(str(models_dir))
        if last is not None and now - last < REFRESH_SECONDS:
            return
        _checked[str(models_dir)] = now
    try:
        sync_from_store(deps.store, models_dir)
    except (SohoaError, OSError, ValueError) as exc:  # the model in use stays in use
        _warn_once(models_dir, getattr(exc, "message", None) or str(exc))


def current_model(deps: Deps) -> TypeModel | None:
    """The model in use (the store's newest, :func:`sync_from_store`), or None when there is
    none or it cannot be used (logged once)."""
    models_dir = deps.settings.models_dir
    _refresh(deps)
    try:
        return load_current(models_dir)[0]
    except ModelMissingError:
        return None
    except ModelError as exc:
        _warn_once(models_dir, exc.message)
        return None


@dataclass(frozen=True, slots=True)
class Typed:
    """A document's classification as the rules and the model settled it."""

    result: ClassifyResult
    decided_by: DecidedBy
    top: tuple[tuple[str, float], ...] = ()
    """The model's three likeliest types and their probabilities (for the review desk)."""
    model: str = ""
    """The sha256 of the model asked, ``""`` when none was."""


def decide_type(deps: Deps, result: ClassifyResult, texts: Sequence[str],
                model: TypeModel | None = None) -> Typed:
    """The rules' ``result`` for a document of these page ``texts``, with the model's opinion
    weighed in (``classify.decide.combine``): its type, label, fields and retention follow
    the type decided, its confidence says whether a person confirms it.

    ``model`` defaults to the one in use (:func:`current_model`); without one, or when the
    model names a type the taxonomy no longer has, the result is the rules' as it was. A type
    a person gave (a clerk naming a result's type) is not asked about: it stands.
    """
    model = model if model is not None else current_model(deps)
    if model is None:
        return Typed(result, "rules")
    rules = deps.rules
    unknown = rules.unknown.id
    text = "\n".join(texts)
    top = tuple(model.top(text, result.title or "", 3))
    if top[0][0] not in {t.id for t in rules.types} | {unknown}:
        return Typed(result, "rules", top, model.sha256)
    decision = combine((result.doc_type, result.confidence), top[0], unknown_id=unknown,
                       model_knows_unknown=model.knows(unknown))
    if decision.doc_type == result.doc_type:
        return Typed(replace(result, confidence=decision.confidence), decision.decided_by, top,
                     model.sha256)
    doc_type = decision.doc_type
    return Typed(replace(result, doc_type=doc_type, label=rules.label(doc_type),
                         confidence=decision.confidence, fields=rules.read_fields(text, doc_type),
                         retention=rules.retention_for(doc_type)), decision.decided_by, top,
                 model.sha256)


def decision_record(typed: Typed, rules_said: tuple[str, float], given_type: str | None
                    ) -> dict[str, Any]:
    """What a manifest's classification records of how its type was decided: which opinion
    decided (``decided_by``; ``person`` for a type a person gave), the rules' type and
    confidence, and the model's sha256 and three likeliest types when it was asked."""
    out: dict[str, Any] = {"decided_by": "person" if given_type else typed.decided_by,
                           "rules_type": rules_said[0], "rules_confidence": rules_said[1]}
    if typed.top:
        out["model"] = {"sha256": typed.model,
                        "top": [[t, round(p, 4)] for t, p in typed.top]}
    return out

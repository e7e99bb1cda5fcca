"""The document type model in use, and the second opinion it gives the rules.

``DATA/models/`` holds the last trained models (``type-model-<time>-<sha256 prefix>/``,
written by ``pipeline.training``) and ``current.json``, which names the one in use and its
sha256. The pointer is replaced in one step after a model is fully written, so a process
reads either the old model or the new one, never half of one. Each process loads a model
once (keyed by its folder and sha256) and sees a retrained one at its next document.

:func:`decide_type` is how classification asks the model: it takes the rules' result and
returns it as ``classify.decide.combine`` settles it. A missing model, or one that cannot be
used (another scikit-learn version, a file that does not match its sha256), leaves the rules'
result as it is: classification never stops for the model's sake (a warning is logged once).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from classify import ClassifyResult, extract_fields
from classify.decide import DecidedBy, combine
from classify.learned import ModelError, TypeModel
from pipeline.deps import Deps

__all__ = [
    "CURRENT",
    "POINTER_SCHEMA",
    "ModelMissingError",
    "Typed",
    "current_model",
    "decide_type",
    "load_current",
    "read_pointer",
    "write_pointer",
]

log = logging.getLogger(__name__)

CURRENT = "current.json"
POINTER_SCHEMA = "sohoa.type-model-pointer/1"
_lock = threading.Lock()
_loaded: dict[tuple[str, str], TypeModel] = {}
_warned: set[tuple[str, str]] = set()


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


def current_model(deps: Deps) -> TypeModel | None:
    """The model in use, or None when there is none or it cannot be used (logged once)."""
    models_dir = deps.settings.models_dir
    try:
        return load_current(models_dir)[0]
    except ModelMissingError:
        return None
    except ModelError as exc:
        key = (str(models_dir), exc.message)
        with _lock:
            first = key not in _warned
            _warned.add(key)
        if first:
            log.warning("document types by the rules alone: %s", exc.message)
        return None


@dataclass(frozen=True, slots=True)
class Typed:
    """A document's classification as the rules and the model settled it."""

    result: ClassifyResult
    decided_by: DecidedBy
    top: tuple[tuple[str, float], ...] = ()
    """The model's three likeliest types and their probabilities (for the review desk)."""


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
        return Typed(result, "rules", top)
    decision = combine((result.doc_type, result.confidence), top[0], unknown_id=unknown,
                       model_knows_unknown=model.knows(unknown))
    if decision.doc_type == result.doc_type:
        return Typed(replace(result, confidence=decision.confidence), decision.decided_by, top)
    doc_type = decision.doc_type
    return Typed(replace(result, doc_type=doc_type, label=rules.label(doc_type),
                         confidence=decision.confidence, fields=extract_fields(text, doc_type),
                         retention=rules.retention_for(doc_type)), decision.decided_by, top)

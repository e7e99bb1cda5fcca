"""A learned document-type model beside the rules: TF-IDF features and a linear classifier.

The rules (``classify.rules``) type a document by its title and say why; this model reads the
whole text, so it can still name a type when the title was misread, worded otherwise or
missing, and it can disagree with a title that names the wrong thing. It is trained from the
archive's own documents (``pipeline.training``) and only ever gives a second opinion:
``classify.decide.combine`` weighs it against the rules.

Features, all on folded text (``sohoa.text.fold``: lower case, no diacritics):

* words and pairs of words of the whole text (TF-IDF, sublinear counts; digits left out, so
  ID and receipt numbers teach nothing);
* character 2- to 5-grams of the document's head: its title as the rules read it, and the first
  lines of its text (a misread title still shares most of its n-grams with the right one).

The classifier is a multinomial logistic regression (L2, classes balanced, fixed seed): its
probabilities are the softmax of linear scores, close enough to calibrated for the thresholds
of ``classify.decide`` (measured there).

A model is kept as a folder of plain data, never pickled code::

    model.json     schema, scikit-learn version, settings, classes, vocabularies, what it
                   was trained on, and the sha256 of weights.npz
    weights.npz    idf weights and the classifier's coefficients (numpy, no pickle)
    model.sha256   the sha256 of model.json: the model's identity

``TypeModel.load`` checks both digests and refuses a model written by another scikit-learn
version (its tokenisation may differ): train again (``sohoa model train``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sohoa.errors import SohoaError
from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "MODEL_SCHEMA",
    "Example",
    "ModelError",
    "ModelTamperedError",
    "ModelVersionError",
    "NotEnoughExamplesError",
    "TypeModel",
    "digest_of",
    "sklearn_version",
]

MODEL_SCHEMA = "sohoa.type-model/1"
_MODEL, _WEIGHTS, _DIGEST = "model.json", "weights.npz", "model.sha256"
_HEAD_LINES = 8
"""Lines of the text, from the top, that make the document's head (the title is among them)."""
_MAX_TEXT = 20_000
"""Characters of a document's text that are read (a long contract says what it is early)."""
_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
          "doc lap tu do hanh phuc")
_WORDS = r"(?u)\b[^\W\d_]{2,}\b"
_SETTINGS: dict[str, Any] = {
    "word_ngrams": [1, 2], "word_max_features": 50_000, "char_ngrams": [2, 5],
    "char_max_features": 50_000, "c": 10.0, "max_iter": 2000, "random_state": 0,
}
"""How a model is built; ``c`` (inverse regularisation) chosen as ``classify.decide`` says."""


class ModelError(SohoaError):
    """A type model cannot be trained or used; the message says what to do."""

    code = "type_model"
    message = ("Không dùng được mô hình phân loại; hãy huấn luyện lại: sohoa model train "
               "(the type model cannot be used; train it again).")


class ModelTamperedError(ModelError):
    """A model's files do not match the sha256 recorded beside them."""

    code = "type_model_tampered"


class ModelVersionError(ModelError):
    """A model was written by another scikit-learn version or in another schema."""

    code = "type_model_version"


class NotEnoughExamplesError(ModelError):
    """Too few trustworthy examples to learn from (at least two types are needed)."""

    code = "type_model_examples"
    http_status = 422


@dataclass(frozen=True, slots=True)
class Example:
    """One document whose type is known: what the model learns from."""

    text: str
    """The document's text (its pages' OCR text, joined)."""
    title: str
    """Its title as the rules read it, or ``""``."""
    doc_type: str
    source: str
    """Where it comes from: ``archive:<code>/<doc>``, ``correction:<code>/<doc>``,
    ``sample:<file>#<n>``."""


def sklearn_version() -> str:
    """The installed scikit-learn version."""
    import sklearn

    return str(sklearn.__version__)


def head(text: str, title: str = "") -> str:
    """The folded head of a document: its title, then its first lines without the motto."""
    lines = [normalise_space(line) for line in nfc(text[:_MAX_TEXT]).splitlines()]
    kept = [f for line in lines if line and not any(m in (f := fold(line)) for m in _MOTTO)]
    return " | ".join([fold(normalise_space(title)), *kept[:_HEAD_LINES]])


def body(text: str) -> str:
    """The folded text the word features are taken from."""
    return fold(nfc(text[:_MAX_TEXT]))


def _vectorizers(settings: dict[str, Any],
                 vocabularies: Sequence[Sequence[str]] | None = None) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    words, chars = vocabularies if vocabularies is not None else (None, None)
    word = TfidfVectorizer(
        token_pattern=_WORDS, ngram_range=tuple(settings["word_ngrams"]), sublinear_tf=True,
        lowercase=False, max_features=settings["word_max_features"], dtype=np.float64,
        vocabulary={t: i for i, t in enumerate(words)} if words is not None else None)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=tuple(settings["char_ngrams"]), sublinear_tf=True,
        lowercase=False, max_features=settings["char_max_features"], dtype=np.float64,
        vocabulary={t: i for i, t in enumerate(chars)} if chars is not None else None)
    return word, char


def _vocabulary(vectorizer: Any) -> list[str]:
    terms = [""] * len(vectorizer.vocabulary_)
    for term, i in vectorizer.vocabulary_.items():
        terms[i] = term
    return terms


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(data)
    tmp.replace(path)


@dataclass(slots=True)
class TypeModel:
    """Document type from text: ``fit`` on examples, ``predict`` a type and its probability."""

    settings: dict[str, Any] = field(default_factory=lambda: dict(_SETTINGS))
    classes: tuple[str, ...] = ()
    info: dict[str, Any] = field(default_factory=dict)
    """What it was trained on: ``examples``, ``per_type``, ``trained_at`` and what the
    trainer adds."""
    sha256: str = ""
    """The model's identity (the sha256 of its ``model.json``) once saved or loaded; ``""``
    for a model only fitted in memory."""
    _word: Any = field(default=None, repr=False, compare=False)
    _char: Any = field(default=None, repr=False, compare=False)
    _coef: Any = field(default=None, repr=False, compare=False)
    _intercept: Any = field(default=None, repr=False, compare=False)

    @property
    def fitted(self) -> bool:
        """Whether the model has been trained (or loaded)."""
        return self._coef is not None

    def fit(self, examples: Sequence[Example]) -> TypeModel:
        """Learn from ``examples`` (deterministic: the same examples give the same model);
        return the model. Raises ``NotEnoughExamplesError`` with fewer than two types."""
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        per_type = Counter(e.doc_type for e in examples)
        if len(per_type) < 2:
            raise NotEnoughExamplesError(
                f"Chỉ có {len(examples)} tài liệu mẫu thuộc {len(per_type)} loại; cần ít nhất "
                "hai loại để học (too few examples: at least two document types are needed).")
        ordered = sorted(examples, key=lambda e: (e.doc_type, e.source, e.title, e.text))
        self._word, self._char = _vectorizers(self.settings)
        try:
            x = hstack([self._word.fit_transform([body(e.text) for e in ordered]),
                        self._char.fit_transform([head(e.text, e.title) for e in ordered])])
        except ValueError as exc:  # no word in any text
            raise NotEnoughExamplesError(
                f"Các tài liệu mẫu không có chữ nào để học ({exc}) (the examples hold no "
                "text to learn from).") from exc
        x = x.tocsr()
        s = self.settings
        clf = LogisticRegression(C=s["c"], max_iter=s["max_iter"], class_weight="balanced",
                                 random_state=s["random_state"])
        clf.fit(x, [e.doc_type for e in ordered])
        self.classes = tuple(str(c) for c in clf.classes_)
        self._coef = np.asarray(clf.coef_, dtype=np.float64)
        self._intercept = np.asarray(clf.intercept_, dtype=np.float64)
        self.info = {**self.info, "examples": len(examples), "per_type": dict(sorted(
            per_type.items()))}
        return self

    def probabilities(self, text: str, title: str = "") -> np.ndarray:
        """The probability of each of ``classes`` for one document."""
        from scipy.sparse import hstack

        if not self.fitted:
            raise ModelError("Mô hình chưa được huấn luyện (the model is not trained).")
        x = hstack([self._word.transform([body(text)]),
                    self._char.transform([head(text, title)])]).tocsr()
        scores = np.asarray(x @ self._coef.T).ravel() + self._intercept
        if len(self.classes) == 2:  # one row of coefficients: the second class against the first
            p = 1.0 / (1.0 + np.exp(-scores[0]))
            return np.array([1.0 - p, p])
        scores = scores - scores.max()
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum())

    def top(self, text: str, title: str = "", k: int = 3) -> list[tuple[str, float]]:
        """The ``k`` likeliest types and their probabilities, likeliest first (ties by id)."""
        probs = self.probabilities(text, title)
        order = sorted(range(len(self.classes)), key=lambda i: (-probs[i], self.classes[i]))
        return [(self.classes[i], round(float(probs[i]), 6)) for i in order[:k]]

    def predict(self, text: str, title: str = "") -> tuple[str, float]:
        """The likeliest type of a document and its probability."""
        return self.top(text, title, 1)[0]

    def knows(self, doc_type: str) -> bool:
        """Whether the model was trained on documents of ``doc_type``."""
        return doc_type in self.classes

    def save(self, folder: Path) -> str:
        """Write the model into ``folder`` (made if missing); return its sha256."""
        if not self.fitted:
            raise ModelError("Mô hình chưa được huấn luyện (the model is not trained).")
        folder.mkdir(parents=True, exist_ok=True)
        weights = folder / _WEIGHTS
        tmp = folder / f".{_WEIGHTS}.{os.getpid()}.npz"
        np.savez_compressed(tmp, word_idf=self._word.idf_, char_idf=self._char.idf_,
                            coef=self._coef, intercept=self._intercept)
        tmp.replace(weights)
        doc = {"schema": MODEL_SCHEMA, "sklearn": sklearn_version(), "settings": self.settings,
               "classes": list(self.classes), "info": self.info,
               "vocabulary": {"words": _vocabulary(self._word), "chars": _vocabulary(self._char)},
               "weights_sha256": _sha256(weights)}
        blob = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
        digest = hashlib.sha256(blob).hexdigest()
        _write(folder / _MODEL, blob)
        _write(folder / _DIGEST, f"{digest}\n".encode())
        self.sha256 = digest
        return digest

    @classmethod
    def load(cls, folder: Path, *, sha256: str | None = None) -> TypeModel:
        """Read a model written by ``save``, checking its digests (and ``sha256``, when the
        caller recorded it) and the scikit-learn version.

        Raises:
            ModelTamperedError: a file does not match its recorded sha256.
            ModelVersionError: another schema or scikit-learn version wrote it.
            ModelError: it is not there or cannot be read.
        """
        try:
            blob = (folder / _MODEL).read_bytes()
            recorded = (folder / _DIGEST).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"Không đọc được mô hình {folder}: {exc}; hãy huấn luyện lại: "
                             f"sohoa model train (the model cannot be read).") from exc
        digest = hashlib.sha256(blob).hexdigest()
        if digest != recorded or (sha256 is not None and digest != sha256):
            raise ModelTamperedError(
                f"Mô hình {folder} đã bị thay đổi: sha256 của {_MODEL} là {digest}, ghi là "
                f"{sha256 or recorded}; hãy huấn luyện lại: sohoa model train (the model's "
                "files do not match their sha256; train it again).")
        doc = json.loads(blob)
        if doc.get("schema") != MODEL_SCHEMA or doc.get("sklearn") != sklearn_version():
            raise ModelVersionError(
                f"Mô hình {folder} được tạo với {doc.get('schema')}, scikit-learn "
                f"{doc.get('sklearn')}; phiên bản này là {MODEL_SCHEMA}, scikit-learn "
                f"{sklearn_version()}: hãy huấn luyện lại: sohoa model train (the model was "
                "written by another version; train it again).")
        if _sha256(folder / _WEIGHTS) != doc["weights_sha256"]:
            raise ModelTamperedError(
                f"Tệp {_WEIGHTS} của mô hình {folder} không khớp sha256 đã ghi; hãy huấn "
                "luyện lại: sohoa model train (the model's weights do not match their "
                "sha256; train it again).")
        model = cls(settings=doc["settings"], classes=tuple(doc["classes"]), info=doc["info"],
                    sha256=digest)
        vocab = doc["vocabulary"]
        model._word, model._char = _vectorizers(model.settings, (vocab["words"], vocab["chars"]))
        with np.load(folder / _WEIGHTS, allow_pickle=False) as w:
            model._word.idf_ = w["word_idf"]
            model._char.idf_ = w["char_idf"]
            model._coef, model._intercept = w["coef"], w["intercept"]
        if model._coef.shape != (1 if len(model.classes) == 2 else len(model.classes),
                                 len(vocab["words"]) + len(vocab["chars"])):
            raise ModelError(f"Mô hình {folder} không nhất quán (the model's weights do not fit "
                             "its vocabulary); hãy huấn luyện lại: sohoa model train.")
        return model


def digest_of(folder: Path) -> str:
    """The sha256 a model folder records for itself (``model.sha256``), or ``""``."""
    try:
        return (folder / _DIGEST).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


"""A signature's structure is encoded once per part, and the bytes are the same as before."""

from __future__ import annotations

from typing import ClassVar

import pytest
from asn1crypto import core

import signing  # noqa: F401  (importing signing marks encoded values clean)
from signing import _asn1_encoding


def _nested(depth: int) -> core.Sequence:
    class Leaf(core.Sequence):
        _fields: ClassVar = [("a", core.OctetString), ("b", core.Integer)]

    value: core.Asn1Value = Leaf({"a": b"x" * 40, "b": 7})
    for _ in range(depth):
        class Wrap(core.Sequence):
            _fields: ClassVar = [("x", type(value)), ("n", core.Integer)]

        value = Wrap({"x": value, "n": 1})
    return value


def _count_encodings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = core.Asn1Value.dump

    def counting(self: core.Asn1Value, force: bool = False) -> bytes:
        calls[0] += 1
        return original(self, force)

    monkeypatch.setattr(core.Asn1Value, "dump", counting)
    return calls


def test_importing_signing_marks_encoded_values_clean() -> None:
    assert _asn1_encoding.marks_clean()
    _asn1_encoding.apply()  # twice is harmless
    assert _asn1_encoding.marks_clean()


def test_a_deep_built_structure_is_encoded_once_per_part(monkeypatch: pytest.MonkeyPatch) -> None:
    value = _nested(20)
    calls = _count_encodings(monkeypatch)
    encoded = value.dump()
    # 21 sequences and 41 primitives; without the fix it is about 2**20 calls
    assert calls[0] < 200
    assert value.dump() == encoded


def test_the_bytes_are_those_of_a_fresh_parse() -> None:
    value = _nested(6)
    encoded = value.dump()
    assert type(value).load(encoded).dump(force=True) == encoded


def test_a_part_changed_after_encoding_is_encoded_again() -> None:
    value = _nested(3)
    before = value.dump()
    value["x"]["x"]["x"]["b"] = 8
    after = value.dump()
    assert after != before
    assert type(value).load(after)["x"]["x"]["x"]["b"].native == 8
    value["n"] = 2
    assert type(value).load(value.dump())["n"].native == 2

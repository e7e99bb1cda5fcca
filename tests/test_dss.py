"""EU DSS, the reference validator, on one file of every kind sohoa signs: each made by the
service as people make it, each validated offline against the development root alone.

Now, every kind is TOTAL_PASSED and PAdES-BASELINE-LTA. The runner itself is checked too: what
it says of a file it cannot read, of an untrusted signer, and of changes made after signing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from signing import DevPki
from tests.dss_support import KINDS, SignedKinds, describe, dss, signed_kinds

pytestmark = pytest.mark.eudss


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SignedKinds]:
    yield signed_kinds(tmp_path_factory.mktemp("kinds"))


@pytest.fixture(scope="module")
def verdicts(kinds: SignedKinds) -> dict[Path, dict]:
    return dss(list(kinds.files.values()), kinds.trust)


@pytest.mark.parametrize("kind", KINDS)
def test_every_signed_kind_passes_dss_as_pades_lta(
    kinds: SignedKinds, verdicts: dict[Path, dict], kind: str
) -> None:
    verdict = verdicts[kinds.files[kind]]
    assert verdict["indication"] == "TOTAL_PASSED", f"{kind}: {describe(verdict)}"
    assert verdict["format"] == "PAdES-BASELINE-LTA", f"{kind}: {describe(verdict)}"
    assert verdict["signatures"], kind
    for signature in verdict["signatures"]:
        assert (signature["indication"], signature["format"]) == (
            "TOTAL_PASSED", "PAdES-BASELINE-LTA"), f"{kind}: {signature}"
        types = [t["type"] for t in signature["timestamps"]]
        assert "SIGNATURE_TIMESTAMP" in types and (
            "DOCUMENT_TIMESTAMP" in types or "ARCHIVE_TIMESTAMP" in types), f"{kind}: {types}"
        assert all(t["indication"] == "PASSED" for t in signature["timestamps"]), signature
        changed = signature["modifications"]
        assert not changed["visualDifferencePages"] and not changed["undefinedChanges"], changed
    assert not verdict["errors"], f"{kind}: {verdict['errors']}"


def test_a_result_carries_the_officer_and_the_organisation(
    kinds: SignedKinds, verdicts: dict[Path, dict]
) -> None:
    signers = [s["signedBy"] for s in verdicts[kinds.files["result"]]["signatures"]]
    assert signers == ["Nguyễn Văn An", "Trung tâm Phục vụ hành chính công"]


def test_the_runner_validates_offline_and_says_what_it_cannot_read(
    kinds: SignedKinds, tmp_path: Path
) -> None:
    stranger = DevPki.ensure(tmp_path / "other-pki", "Một tổ chức khác")
    document = kinds.files["document"]
    missing, unsigned = tmp_path / "missing.pdf", tmp_path / "unsigned.pdf"
    pikepdf.new().save(unsigned)
    found = dss([document, missing, unsigned], stranger.ca_cert_path)
    # another root: the file carries everything else, and nothing is fetched to make up for it
    assert (found[document]["indication"], found[document]["subIndication"]) == (
        "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND"), describe(found[document])
    assert found[missing]["indication"] is None and "missing.pdf" in found[missing]["error"]
    assert found[unsigned]["indication"] is None and "no signature" in found[unsigned]["error"]


def _drawn_over(signed: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    forged = generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (DA DUYET) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(forged))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_dss_sees_a_page_drawn_over_after_signing(kinds: SignedKinds, tmp_path: Path) -> None:
    changed = tmp_path / "drawn-over.pdf"
    changed.write_bytes(_drawn_over(kinds.files["document"].read_bytes()))
    verdict = dss([changed], kinds.trust)[changed]
    (signature,) = verdict["signatures"]
    modifications = signature["modifications"]
    assert modifications["visualDifferencePages"] == [1] or modifications["undefinedChanges"], (
        modifications)
    assert verdict["warnings"] or verdict["indication"] != "TOTAL_PASSED", describe(verdict)

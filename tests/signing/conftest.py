"""Fixtures of the signing tests: a development PKI, a clerk's signer, a signed PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from signing import ClerkSigner, DevPki, sign_pdf
from tests.signing.support import NAME, WHEN, make_pdf


@pytest.fixture
def pki(tmp_path: Path) -> DevPki:
    return DevPki.ensure(tmp_path / "pki")


@pytest.fixture
def clerk(pki: DevPki) -> ClerkSigner:
    return pki.clerk_signer(NAME)


@pytest.fixture
def signed(clerk: ClerkSigner) -> bytes:
    return sign_pdf(make_pdf(pages=2), clerk, when=WHEN)

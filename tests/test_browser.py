"""The pages in a real browser: headless Chromium (Debian's), driven by Playwright, against the
service over HTTP on 127.0.0.1. A clerk uploads a sample batch and sees its rejected pages and
their reasons; an archivist searches without diacritics, opens the record and downloads the
signed PDF; anyone, signed out, verifies it on the verification page. Each step is saved as a
full-page screenshot under test-output/browser/."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.records import REASON_LABELS
from sohoa.codes import agency_of
from sohoa.people import People
from sohoa.text import fold
from tests.conftest import ROOT, SAMPLES, service_env, truths
from tests.web_support import PASSWORD, make_accounts, serve_in_thread, settings_for

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = ROOT / "test-output" / "browser"
TIMEOUT_MS = 30_000  # each Playwright action and assertion
NAVIGATION_MS = 60_000  # a page load (search, verification) or a download
PROCESSING_MS = 600_000  # real OCR of the six-page batch


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real app over HTTP on a free port of 127.0.0.1, stopped at the end."""
    settings = settings_for(tmp_path / "data")
    make_accounts(settings.data)
    # the clerk works for the agency of the sample dossier: pages of another agency's
    # dossier would be refused
    People(settings.data / "people.json").add_account(
        "Nguyễn Thị Lan", "lan", ["clerk"], agency=agency_of(_sample()[0]["receipt_code"]),
        password=None)
    with serve_in_thread(settings) as url:
        yield url


def _sample() -> tuple[dict[str, Any], Path]:
    """The sample dossier with rejected pages, and the one scan its pages come from."""
    [truth] = [t for t in truths() if any(p["reject"] for p in t["pages"])]
    [source] = {p["source"] for p in truth["pages"]}
    return truth, SAMPLES / source


def test_clerk_uploads_archivist_finds_anyone_verifies(server: str) -> None:
    from playwright.sync_api import ConsoleMessage, Request, Response, expect, sync_playwright

    truth, scan = _sample()
    assert scan.name == "dossier-14.pdf"
    code = truth["receipt_code"]
    rejects = [p for p in truth["pages"] if p["reject"]]
    query = fold(truth["phrase"])  # a phrase on the receipt, unique to this dossier
    assert query != truth["phrase"], "the archivist types the phrase without diacritics"

    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in [*SHOTS.glob("*.png"), *SHOTS.glob("*.pdf")]:
        old.unlink()  # no screenshot of an earlier run passes for this one's

    errors: list[str] = []
    reloading = {"batch": True}  # the batch page refreshes itself while processing

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":  # a CSP violation, a failed load, a script error
            errors.append(f"console: {message.text} ({message.location.get('url')})")

    def on_failed(request: Request) -> None:
        failure = request.failure or ""
        # a request cut short by the page moving on is aborted: the batch page reloading
        # itself while processing, or the download (the browser hands it to the download)
        moving_on = failure == "net::ERR_ABORTED" and (
            (reloading["batch"] and "/api/batches/" in request.url)
            or request.url.endswith("/document.pdf"))
        if not moving_on:
            errors.append(f"request failed: {request.method} {request.url}: {failure}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            errors.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    def shot(name: str) -> None:
        page.screenshot(path=SHOTS / name, full_page=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=service_env("SOHOA_CHROMIUM"),
                                     headless=True)
        try:
            context = browser.new_context(accept_downloads=True, locale="vi-VN",
                                          viewport={"width": 1280, "height": 900})
            context.set_default_timeout(TIMEOUT_MS)
            context.set_default_navigation_timeout(NAVIGATION_MS)
            expect.set_options(timeout=TIMEOUT_MS)
            page = context.new_page()
            page.on("console", on_console)
            page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
            page.on("requestfailed", on_failed)
            page.on("response", on_response)

            def sign_in(username: str, home: str) -> None:
                page.goto(f"{server}/dang-nhap")
                page.fill("#username", username)
                page.fill("#password", PASSWORD)
                page.click("#login")
                expect(page).to_have_url(f"{server}{home}")

            def sign_out() -> None:
                page.get_by_role("button", name="Đăng xuất").click()
                expect(page).to_have_url(f"{server}/dang-nhap")
                expect(page.locator("#who")).to_have_count(0)

            # 1. the clerk signs in and uploads the batch
            page.goto(f"{server}/dang-nhap")
            page.fill("#username", "lan")
            page.fill("#password", PASSWORD)
            shot("01-login.png")
            page.click("#login")
            expect(page).to_have_url(f"{server}/tiep-nhan")
            expect(page.locator("#who")).to_contain_text(f"Nguyễn Thị Lan · {agency_of(code)}")
            page.set_input_files("#files", str(scan))
            shot("02-counter.png")
            page.click("#upload")
            page.wait_for_url(re.compile(r"/tiep-nhan/lo/[^/]+$"))
            expect(page.locator("h1")).to_contain_text(scan.name)
            shot("03-batch-processing.png")

            # 2. ... waits for it, and sees the rejected pages and why
            state = page.locator("#state")
            expect(state).not_to_have_class(re.compile(r"state-(queued|processing)"),
                                            timeout=PROCESSING_MS)
            expect(state).to_have_class("state-done")
            reloading["batch"] = False
            main = page.inner_text("main")
            assert code in main, "the batch shows the dossier of its receipt"
            assert "/tmp" not in main and str(ROOT) not in main, "no server path is shown"
            figures = page.locator("figure.rejected-page")
            expect(figures).to_have_count(len(rejects))
            reasons = [r.strip() for r in figures.locator("figcaption .reason").all_inner_texts()]
            assert all(reasons), f"every rejected page says why: {reasons}"
            assert sorted(r.split(":")[0] for r in reasons) == sorted(
                REASON_LABELS[p["reject"]] for p in rejects), reasons
            captions = figures.locator("figcaption").all_inner_texts()
            assert all(f"{scan.name}, trang {p['index'] + 1}" in c
                       for p, c in zip(rejects, captions, strict=True)), captions
            for n in range(figures.count()):
                image = figures.nth(n).locator("img")
                image.scroll_into_view_if_needed()
                page.wait_for_function("img => img.complete", arg=image.element_handle())
                width = image.evaluate("img => img.naturalWidth")
                assert width > 0, f"the thumbnail of rejected page {n + 1} loads"
            shot("04-batch-rejected-pages.png")
            sign_out()

            # 3. the archivist searches without diacritics
            sign_in("trang", "/tra-cuu")
            page.fill("#q", query)
            shot("05-search-typed.png")
            page.click("#search")
            page.wait_for_url(re.compile(r"/tra-cuu\?"))
            expect(page.locator("#total")).to_have_text(re.compile(r"^[1-9]\d* kết quả$"))
            hits = page.locator("li.hit")
            expect(hits.first).to_be_visible()
            expect(hits.first.locator(".meta")).to_contain_text(f"Hồ sơ {code}")
            expect(hits.first.locator(".snippet mark").first).to_be_visible()
            marked = fold(" ".join(hits.first.locator(".snippet mark").all_inner_texts()))
            assert set(query.lower().split()) & set(marked.lower().split()), marked
            shot("06-search-results.png")

            # 4. ... opens the record and downloads the signed PDF
            hits.first.locator("a.hit-link").click()
            page.wait_for_url(re.compile(rf"/tai-lieu/{re.escape(code)}/[^/]+$"))
            expect(page.locator(f'a[href="/ho-so/{code}"]')).to_have_text(f"Hồ sơ {code}")
            previews = page.locator(".preview img")
            expect(previews.first).to_be_visible()
            for n in range(previews.count()):
                image = previews.nth(n)
                image.scroll_into_view_if_needed()  # the previews load lazily
                page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                                       arg=image.element_handle())
            page.evaluate("window.scrollTo(0, 0)")
            shot("07-record.png")
            with page.expect_download(timeout=NAVIGATION_MS) as info:
                page.click("#download")
            download = info.value
            assert download.failure() is None, download.failure()
            assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
            pdf = SHOTS / download.suggested_filename
            download.save_as(pdf)
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF-"), data[:16]
            sign_out()

            # 5. anyone, signed out, verifies it
            page.goto(f"{server}/xac-minh")
            expect(page.locator("#who")).to_have_count(0)
            page.set_input_files("#file", str(pdf))
            shot("08-verify-form.png")
            page.click("#verify")
            verdict = page.locator("#verdict")
            expect(verdict).to_be_visible(timeout=NAVIGATION_MS)
            expect(verdict).to_have_class(re.compile(r"(^|\s)valid(\s|$)"))
            expect(verdict.locator("h2")).to_have_text(re.compile(r"^Hợp lệ"))
            expect(verdict).to_contain_text(hashlib.sha256(data).hexdigest())
            shot("09-verified.png")
        finally:
            browser.close()
    assert not errors, "\n".join(errors)

"""The pages in a real browser: headless Chromium (Debian's), driven by Playwright, against the
service on 127.0.0.1. A clerk uploads a batch and sees a rejected page and its reason; an
archivist searches without diacritics, opens the record and downloads the signed PDF; anyone
verifies it on the verification page. Screenshots go to test-output/browser/."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from pipeline.web import create_app
from sohoa.text import fold
from tests.conftest import ROOT, SAMPLES, service_env, truths
from tests.web_support import PASSWORD, make_accounts, settings_for

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = ROOT / "test-output" / "browser"
TIMEOUT_MS = 30_000
PROCESSING_MS = 600_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The service over HTTP on a free port of 127.0.0.1, stopped at the end."""
    settings = settings_for(tmp_path / "data")
    make_accounts(settings.data)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        thread.join(0.05)
    assert server.started, "the service did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(30)


def test_counter_search_download_verify(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    truth = next(t for t in truths() if any(p["reject"] for p in t["pages"]))
    scan = SAMPLES / truth["pages"][0]["source"]
    query = fold(truth["procedure"])  # on the receipt, which the gate lets through
    assert query != truth["procedure"]  # the archivist types it without diacritics
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=service_env("SOHOA_CHROMIUM"),
                                     headless=True)
        context = browser.new_context(accept_downloads=True, locale="vi-VN")
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        # a request cut short by the page moving on (the batch page reloading itself, a
        # download) is aborted; any other failure, and any error response, is a problem
        page.on("requestfailed", lambda r: None if r.failure == "net::ERR_ABORTED" else
                problems.append(f"{r.url}: {r.failure}"))

        def sign_in(username: str) -> None:
            page.goto(f"{server}/dang-nhap")
            page.fill("#username", username)
            page.fill("#password", PASSWORD)
            page.click("#login")

        # the clerk uploads a batch and watches it
        sign_in("lan")
        expect(page).to_have_url(f"{server}/tiep-nhan")
        page.set_input_files("#files", str(scan))
        page.screenshot(path=SHOTS / "01-counter.png", full_page=True)
        page.click("#upload")
        page.wait_for_load_state()
        if "/tiep-nhan/lo/" not in page.url:
            page.screenshot(path=SHOTS / "02-upload-failed.png", full_page=True)
            pytest.fail(f"the upload did not open its batch page: {page.inner_text('main')}")
        page.screenshot(path=SHOTS / "02-batch-processing.png", full_page=True)
        expect(page.locator("#state.state-done")).to_be_visible(timeout=PROCESSING_MS)
        rejected = page.locator("figure.rejected-page")
        expect(rejected.first).to_be_visible()
        assert rejected.count() == sum(1 for p in truth["pages"] if p["reject"])
        reason = rejected.first.locator(".reason").inner_text().strip()
        assert reason, "a rejected page shows its reason"
        assert "/tmp" not in page.inner_text("main"), "no server path is shown"
        loaded = rejected.first.locator("img").evaluate("img => img.naturalWidth")
        assert loaded > 0, "the thumbnail of the rejected page loads"
        assert truth["receipt_code"] in page.inner_text("main")
        page.screenshot(path=SHOTS / "03-batch-rejected-page.png", full_page=True)
        page.click("text=Đăng xuất")

        # the archivist searches without diacritics and opens the record
        sign_in("trang")
        page.fill("#q", query)
        page.click("#search")
        page.screenshot(path=SHOTS / "04-search.png", full_page=True)
        hit = page.locator("a.hit-link").first
        expect(hit).to_be_visible()
        expect(page.locator(".hit mark").first).to_be_visible()
        page.screenshot(path=SHOTS / "04-search.png", full_page=True)
        hit.click()
        assert f"/tai-lieu/{truth['receipt_code']}/" in page.url
        preview = page.locator(".preview img").first
        expect(preview).to_be_visible()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                               arg=preview.element_handle())
        page.screenshot(path=SHOTS / "05-record.png", full_page=True)
        with page.expect_download() as download:
            page.click("#download")
        pdf = SHOTS / "tai-ve.pdf"
        download.value.save_as(pdf)
        assert pdf.read_bytes().startswith(b"%PDF-")
        page.click("text=Đăng xuất")

        # anyone verifies it
        page.goto(f"{server}/xac-minh")
        page.set_input_files("#file", str(pdf))
        page.click("#verify")
        verdict = page.locator("#verdict")
        expect(verdict).to_have_class("card verdict valid")
        expect(verdict.locator("h2")).to_contain_text("Hợp lệ")
        page.screenshot(path=SHOTS / "06-verified.png", full_page=True)
        browser.close()
    assert not problems, problems

"""The review desk in a real browser: headless Chromium (Debian's), driven by Playwright,
against the service over HTTP on 127.0.0.1. An archivist opens /soat-xet, finds a document
read with doubt, sees its pages beside what was read, corrects its type and a field with a
reason, and the record page shows the new type and the revision (who, why, before → after).
Each step is saved as a full-page screenshot under test-output/browser-review/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.deps import build_deps
from tests.conftest import ROOT, service_env
from tests.review_support import AGENCY, archive_sample
from tests.web_support import PASSWORD, make_accounts, serve_in_thread, settings_for

pytestmark = [pytest.mark.browser]

SHOTS = ROOT / "test-output" / "browser-review"
TIMEOUT_MS = 30_000
CODE = f"{AGENCY}-250101-0042"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The real app over HTTP with one document to review; yields its URL and the id."""
    settings = settings_for(tmp_path / "data")
    make_accounts(settings.data)
    doc = archive_sample(build_deps(settings), CODE, "khac",
                         texts=["QUYET DINH ve viec cap giay phep", "Dieu 1. Cap phep"])
    with serve_in_thread(settings) as url:
        yield url, doc


def test_an_archivist_corrects_a_type_and_the_record_shows_the_revision(
    server: tuple[str, str]
) -> None:
    from playwright.sync_api import ConsoleMessage, Response, expect, sync_playwright

    url, doc = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(f"console: {message.text}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            errors.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=service_env("SOHOA_CHROMIUM"),
                                     headless=True)
        try:
            context = browser.new_context(locale="vi-VN", viewport={"width": 1280,
                                                                    "height": 900})
            context.set_default_timeout(TIMEOUT_MS)
            expect.set_options(timeout=TIMEOUT_MS)
            page = context.new_page()
            page.on("console", on_console)
            page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
            page.on("response", on_response)

            def shot(name: str) -> None:
                page.screenshot(path=SHOTS / name, full_page=True)

            def images_load() -> None:
                images = page.locator(".preview img")
                expect(images.first).to_be_visible()
                for n in range(images.count()):
                    image = images.nth(n)
                    image.scroll_into_view_if_needed()
                    page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                                           arg=image.element_handle())
                page.evaluate("window.scrollTo(0, 0)")

            # 1. the archivist signs in and opens the review desk from the menu
            page.goto(f"{url}/dang-nhap")
            page.fill("#username", "trang")
            page.fill("#password", PASSWORD)
            page.click("#login")
            expect(page).to_have_url(f"{url}/tra-cuu")
            page.get_by_role("link", name="Soát xét", exact=True).click()
            expect(page).to_have_url(f"{url}/soat-xet")
            rows = page.locator("#queue tr.queued")
            expect(rows).to_have_count(1)
            expect(rows.first).to_contain_text("Tài liệu khác")
            expect(rows.first).to_contain_text(CODE)
            shot("01-queue.png")

            # 2. ... opens the document: its pages beside what was read
            rows.first.locator("a.review-link").click()
            page.wait_for_url(re.compile(rf"/soat-xet/{re.escape(CODE)}/{doc}$"))
            expect(page.locator(".preview img")).to_have_count(2)
            images_load()
            expect(page.locator("#doc-type")).to_have_value("khac")
            shot("02-document.png")

            # 3. ... corrects the type and a field, with the reason
            page.select_option("#doc-type", "quyet_dinh")
            page.fill("#f-so_ky_hieu", "15/QĐ-UBND")
            page.fill("#why", "Tiêu đề là QUYẾT ĐỊNH, đọc nhầm")
            shot("03-correcting.png")
            page.click("#correct")
            page.wait_for_url(re.compile(r"\?sua=1$"))
            expect(page.locator("#saved")).to_contain_text("Đã lưu bản sửa số 1")
            expect(page.locator("#doc-type")).to_have_value("quyet_dinh")
            shot("04-saved.png")

            # 4. the record page shows the new type and the revision
            page.click("#record-link")
            page.wait_for_url(f"{url}/tai-lieu/{CODE}/{doc}")
            expect(page.locator("#doc-type")).to_contain_text("Quyết định (quyet_dinh)")
            expect(page.locator("#record-title")).to_contain_text("Quyết định")
            revision = page.locator("#revisions tr.revision")
            expect(revision).to_have_count(1)
            expect(revision.locator(".who")).to_have_text("Phạm Thu Trang")
            expect(revision.locator(".why")).to_have_text("Tiêu đề là QUYẾT ĐỊNH, đọc nhầm")
            expect(revision.locator(".change")).to_contain_text(
                "Tài liệu khác (khac) → Quyết định (quyet_dinh)")
            expect(revision.locator(".change")).to_contain_text("— → 15/QĐ-UBND")
            expect(revision.locator(".change")).to_contain_text("vĩnh viễn")
            images_load()
            shot("05-record.png")

            # 5. the document has left the queue
            page.goto(f"{url}/soat-xet")
            expect(page.locator("#empty")).to_be_visible()
            shot("06-queue-empty.png")
        finally:
            browser.close()
    assert not errors, "\n".join(errors)

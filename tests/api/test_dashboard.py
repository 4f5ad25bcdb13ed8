"""The dashboard in real headless Chromium against `fogwatch serve` on a test store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(store, tmp_path):
    store.close()  # the server opens the file itself
    port = free_port()
    command = [sys.executable, "-m", "fogwatch", "serve", "--db", store.url, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/api/stats", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"fogwatch serve did not answer: {process.stdout.read().decode()[-2000:]}")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture()
def page():
    if not os.path.exists(CHROMIUM):
        pytest.fail("chromium is not installed: run `make test` (scripts/system-deps.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": 1300, "height": 820})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.errors = errors
        yield page
        browser.close()


def markers(page) -> int:
    return int(page.locator("#map").get_attribute("data-markers"))


def test_map_filters_and_evidence_panel(server, page, tmp_path):
    page.goto(server)
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    assert markers(page) == 4
    page.screenshot(path=str(tmp_path / "map.png"))

    page.select_option("#f-type", "refusal_to_fight")
    page.wait_for_function("document.querySelector('#map').dataset.markers === '1'", timeout=10_000)
    assert page.locator(".incident-marker").count() == 1

    page.locator(".incident-marker").first.click(force=True)
    mark = page.wait_for_selector("#panel:not([hidden]) mark.evidence", timeout=10_000)
    assert "refused to advance near Djibo" in mark.inner_text()
    page.screenshot(path=str(tmp_path / "panel.png"))
    assert page.errors == []


def test_article_markup_shows_as_text(server, page, tmp_path):
    page.goto(server)
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.fill("#f-search", "depot")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelector('#map').dataset.markers === '1'", timeout=10_000)
    page.locator(".incident-marker").first.click(force=True)
    page.wait_for_selector("#panel:not([hidden]) mark.evidence", timeout=10_000)
    panel = page.locator("#panel-body")
    assert "<script>window.__xss = 1</script>" in panel.inner_text()
    assert 'onerror="window.__xss=2"' in panel.inner_text()
    assert panel.locator("script, img").count() == 0
    assert page.evaluate("window.__xss") is None
    page.screenshot(path=str(tmp_path / "hostile.png"))

"""Every generated HTML report, opened in headless Chromium (Debian's `chromium`, driven by
Playwright with `executable_path`): no console errors, every image loads, Arabic paragraphs and
table cells read right to left, and markup in an article's text shows as text and never runs.

Skips, with the reason, only when Chromium or Playwright is absent; `.ci/run` installs both.
"""
from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install -e '.[test]')")
pytestmark = [pytest.mark.notebooks,
              pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install -y chromium)")]

# Paragraphs and table cells whose first strong character is an Arabic letter (what a reader
# takes for Arabic text) and whose computed direction is not rtl, or paragraphs not aligned
# right (the walkthrough pages carry JupyterLab's stylesheet, with its `p {text-align: left}`).
# Digits and punctuation are not strong, so "92، 92" or a URL with an Arabic slug are not Arabic text.
WRONG_DIRECTION = """() => {
  const strong = /[A-Za-z\u00C0-\u024F]|[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const arabic = /[^A-Za-z\u00C0-\u024F]/;
  const readsRight = style => style.textAlign === 'right' || (style.textAlign === 'start' && style.direction === 'rtl');
  const ownText = el => {  // the element's text without notes (<small>) and mark labels
    const copy = el.cloneNode(true);
    copy.querySelectorAll('small, .label').forEach(note => note.remove());
    return copy.textContent || '';
  };
  return [...document.querySelectorAll('p, td, th')].filter(el => {
    const first = ownText(el).match(strong), style = getComputedStyle(el);
    return first && arabic.test(first[0]) && (style.direction !== 'rtl' || (el.tagName === 'P' && !readsRight(style)));
  }).map(el => el.tagName + ': ' + el.innerText.slice(0, 60));
}"""
BROKEN_IMAGES = "() => [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 80))"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def _pages(built_reports):
    folder, _ = built_reports
    return sorted(folder.glob("*/*.html"))


def _open(browser, page_path):
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_path.as_uri(), wait_until="load")
    return page, errors


def test_reports_were_built(built_reports):
    pages = _pages(built_reports)
    assert len(pages) >= 5 * len(built_reports[1]), pages


def test_every_report_opens_cleanly_and_reads_right_to_left(browser, built_reports):
    problems = []
    for path in _pages(built_reports):
        page, errors = _open(browser, path)
        name = f"{path.parent.name}/{path.name}"
        problems += [f"{name}: console: {e}" for e in errors]
        problems += [f"{name}: image did not load: {src}" for src in page.evaluate(BROKEN_IMAGES)]
        problems += [f"{name}: not right to left and right-aligned: {cell}" for cell in page.evaluate(WRONG_DIRECTION)]
        page.close()
    assert not problems, "\n".join(problems[:40])


def test_markup_in_the_article_shows_as_text_and_never_runs(browser, built_reports):
    folder, _ = built_reports
    pages = sorted((folder / "hostile-markup").glob("*.html"))
    assert [p.name for p in pages][:1] == ["01_article_to_chart.html"] and len(pages) >= 5
    for path in pages:
        page, _ = _open(browser, path)
        page.wait_for_timeout(200)  # give an injected handler the time it would need
        assert page.evaluate("() => window.__xss") is None, f"{path.name}: the article's markup ran"
        assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript:\"]').length") == 0, path.name
        shown = page.evaluate("() => document.body.innerText")
        # Digits get a label box after their mark, so look for the words around them.
        assert "<script>window.__xss = " in shown and "</script>" in shown, f"{path.name}: the script tag is not shown as text"
        assert '<img src=x onerror="window.__xss = ' in shown, path.name
        assert '<a href="javascript:window.__xss = ' in shown, path.name
        page.close()

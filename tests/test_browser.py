"""The HTML view in a real headless Chromium: highlights sit where the spans say.

For each ``<mark>`` the page is asked for the box of the mark and the box of the plain
text range its ``data-start``/``data-end`` name (a DOM Range over the article's text
nodes); they must coincide, the mark's text must be the span's text, and the screenshot
pixels inside every innermost mark must be mostly its kind's colour. Needs Playwright
(``pip install 'newsfacts[browser]'``) and a system Chromium (Debian: ``chromium``);
without them the test is skipped, except under CI where it fails.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_render import crlf_article, sample_article

from newsfacts import Article
from newsfacts.render import KINDS, to_html

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--force-device-scale-factor=1",
]

MEASURE = """() => {
  const root = document.getElementById('article');
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push([n, offset]);
    offset += n.data.length;
  }
  const locate = (pos, isEnd) => {
    for (const [n, at] of nodes) {
      if (pos < at + n.data.length || (isEnd && pos === at + n.data.length)) {
        return [n, pos - at];
      }
    }
    const [n, at] = nodes[nodes.length - 1];
    return [n, n.data.length];
  };
  const box = (r) => [r.left, r.top, r.right, r.bottom];
  return {
    text: root.textContent,
    marks: [...root.querySelectorAll('mark.nf')].map((m) => {
      const start = +m.dataset.start, end = +m.dataset.end;
      const range = document.createRange();
      range.setStart(...locate(start, false));
      range.setEnd(...locate(end, true));
      return {
        fact: m.dataset.fact, kind: m.dataset.kind, start, end,
        text: m.textContent,
        inner: [...m.querySelectorAll('mark')].flatMap((c) => [...c.getClientRects()].map(box)),
        colour: getComputedStyle(m).backgroundColor,
        box: box(m.getBoundingClientRect()),
        textBox: box(range.getBoundingClientRect()),
        rects: [...m.getClientRects()].map(box),
      };
    }),
  };
}"""


def _chromium() -> str:
    path = os.environ.get("NEWSFACTS_CHROMIUM") or shutil.which("chromium")
    path = path or shutil.which("chromium-browser")
    return path or ""


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install 'newsfacts[browser]')")
    executable = _chromium()
    if not executable:
        _unavailable("no chromium on PATH (Debian: apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=FLAGS,
            viewport={"width": 1100, "height": 900},
            device_scale_factor=1,
        )
        yield context
        context.close()


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _render(browser: Any, article: Article, folder: Path) -> tuple[dict[str, Any], Any]:
    from PIL import Image

    page_file = folder / "page.html"
    page_file.write_text(to_html(article), encoding="utf-8")
    page = browser.new_page()
    page.goto(page_file.as_uri())
    data: dict[str, Any] = page.evaluate(MEASURE)
    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
    shot.save(folder / "page.png")
    return data, page


def check_page(browser: Any, article: Article, folder: Path) -> set[str]:
    """Check every highlight against its span; return the kinds seen in their colour."""
    from PIL import Image

    data, page = _render(browser, article, folder)
    assert data["text"] == article.text
    shot = Image.open(folder / "page.png")
    scroll_y = page.evaluate("() => window.scrollY")
    coloured: set[str] = set()
    for m in data["marks"]:
        assert m["text"] == article.text[m["start"] : m["end"]], m
        # The mark's box is the box of the text its span names (borders add at most 2px).
        for a, b in zip(m["box"], m["textBox"], strict=True):
            assert abs(a - b) <= 2.5, (m["fact"], m["text"], m["box"], m["textBox"])
        colour = KINDS[m["kind"]].colour
        if not colour:
            continue
        r, g, b = _hex(colour)
        assert m["colour"] == f"rgb({r}, {g}, {b})"
        # Pixels of the mark not covered by marks nested in it: mostly its kind's colour.
        hits = total = 0
        for left, top, right, bottom in m["rects"]:
            for x in range(int(left) + 1, int(right) - 1):
                for y in range(int(top) + 1, int(bottom) - 1):
                    if any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in m["inner"]):
                        continue
                    px = shot.getpixel((x, y + scroll_y))
                    total += 1
                    hits += max(abs(px[0] - r), abs(px[1] - g), abs(px[2] - b)) <= 4
        if total >= 20:
            assert hits / total >= 0.4, (m["fact"], m["text"], hits, total)
            coloured.add(m["kind"])
    page.close()
    return coloured


def test_sample_highlights_in_browser(browser: Any, tmp_path: Path) -> None:
    coloured = check_page(browser, sample_article(), tmp_path)
    assert coloured == {k for k, kind in KINDS.items() if kind.colour}


def test_crlf_text_keeps_offsets_in_browser(browser: Any, tmp_path: Path) -> None:
    assert {"person", "organization", "place"} <= check_page(browser, crlf_article(), tmp_path)


def test_reference_highlights_in_browser(browser: Any, tmp_path: Path, reference: Article) -> None:
    coloured = check_page(browser, reference, tmp_path)
    # The acceptance: dateline, people, organizations, quantities and dates.
    assert {"dateline", "person", "organization", "quantity", "time"} <= coloured


def test_hover_shows_fields(browser: Any, tmp_path: Path) -> None:
    _, page = _render(browser, sample_article(), tmp_path)
    page.hover('mark.nf-person[data-fact="P2"]')
    tip = page.locator("#nf-tip")
    assert tip.is_visible()
    text = tip.inner_text()
    assert "P2 · person" in text and "organization: Acme Corp" in text
    page.mouse.move(1, 1)
    assert not tip.is_visible()
    page.close()

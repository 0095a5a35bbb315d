"""Screenshots of a notice in each language, at desktop and phone width, for the README.

Run from the repository root:

    python tests/screenshots.py            # writes images/notice-<lang>-<desktop|phone>.png
    python tests/screenshots.py --out DIR  # somewhere else

It builds site_example with `mkdocs build --strict`, serves it under /mkdocs-seloste/ (as GitHub
Pages does) on 127.0.0.1 and photographs it with Debian's Chromium through Playwright (never
`playwright install`: the browser is the system's): the patient register's notice at desktop
width, the customer register's on a phone, in every language.

The helpers here (serving a built site, launching Chromium) are shared with test_browser.py.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterator

SUBPATH = "mkdocs-seloste"  # site_example's site_url is https://esimerkki.github.io/mkdocs-seloste/
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# language code: (URL prefix, <html lang>)
LANGS = {"fi": ("", "fi-FI"), "sv": ("sv/", "sv-FI"), "en": ("en/", "en-FI")}
# name: (viewport, device scale factor). The phone is an iPhone 12-15 sized screen.
VIEWPORTS = {"desktop": ({"width": 1280, "height": 900}, 1), "phone": ({"width": 390, "height": 844}, 2)}
# The notice each is taken of, as the README describes them: the patient register on a desktop,
# the customer register on a phone.
SCREENSHOT_NOTICES = {"desktop": "tietosuoja/potilasrekisteri/", "phone": "tietosuoja/asiakasrekisteri/"}


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, quietly; a missing page under the subpath gets the site's 404.html, as on GitHub Pages."""

    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass

    def send_error(self, code, message=None, explain=None):
        subpath = self.server.subpath
        not_found = Path(self.directory) / subpath / "404.html"
        if code != 404 or not self.path.startswith(f"/{subpath}/") or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _PagesServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, subpath: str):
        super().__init__(address, handler)
        self.subpath = subpath

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the browser dropped a request it no longer needed (it navigated on)
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path, subpath: str = SUBPATH) -> Iterator[str]:
    """Serve a built site at http://127.0.0.1:<free port>/<subpath>/; yields that base URL.

    The server's root holds only a link named <subpath> to the site, so a link that climbs
    out of the subpath (as a wrong relative URL would on GitHub Pages) gets a 404 here too.
    """
    with tempfile.TemporaryDirectory(prefix="seloste-serve-") as root:
        (Path(root) / subpath).symlink_to(Path(site).resolve(), target_is_directory=True)
        handler = functools.partial(_PagesHandler, directory=root)
        server = _PagesServer(("127.0.0.1", 0), handler, subpath)
        thread = threading.Thread(target=server.serve_forever, name="seloste-http", daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/{subpath}/"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)


def launch(playwright):
    """Debian's Chromium, headless, with nothing of its own on the network."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def take_screenshots(browser, base_url: str, out_dir: Path) -> list[Path]:
    """notice-<lang>-<desktop|phone>.png in every language; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (viewport, scale) in VIEWPORTS.items():
        context = browser.new_context(viewport=viewport, device_scale_factor=scale, is_mobile=name == "phone",
                                      has_touch=name == "phone", reduced_motion="reduce")
        try:
            page = context.new_page()
            for code, (prefix, _) in LANGS.items():
                page.goto(base_url + prefix + SCREENSHOT_NOTICES[name])
                page.evaluate("document.fonts.ready.then(() => true)")
                path = out_dir / f"notice-{code}-{name}.png"
                page.screenshot(path=str(path), animations="disabled", caret="hide")
                written.append(path)
        finally:
            context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=root / "images", help="where to write the PNG files")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from conftest import copy_site_example, mkdocs_build
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="seloste-site-") as tmp:
        build = mkdocs_build(copy_site_example(Path(tmp)))
        if build.returncode != 0:
            print(build.output, file=sys.stderr)
            return 1
        with serve(build.site) as base_url, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                for path in take_screenshots(browser, base_url, args.out):
                    print(path)
            finally:
                browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`mkdocs serve`: a change to a site catalog or to front matter reaches the served page."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import MINIMAL, notice_page, write_site

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgctxt "section title"
msgid "Controller"
msgstr "{title}"
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, text: str, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    page = ""
    while time.monotonic() < deadline:
        try:
            page = urllib.request.urlopen(url, timeout=2).read().decode()
            if text in page:
                return page
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{text!r} did not appear at {url} within {seconds} s")


def test_serve_rebuilds_when_a_catalog_or_front_matter_changes(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page(MINIMAL)}, theme="mkdocs")
    po = tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    po.parent.mkdir(parents=True)
    po.write_text(PO.format(title="Ansvarig A"), encoding="utf-8")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        url = f"http://127.0.0.1:{port}/sv/seloste/"
        wait_for(url, "1. Ansvarig A")
        po.write_text(PO.format(title="Ansvarig B"), encoding="utf-8")
        wait_for(url, "1. Ansvarig B")
        page = tmp_path / "docs" / "seloste.md"
        page.write_text(page.read_text(encoding="utf-8").replace("Testiklinikka Oy", "Uusi Klinikka Oy"), encoding="utf-8")
        wait_for(url, "Uusi Klinikka Oy")
    finally:
        server.terminate()
        server.wait(timeout=10)

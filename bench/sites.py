"""Generators for the benchmark's sites (issue 7). Every site is written under a temporary directory.

    notice_site(root, n)       (a) n notices, built with the plugin
    prerendered_site(...)      (b) the same notices as plain Markdown from `seloste render`, no plugin
    plain_site(root, pages)    (c) ordinary Markdown pages, one config with the plugin and one without
    static_i18n_site(...)      (d) the pre-rendered Markdown as page.fi.md / page.sv.md / page.en.md
                                   for mkdocs-static-i18n
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "site_example"
NOTICE_SOURCE = EXAMPLE / "docs" / "tietosuoja" / "asiakasrekisteri.md"
CSS_SOURCE = REPO / "mkdocs_seloste" / "assets" / "seloste.css"
CSS_URI = "assets/stylesheets/seloste.css"
LANGUAGES = ("fi", "sv", "en")

# The same theme for every variant, so theme cost is equal. No search plugin in any variant
# (an explicit `plugins:` list replaces MkDocs' default one), so only the plugin under test differs.
_COMMON = "site_name: Seloste benchmark\ntheme:\n  name: mkdocs\n"


def register_names(i: int) -> dict[str, str]:
    return {"fi": f"Asiakasrekisteri {i}", "sv": f"Kundregister {i}", "en": f"Customer register {i}"}


def _site_translations() -> dict[str, dict[str, str]]:
    """msgid -> {sv: ..., en: ...} from site_example's own catalogs."""
    out: dict[str, dict[str, str]] = {}
    for code in LANGUAGES[1:]:
        path = EXAMPLE / "locales" / code / "LC_MESSAGES" / "mkdocs_seloste.po"
        with open(path, "rb") as f:
            for message in read_po(f):
                if message.id and message.string and not message.fuzzy:
                    out.setdefault(message.id, {})[code] = message.string
    return out


def notice_template() -> str:
    """site_example's asiakasrekisteri.md with its site-catalog texts written as {fi, sv, en} mappings.

    The page as it stands has five plain Finnish texts that site_example's catalogs translate;
    copied without those catalogs, `mkdocs build --strict` fails with ten missing-translation
    warnings. Writing each such text as a mapping holding the catalog's own translations gives
    the same rendered pages and needs no site catalog. `{REGISTER}` marks the register name.
    """
    text = NOTICE_SOURCE.read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^  register:\n(    (fi|sv|en): .*\n){3}", "  register: {REGISTER}\n", text)
    if count != 1:
        raise SystemExit(f"{NOTICE_SOURCE}: cannot find the 'register:' mapping to replace")
    for msgid, strings in _site_translations().items():
        mapping = json.dumps({"fi": msgid, **strings}, ensure_ascii=False)
        text, count = re.subn(rf"(?m)^(\s*- ){re.escape(msgid)}$", lambda m: m.group(1) + mapping, text)
        if count != 1:
            raise SystemExit(f"{NOTICE_SOURCE}: the catalog text {msgid!r} is not a list item of the page")
    return text


def notice_page(template: str, i: int) -> str:
    return template.replace("{REGISTER}", json.dumps(register_names(i), ensure_ascii=False))


def notice_uri(i: int) -> str:
    return f"tietosuoja/rekisteri-{i:04d}.md"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


_HOME = "# Seloste benchmark\n\nA generated site: the home page and the notices under *tietosuoja/*.\n"


def notice_site(root: Path, n: int) -> Path:
    """(a): n notice pages, plugin enabled. Returns the mkdocs.yml."""
    template = notice_template()
    _write(root / "docs" / "index.md", _HOME)
    for i in range(1, n + 1):
        _write(root / "docs" / notice_uri(i), notice_page(template, i))
    config = root / "mkdocs.yml"
    # attr_list is listed (the plugin would add it) so that (b) and (d) parse the same Markdown.
    _write(config, _COMMON + "plugins:\n  - seloste\nmarkdown_extensions:\n  - attr_list\n")
    return config


def _render_one(job: tuple[str, str, str]) -> str:
    """The Markdown of one notice page in one language, by the `seloste render` command (in-process)."""
    from mkdocs_seloste import cli

    page, lang, config = job
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(["render", page, "--lang", lang, "-f", config])
    if status != 0:
        raise RuntimeError(f"seloste render {page} --lang {lang} -f {config}: exit status {status}")
    return out.getvalue()


def prerender(notice_config: Path, n: int, workers: int = 2) -> dict[tuple[int, str], str]:
    """(i, lang) -> Markdown, for every notice of the site (a), by `seloste render PAGE --lang LANG -f mkdocs.yml`.

    The command's own main() is run in two worker processes (one process start per page and
    language would cost 0.35 s each: 300 of them take longer than the benchmark). A sample is
    then run as the real command in a subprocess and compared byte for byte.
    """
    docs = notice_config.parent / "docs"
    jobs = [(str(docs / notice_uri(i)), lang, str(notice_config)) for i in range(1, n + 1) for lang in LANGUAGES]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_render_one, jobs, chunksize=8))
    rendered = {(i, lang): md for (i, lang), md in
                zip(((i, lang) for i in range(1, n + 1) for lang in LANGUAGES), results)}
    seloste = shutil.which("seloste")
    command = [seloste] if seloste else [sys.executable, "-c", "import sys; from mkdocs_seloste.cli import main; sys.exit(main())"]
    for i, lang in ((1, "fi"), (max(1, n // 2), "sv"), (n, "en")):
        real = subprocess.run([*command, "render", str(docs / notice_uri(i)), "--lang", lang, "-f", str(notice_config)],
                              capture_output=True, text=True, check=True).stdout
        if real != rendered[(i, lang)]:
            raise SystemExit(f"seloste render of {notice_uri(i)} ({lang}) differs between the command and main()")
    return rendered


def _titled(markdown: str, title: str) -> str:
    # The plugin gives every generated page `title: <register name>`; so do (b) and (d).
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{markdown}"


def prerendered_site(root: Path, rendered: dict[tuple[int, str], str], n: int) -> Path:
    """(b): the rendered Markdown at the plugin's URLs (fi at the page's path, sv/ and en/ prefixes), no plugin."""
    _write(root / "docs" / "index.md", _HOME)
    for i in range(1, n + 1):
        names = register_names(i)
        for lang in LANGUAGES:
            prefix = "" if lang == "fi" else f"{lang}/"
            _write(root / "docs" / (prefix + notice_uri(i)), _titled(rendered[(i, lang)], names[lang]))
    (root / "docs" / CSS_URI).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(CSS_SOURCE, root / "docs" / CSS_URI)
    config = root / "mkdocs.yml"
    # The plugin keeps its sv/en pages out of the navigation (and adds its stylesheet): the same here,
    # so every page renders a navigation of the same size.
    _write(config, _COMMON + "plugins: []\nmarkdown_extensions:\n  - attr_list\n"
           f"extra_css:\n  - {CSS_URI}\nnot_in_nav: |\n  /sv/\n  /en/\n")
    return config


def static_i18n_site(root: Path, rendered: dict[tuple[int, str], str], n: int) -> Path:
    """(d): the same Markdown as page.fi.md / page.sv.md / page.en.md, built by mkdocs-static-i18n."""
    for lang in LANGUAGES:
        _write(root / "docs" / f"index.{lang}.md", _HOME)
    for i in range(1, n + 1):
        names = register_names(i)
        stem = notice_uri(i)[:-3]
        for lang in LANGUAGES:
            _write(root / "docs" / f"{stem}.{lang}.md", _titled(rendered[(i, lang)], names[lang]))
    (root / "docs" / CSS_URI).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(CSS_SOURCE, root / "docs" / CSS_URI)
    config = root / "mkdocs.yml"
    _write(config, _COMMON + "plugins:\n  - i18n:\n      docs_structure: suffix\n      languages:\n"
           "        - {locale: fi, name: Suomi, default: true, build: true}\n"
           "        - {locale: sv, name: Svenska, build: true}\n"
           "        - {locale: en, name: English, build: true}\n"
           f"markdown_extensions:\n  - attr_list\nextra_css:\n  - {CSS_URI}\n")
    return config


_WORDS = ("hammas hoito klinikka potilas asiakas aika varaus palvelu hinta laskutus kuopio helsinki "
          "ajanvaraus tarkastus paikkaus oikomishoito valkaisu suuhygienisti hammaslääkäri röntgen "
          "puudutus kruunu implantti proteesi juurihoito ikenet kiille karies fluori harjaus").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def _ordinary_page(rng: random.Random, i: int, pages: int) -> str:
    parts = []
    if i % 3 == 0:
        parts.append(f"---\ntitle: Sivu {i}\ndescription: {_sentence(rng)}\n---\n\n")
    elif i % 7 == 0:
        parts.append("---\nhide:\n  - toc\ntags: [hoito, hinnasto]\n---\n\n")
    parts.append(f"# Sivu {i}\n\n")
    for s in range(3):
        parts.append(f"## Osio {s + 1}\n\n{' '.join(_sentence(rng) for _ in range(4))}\n\n")
        parts.append("".join(f"- {_sentence(rng)}\n" for _ in range(3)) + "\n")
    other = rng.randrange(pages)
    parts.append(f"Katso myös [sivu {other}](../{_section(other)}/sivu-{other:04d}.md).\n\n")
    parts.append("| palvelu | hinta |\n|---|---|\n| tarkastus | 45 € |\n| paikkaus | 80 € |\n\n")
    parts.append("```\nesimerkki koodilohko\n```\n")
    return "".join(parts)


def _section(i: int) -> str:
    return f"osio-{i // 100:02d}"


def plain_site(root: Path, pages: int) -> tuple[Path, Path]:
    """(c): `pages` ordinary pages (a third with title/description front matter, some with hide/tags),
    no notices. Returns (config with the plugin, config without it) over the same docs folder."""
    rng = random.Random(7)
    _write(root / "docs" / "index.md", _HOME)
    for i in range(pages):
        _write(root / "docs" / _section(i) / f"sivu-{i:04d}.md", _ordinary_page(rng, i, pages))
    with_plugin, without = root / "mkdocs-with.yml", root / "mkdocs-without.yml"
    # The site's own config has no markdown extensions; the plugin adds attr_list (and its stylesheet)
    # itself, which is part of what it costs a site.
    _write(with_plugin, _COMMON + "plugins:\n  - seloste\n")
    _write(without, _COMMON + "plugins: []\n")
    return with_plugin, without


def check_yaml_equivalence(template: str) -> None:
    """The generated notice holds the same data as site_example's page, apart from the register and
    the five catalog texts now written as mappings."""
    original = yaml.safe_load(NOTICE_SOURCE.read_text(encoding="utf-8").split("---\n")[1])["seloste"]
    generated = yaml.safe_load(notice_page(template, 1).split("---\n")[1])["seloste"]

    def plain(value):
        if isinstance(value, dict) and set(value) == set(LANGUAGES):
            return value["fi"]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    original.pop("register"), generated.pop("register")
    if plain(original) != plain(generated):
        raise SystemExit("the generated notice does not hold the data of site_example's asiakasrekisteri.md")

"""In-process measurements that run in a fresh interpreter of their own (started by run.py).

    python bench/probes.py phases MKDOCS_YML SITE_DIR
        One build with the plugin's functions wrapped in timers (no profiler), as JSON.
    python bench/probes.py import
        The time to import the plugin in a fresh interpreter that has imported MkDocs already, as JSON.
    python bench/probes.py rebuild MKDOCS_YML REBUILDS
        Builds the site, then REBUILDS times: touch the sv site catalog, load the config again and
        build (what `mkdocs serve` does on a change), as JSON.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import time
from pathlib import Path


def phases(config_file: str, site_dir: str) -> dict:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    import mkdocs.config.defaults  # noqa: F401  (MkDocs itself is not part of the plugin's import time)
    import mkdocs.plugins  # noqa: F401

    started = time.perf_counter()
    import mkdocs_seloste.plugin as plugin
    import mkdocs_seloste.render as render
    import mkdocs_seloste.source as source
    imported = time.perf_counter() - started

    totals: dict[str, float] = {}
    calls: dict[str, int] = {}

    def wrap(owner, name: str, label: str) -> None:
        function = getattr(owner, name, None)
        if function is None:  # the plugin's code moved on: time what is still there
            return

        @functools.wraps(function)
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                totals[label] = totals.get(label, 0.0) + time.perf_counter() - t
                calls[label] = calls.get(label, 0) + 1

        setattr(owner, name, timed)

    for name in ("on_config", "on_files", "on_page_content", "on_page_context", "on_post_page", "on_post_template",
                 "on_post_build", "_write_languages", "_check"):
        wrap(plugin.SelostePlugin, name, f"SelostePlugin.{name}")
    wrap(plugin, "read_notice_source", "source.read_notice_source")
    wrap(plugin, "load", "source.load")
    wrap(source, "_yaml", "source.load > source._yaml (YAML parse)")
    wrap(plugin, "translators", "i18n.translators")
    wrap(render.Renderer, "render", "Renderer.render")
    wrap(plugin.render, "page", "render.page (front matter of the generated pages)")
    if hasattr(plugin, "history"):
        wrap(plugin.history, "uncommitted", "history.uncommitted (git)")

    logging.disable(logging.WARNING)
    t = time.perf_counter()
    build(load_config(config_file, site_dir=site_dir))
    total = time.perf_counter() - t
    return {"import_s": imported, "build_s": total,
            "phases": {k: {"s": v, "calls": calls[k]} for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}}


def import_time() -> dict:
    # What `mkdocs build` has imported by the time it loads plugins (the config's defaults too).
    import mkdocs.commands.build  # noqa: F401
    import mkdocs.config.defaults  # noqa: F401
    import mkdocs.plugins  # noqa: F401

    t = time.perf_counter()
    import mkdocs_seloste.plugin  # noqa: F401
    return {"import_s": time.perf_counter() - t}


def rebuild(config_file: str, rebuilds: int) -> dict:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs_seloste import i18n

    logging.disable(logging.WARNING)
    catalog = Path(config_file).parent / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    t = time.perf_counter()
    build(load_config(config_file))
    first = time.perf_counter() - t
    runs = []
    for _ in range(rebuilds):
        stat = os.stat(catalog)
        # A catalog edit: a newer modification time (by a whole second, whatever the file system's resolution).
        os.utime(catalog, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        misses = i18n._read.cache_info().misses
        c0 = time.process_time()
        t0 = time.perf_counter()
        config = load_config(config_file)
        t1 = time.perf_counter()
        build(config)
        t2 = time.perf_counter()
        runs.append({"total_s": t2 - t0, "load_config_s": t1 - t0, "build_s": t2 - t1,
                     "cpu_s": time.process_time() - c0,
                     "catalogs_read": i18n._read.cache_info().misses - misses})
    return {"first_s": first, "rebuilds": runs}


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "phases":
        result = phases(sys.argv[2], sys.argv[3])
    elif command == "import":
        result = import_time()
    elif command == "rebuild":
        result = rebuild(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown probe {command!r}")
    print("PROBE-RESULT " + json.dumps(result))

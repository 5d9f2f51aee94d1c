"""Widget size and time from page load to a usable launcher, in Debian's chromium.

    python -m benchmarks.widget_load [--url http://127.0.0.1:8080] [--runs 20]

Without ``--url`` it starts its own web service (``python -m web.server``) on ``--port``
(default 8180) and stops it afterwards; the launcher needs no Rasa server. Each run uses a
fresh browser context (cold cache). "Usable" is the ``rusmiddel-widget-ready`` performance
mark the widget sets once its stylesheet is loaded and the launcher is in the page.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "web" / "static"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def sizes() -> Dict[str, Dict[str, int]]:
    """Bytes and gzip -9 bytes of the files a host page downloads."""
    result = {}
    for name in ("widget.js", "widget.css"):
        body = (STATIC / name).read_bytes()
        result[name] = {"bytes": len(body), "gzip": len(gzip.compress(body, 9, mtime=0))}
    result["total"] = {key: sum(v[key] for v in result.values()) for key in ("bytes", "gzip")}
    return result


def _wait_http(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def measure(url: str, runs: int, viewport: Dict[str, int]) -> Dict[str, List[float]]:
    """Milliseconds after navigation start, per run: launcher ready, DOMContentLoaded, load."""
    from playwright.sync_api import sync_playwright

    timings: Dict[str, List[float]] = {"ready": [], "dom": [], "load": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for _ in range(runs):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
            # the shadow root is closed (no locator reaches the launcher): wait for the mark
            page.wait_for_function(
                "() => performance.getEntriesByName('rusmiddel-widget-ready').length > 0")
            ready, dom, load = page.evaluate(
                "() => { const n = performance.getEntriesByType('navigation')[0];"
                " const m = performance.getEntriesByName('rusmiddel-widget-ready')[0];"
                " return [m.startTime, n.domContentLoadedEventEnd, n.loadEventEnd]; }")
            timings["ready"].append(ready)
            timings["dom"].append(dom)
            timings["load"].append(load)
            context.close()
        browser.close()
    return timings


def _summary(values: List[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"median {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms   "
            f"min {ordered[0]:7.1f} ms   max {ordered[-1]:7.1f} ms")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running web service, e.g. http://127.0.0.1:8080")
    parser.add_argument("--port", type=int, default=8180)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--page", default="/?kommune=vejle")
    args = parser.parse_args(argv)

    print("widget size (what a host page downloads):")
    for name, size in sizes().items():
        print(f"  {name:11s} {size['bytes']:7d} bytes   {size['gzip']:6d} bytes gzipped")
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: no timing (scripts/install_system_deps.sh chromium)")
        return 1

    server = None
    base = args.url
    if base is None:
        base = f"http://127.0.0.1:{args.port}"
        env = {**os.environ, "WEB_PORT": str(args.port), "PYTHONPATH": str(ROOT)}
        server = subprocess.Popen([sys.executable, "-m", "web.server"], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not _wait_http(base + "/health", 30):
            server.terminate()
            print("web service did not start")
            return 1
    try:
        for label, viewport in (("desktop 1280x800", {"width": 1280, "height": 800}),
                                ("phone 390x844", {"width": 390, "height": 844})):
            timings = measure(base + args.page, args.runs, viewport)
            print(f"time after navigation start, {label}, {args.runs} cold loads of {args.page}:")
            print(f"  launcher usable    {_summary(timings['ready'])}")
            print(f"  DOMContentLoaded   {_summary(timings['dom'])}")
            print(f"  load event         {_summary(timings['load'])}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

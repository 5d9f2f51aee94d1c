"""Helpers for the web service tests: serve a Sanic app in a thread, make HTTP requests."""

from __future__ import annotations

import asyncio
import socket
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from typing import Dict, Iterator, NamedTuple, Optional

from sanic import Sanic


class Reply(NamedTuple):
    status: int
    headers: Dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, headers: Optional[Dict[str, str]] = None, method: str = "GET") -> Reply:
    """One HTTP request; HTTP errors are returned, not raised. Header names are lower case."""
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()},
                         resp.read())
    except urllib.error.HTTPError as err:
        return Reply(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


@contextmanager
def serve(app: Sanic) -> Iterator[str]:
    """Run ``app`` on a free loopback port in a background thread; yields its base URL.

    The real HTTP server (sanic-testing is not a dependency of this project), stopped on exit.
    """
    # Sanic 21.12 rewrites request-handling methods on the class at start-up ("TouchUp");
    # test mode keeps the originals so more than one app can start in this process.
    Sanic.test_mode = True
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: Dict[str, object] = {}

    async def boot() -> None:
        server = await app.create_server(sock=sock, return_asyncio_server=True,
                                         access_log=False)
        await server.startup()
        await server.start_serving()
        state["server"] = server

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(boot())
        except Exception as exc:  # reported to the test below
            state["error"] = exc
            ready.set()
            return
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(30)
    if "error" in state:
        raise RuntimeError(f"app did not start: {state['error']!r}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        async def shutdown() -> None:
            server = state["server"]
            closing = server.close()
            if closing is not None:
                await closing
        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        sock.close()

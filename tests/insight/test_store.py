import shutil
import socket
import subprocess
import time
from datetime import datetime

import pytest

from insight.model import Bucket, CellKey
from insight.recorder import Recorder
from insight.store import RedisInsightStore, SqlInsightStore
from tests.insight.conftest import NOW, history

KEY = CellKey("vejle", "ask_price", "municipal", "answered")


def _roundtrip(make):
    a, b = make(), make()  # two instances over one store
    hour = Bucket("hour", datetime(2025, 3, 18, 9))
    a.add({(hour, KEY): 2})
    b.add({(hour, KEY): 3})
    rows = a.rows("vejle", datetime(2025, 1, 1))
    assert [(r.key, r.count) for r in rows] == [(KEY, 5)]
    assert a.rows("soenderborg", datetime(2025, 1, 1)) == []
    a.add(history())
    total = sum(r.count for r in a.rows(None, datetime(2000, 1, 1)))
    assert a.roll_up(NOW.replace(tzinfo=None)) > 0
    b.roll_up(NOW.replace(tzinfo=None))  # the second instance finds nothing more to fold
    after = a.rows(None, datetime(2000, 1, 1))
    assert sum(r.count for r in after) == total
    assert {r.bucket.kind for r in after} == {"week"}


def test_sql_counters_add_up_and_roll_up(tmp_path):
    url = f"sqlite:///{tmp_path / 'i.sqlite3'}"
    _roundtrip(lambda: SqlInsightStore.open(url))


@pytest.fixture(scope="module")
def redis_url():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server not installed")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    yield f"redis://127.0.0.1:{port}/2"
    proc.terminate()
    proc.wait(5)


def test_redis_counters_add_up_and_roll_up(redis_url):
    _roundtrip(lambda: RedisInsightStore.open(redis_url))


def test_recorder_buffers_and_survives_a_broken_store():
    class Broken:
        def add(self, counts):
            raise ConnectionError("down")

    recorder = Recorder(Broken(), flush_seconds=0, clock=lambda: NOW)
    recorder.record(KEY)
    recorder.record(KEY)
    assert recorder.flush() is False  # logged, kept
    seen = {}
    recorder.store = type("Ok", (), {"add": lambda self, c: seen.update(c)})()
    assert recorder.flush() is True
    assert list(seen.values()) == [2]

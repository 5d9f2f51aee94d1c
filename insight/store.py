"""Where the counters live: the booking database (SQLite / PostgreSQL) or Redis.

Both stores only add: ``add`` increments counters (an upsert ``count = count + n`` in SQL,
``HINCRBY`` in Redis), so several instances writing at once add up. One table / one hash
per bucket holds only bucket, municipality, topic, entry kind, outcome and count
(``tests/insight/test_privacy.py`` fails on anything else).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Protocol, Tuple

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    and_,
    create_engine,
    delete,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from insight.model import HOUR, WEEK, Bucket, CellKey, Row, week_of

Counts = Mapping[Tuple[Bucket, CellKey], int]

metadata = MetaData()
count_table = Table(
    "insight_count", metadata,
    Column("bucket_kind", String(4), nullable=False),
    Column("bucket_start", DateTime(timezone=False), nullable=False),
    Column("municipality", String(40), nullable=False),
    Column("topic", String(122), nullable=False),
    Column("entry", String(10), nullable=False),
    Column("outcome", String(24), nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("bucket_kind", "bucket_start", "municipality", "topic", "entry",
                         "outcome", name="pk_insight_count"),
)
COLUMNS = frozenset(c.name for c in count_table.columns)


class InsightStore(Protocol):
    """What the recorder and the staff page need from a store."""

    def add(self, counts: Counts) -> None: ...

    def rows(self, municipality: Optional[str], since: datetime) -> List[Row]: ...

    def roll_up(self, before: datetime) -> int: ...


class SqlInsightStore:
    """The counters in the booking database (its own table; see :mod:`booking.store`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        metadata.create_all(engine, checkfirst=True)
        dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(count_table)
        self._upsert = statement.on_conflict_do_update(
            index_elements=[c.name for c in count_table.primary_key.columns],
            set_={"count": count_table.c["count"] + statement.excluded["count"]})

    @classmethod
    def open(cls, url: str) -> "SqlInsightStore":
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
        else:
            engine = create_engine(url, pool_size=2, max_overflow=2, pool_pre_ping=True)
        return cls(engine)

    def add(self, counts: Counts) -> None:
        params = [{"bucket_kind": b.kind, "bucket_start": b.start, "municipality": k.municipality,
                   "topic": k.topic, "entry": k.entry, "outcome": k.outcome, "count": int(n)}
                  for (b, k), n in sorted(counts.items()) if n > 0]
        if params:
            with self.engine.begin() as conn:
                conn.execute(self._upsert, params)

    def rows(self, municipality: Optional[str], since: datetime) -> List[Row]:
        query = select(count_table).where(count_table.c.bucket_start >= since)
        if municipality is not None:
            query = query.where(count_table.c.municipality == municipality)
        with self.engine.connect() as conn:
            return [Row(Bucket(r.bucket_kind, r.bucket_start),
                        CellKey(r.municipality, r.topic, r.entry, r.outcome), r.count)
                    for r in conn.execute(query)]

    def roll_up(self, before: datetime) -> int:
        """Fold hour counters that start before ``before`` into week counters; returns how
        many hour rows went. One transaction, so concurrent instances cannot double-count
        (PostgreSQL: the second waits on the row locks and then finds nothing to fold)."""
        old = and_(count_table.c.bucket_kind == HOUR, count_table.c.bucket_start < before)
        with self.engine.begin() as conn:
            rows = conn.execute(select(count_table).where(old).with_for_update()).all()
            if not rows:
                return 0
            weeks: Dict[Tuple[Bucket, CellKey], int] = {}
            for r in rows:
                key = (Bucket(WEEK, week_of(Bucket(HOUR, r.bucket_start))),
                       CellKey(r.municipality, r.topic, r.entry, r.outcome))
                weeks[key] = weeks.get(key, 0) + r.count
            conn.execute(delete(count_table).where(old))
            conn.execute(self._upsert, [
                {"bucket_kind": b.kind, "bucket_start": b.start, "municipality": k.municipality,
                 "topic": k.topic, "entry": k.entry, "outcome": k.outcome, "count": n}
                for (b, k), n in sorted(weeks.items())])
            return len(rows)


PREFIX = "insight:v1:"
BUCKETS_KEY = PREFIX + "buckets"
# Atomic fold of one hour hash into its week hash (no double counting across instances).
_ROLL_UP = """
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do redis.call('HINCRBY', KEYS[2], fields[i], fields[i + 1]) end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[3], ARGV[1])
if #fields > 0 then redis.call('SADD', KEYS[3], ARGV[2]) end
return #fields / 2
"""


class RedisInsightStore:
    """The counters in Redis: one hash per bucket (``HINCRBY``), a set naming the buckets.

    Use a database of its own (``INSIGHT_REDIS_URL=redis://host:6379/2``) and keep it out of
    eviction: these keys have no TTL, so ``volatile-*`` policies leave them alone.
    """

    def __init__(self, client) -> None:
        self.client = client
        self._roll_up = client.register_script(_ROLL_UP)

    @classmethod
    def open(cls, url: str) -> "RedisInsightStore":
        import redis

        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2))

    def add(self, counts: Counts) -> None:
        pipe = self.client.pipeline(transaction=False)
        for (bucket, key), n in sorted(counts.items()):
            if n > 0:
                pipe.hincrby(PREFIX + bucket.name(), key.field(), int(n))
                pipe.sadd(BUCKETS_KEY, bucket.name())
        pipe.execute()

    def _buckets(self) -> List[Bucket]:
        return sorted(Bucket.from_name(n.decode() if isinstance(n, bytes) else n)
                      for n in self.client.smembers(BUCKETS_KEY))

    def rows(self, municipality: Optional[str], since: datetime) -> List[Row]:
        wanted = [b for b in self._buckets() if b.start >= since]
        pipe = self.client.pipeline(transaction=False)
        for bucket in wanted:
            pipe.hgetall(PREFIX + bucket.name())
        found: List[Row] = []
        for bucket, fields in zip(wanted, pipe.execute(), strict=True):
            for field, count in fields.items():
                key = CellKey.from_field(field.decode() if isinstance(field, bytes) else field)
                if municipality is None or key.municipality == municipality:
                    found.append(Row(bucket, key, int(count)))
        return found

    def roll_up(self, before: datetime) -> int:
        folded = 0
        for bucket in self._buckets():
            if bucket.kind == HOUR and bucket.start < before:
                week = Bucket(WEEK, week_of(bucket))
                folded += int(self._roll_up(keys=[PREFIX + bucket.name(), PREFIX + week.name(),
                                                  BUCKETS_KEY],
                                            args=[bucket.name(), week.name()]))
        return folded


def open_store(redis_url: Optional[str], database_url: str) -> InsightStore:
    """Redis when ``redis_url`` is set (cluster profile), else the booking database."""
    if redis_url:
        return RedisInsightStore.open(redis_url)
    return SqlInsightStore.open(database_url)

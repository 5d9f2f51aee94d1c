"""Load benchmark for the running assistant: prints numbers, asserts nothing.

    python -m benchmarks.chat_load                       # against make run (localhost:5005)
    python -m benchmarks.chat_load --url http://127.0.0.1:5005 --levels 1,5,20,50
    python -m benchmarks.chat_load --soak 600            # RSS every 30 s for 10 minutes
    python -m benchmarks.chat_load --nlu-only            # NLU parse time per message

Each virtual user plays the multi-turn Danish conversations of ``messages.da.txt`` one
after another, every conversation under a new random sender id, and sends a turn as soon
as the previous reply has arrived (plus ``--think`` seconds). A conversation has at most
8 turns, so the channel's per-conversation rate limit (burst 8) is never the bottleneck;
429 answers are counted and printed separately, never hidden. Every level is bounded by
``--duration`` seconds and ``--max-messages`` messages, and only loopback URLs are
accepted, so the benchmark can never load someone else's server.

Reported per level: messages/s, reply latency p50/p95/p99/max, errors (non-200, network,
timeouts), rate limited (429), fallback answers ("Prøv igen om lidt": the assistant could
not answer), and per process the peak RSS and CPU use during the level. Processes are
found through the pid files under ``var/run`` and ``var/cluster/run`` and by the ports
they listen on. Then the NLU alone: the model is loaded in this process with Rasa's
``Agent`` and ``parse_message`` is timed for every distinct message.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MESSAGES = Path(__file__).with_name("messages.da.txt")
DEFAULT_PID_DIRS = (ROOT / "var" / "run", ROOT / "var" / "cluster" / "run")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
FALLBACK_MARKER = "Prøv igen om lidt"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Conversation:
    """One scripted conversation: the municipality sent as metadata (or None) and turns."""

    municipality: Optional[str]
    turns: Tuple[str, ...]


def load_conversations(path: Path) -> List[Conversation]:
    """Read ``@ <municipality>`` blocks of turns; see the header of the messages file.

    Raises:
        ValueError: when a turn comes before any ``@`` line or a block has no turns.
    """
    conversations: List[Conversation] = []
    municipality: Optional[str] = None
    turns: List[str] = []
    started = False

    def close() -> None:
        if started:
            if not turns:
                raise ValueError(f"{path}: a conversation without turns")
            conversations.append(Conversation(municipality, tuple(turns)))

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            close()
            name = line[1:].strip()
            municipality = None if name in ("", "-") else name
            turns, started = [], True
        elif not started:
            raise ValueError(f"{path}:{number}: a turn before the first '@' line")
        else:
            turns.append(line)
    close()
    return conversations


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class LevelResult:
    """What one concurrency level measured."""

    concurrency: int
    seconds: float = 0.0
    latencies: List[float] = field(default_factory=list)
    errors: int = 0
    rate_limited: int = 0
    fallbacks: int = 0
    conversations: int = 0
    error_kinds: Dict[str, int] = field(default_factory=dict)

    @property
    def messages(self) -> int:
        return len(self.latencies) + self.errors + self.rate_limited

    def summary(self) -> Dict[str, float]:
        ms = [x * 1000 for x in self.latencies]
        return {"concurrency": self.concurrency, "messages": self.messages,
                "conversations": self.conversations, "seconds": round(self.seconds, 2),
                "messages_per_s": round(len(self.latencies) / self.seconds, 2)
                if self.seconds else 0.0,
                "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
                "p99_ms": round(percentile(ms, 99), 1),
                "max_ms": round(max(ms), 1) if ms else float("nan"),
                "errors": self.errors, "rate_limited": self.rate_limited,
                "fallbacks": self.fallbacks}


# ---------------------------------------------------------------- processes (/proc)

def _listening_inodes(ports: Set[int]) -> Set[str]:
    inodes: Set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            port = int(parts[1].rsplit(":", 1)[1], 16)
            if parts[3] == "0A" and port in ports:  # 0A = LISTEN
                inodes.add(parts[9])
    return inodes


def pids_listening_on(ports: Iterable[int]) -> Set[int]:
    """Pids of processes holding a listening socket on one of ``ports``."""
    wanted = {f"socket:[{inode}]" for inode in _listening_inodes(set(ports))}
    found: Set[int] = set()
    if not wanted:
        return found
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) in wanted:
                    found.add(int(proc.name))
                    break
        except OSError:
            continue
    return found


def pids_from_files(directories: Iterable[Path]) -> Set[int]:
    """Pids named in ``*.pid`` files of ``directories`` whose process still lives."""
    found: Set[int] = set()
    for directory in directories:
        for pid_file in sorted(Path(directory).glob("*.pid")):
            try:
                pid = int(pid_file.read_text().strip())
            except (OSError, ValueError):
                continue
            if Path(f"/proc/{pid}").exists():
                found.add(pid)
    return found


def with_children(pids: Set[int]) -> Set[int]:
    """``pids`` plus their live descendants (nginx workers, for example)."""
    parent_of: Dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                stat = (proc / "stat").read_text()
                parent_of[int(proc.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    result = set(pids)
    grew = True
    while grew:
        grew = False
        for pid, parent in parent_of.items():
            if parent in result and pid not in result:
                result.add(pid)
                grew = True
    return result


def _module(words: Sequence[str]) -> Tuple[Optional[str], List[str]]:
    """The module of ``python -m <module> ...`` and the words after it (None, [] without)."""
    for i, flag in enumerate(words[:-1]):
        if flag == "-m":
            return words[i + 1], list(words[i + 2:])
    return None, []


def process_name(words: Sequence[str]) -> str:
    """A short name for a command line (its words): the program and its port or role.

    Knows the servers' entry points and the commands before them: the action server
    (``python -m actions``, ``python -m rasa_sdk``, ``rasa run actions``), Rasa
    (``python -m bot run``, ``rasa run``), the web service (``python -m web.server``),
    nginx and redis.
    """
    text = " ".join(words)
    port = ""
    if "--port" in words and words.index("--port") + 1 < len(words):
        port = ":" + words[words.index("--port") + 1]
    module, rest = _module(words)
    rasa_cli = [i for i, word in enumerate(words) if Path(word).name == "rasa"]
    rasa_run = [i for i in rasa_cli if words[i + 1:i + 2] == ["run"]]
    if (module in ("actions", "rasa_sdk") or "rasa_sdk" in text
            or any(words[i + 2:i + 3] == ["actions"] for i in rasa_run)):
        return f"actions{port}"
    if (module == "bot" and rest[:1] == ["run"]) or rasa_run:
        return f"rasa{port}"
    if module == "web.server":
        return f"web{port}"
    if words and "nginx" in words[0]:
        return "nginx " + ("master" if "master" in text else "worker")
    if words and "redis" in words[0]:
        return "redis " + words[0].rsplit(" ", 1)[-1].split(":")[-1]
    return Path(words[0]).name if words else ""


def describe(pid: int) -> str:
    """A short name for a process (:func:`process_name` of its command line)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return f"pid {pid}"
    return process_name([a.decode("utf-8", "replace") for a in args if a]) or f"pid {pid}"


def rss_mb(pid: int) -> Optional[float]:
    """Resident set size in MB, or None when the process is gone."""
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * PAGE_SIZE / 1e6


def cpu_seconds(pid: int) -> Optional[float]:
    """User + system CPU seconds used so far, or None when the process is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (OSError, ValueError, IndexError):
        return None


class ProcessWatcher:
    """Samples RSS and CPU of the server processes while a level runs."""

    def __init__(self, ports: Iterable[int], pid_dirs: Iterable[Path]) -> None:
        self.ports = list(ports)
        self.pid_dirs = [Path(d) for d in pid_dirs]
        self.peak_rss: Dict[int, float] = {}
        self.cpu_start: Dict[int, float] = {}
        self.cpu_end: Dict[int, float] = {}

    def pids(self) -> List[int]:
        own = os.getpid()
        found = pids_listening_on(self.ports) | pids_from_files(self.pid_dirs)
        return sorted(p for p in with_children(found) if p != own)

    def sample(self) -> None:
        for pid in self.pids():
            rss = rss_mb(pid)
            if rss is not None:
                self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0.0))

    def start(self) -> None:
        self.peak_rss, self.cpu_end = {}, {}
        self.cpu_start = {p: c for p in self.pids() for c in [cpu_seconds(p)] if c is not None}
        self.sample()

    def stop(self) -> None:
        self.sample()
        self.cpu_end = {p: c for p in self.pids() for c in [cpu_seconds(p)] if c is not None}

    async def run(self, stop: asyncio.Event, interval: float = 1.0) -> None:
        while not stop.is_set():
            self.sample()
            try:
                await asyncio.wait_for(stop.wait(), interval)
            except asyncio.TimeoutError:
                pass

    def report(self, seconds: float,
               messages: int) -> List[Tuple[str, int, float, float, float]]:
        """Rows of (name, pid, peak RSS MB, CPU % of one core, CPU ms per message).

        CPU time per message hardly depends on what else runs on the machine, so it
        compares configurations better than messages/s on a shared machine.
        """
        rows = []
        for pid in sorted(self.peak_rss):
            used = self.cpu_end.get(pid, 0.0) - self.cpu_start.get(pid, 0.0)
            known = pid in self.cpu_start and pid in self.cpu_end
            cpu = 100.0 * used / seconds if seconds and known else float("nan")
            per_message = 1000.0 * used / messages if messages and known else float("nan")
            rows.append((describe(pid), pid, self.peak_rss[pid], cpu, per_message))
        return rows


# ---------------------------------------------------------------- load

async def send(session, url: str, sender: str, text: str,
               municipality: Optional[str]) -> Tuple[int, str]:
    """POST one message; returns (HTTP status, concatenated reply texts)."""
    body: Dict[str, object] = {"sender": sender, "message": text}
    if municipality:
        body["metadata"] = {"municipality": municipality}
    async with session.post(url, json=body) as resp:
        raw = await resp.read()
    try:
        replies = json.loads(raw.decode("utf-8"))
        texts = " ".join(r.get("text", "") for r in replies if isinstance(r, dict))
    except (ValueError, AttributeError, TypeError):
        texts = ""
    return resp.status, texts


async def run_level(url: str, conversations: Sequence[Conversation], concurrency: int,
                    duration: float, max_messages: int, think: float,
                    timeout: float, seed: int = 7) -> LevelResult:
    """``concurrency`` virtual users play conversations until time or messages run out."""
    import aiohttp

    result = LevelResult(concurrency)
    rng = random.Random(seed + concurrency)
    deadline = time.perf_counter() + duration
    sent = 0

    async def user(index: int, session) -> None:
        nonlocal sent
        position = index
        if think > 0:  # people do not all press enter at the same moment
            await asyncio.sleep(rng.uniform(0, think))
        while time.perf_counter() < deadline and sent < max_messages:
            conversation = conversations[position % len(conversations)]
            position += concurrency
            sender = uuid.uuid4().hex
            result.conversations += 1
            for turn in conversation.turns:
                if time.perf_counter() >= deadline or sent >= max_messages:
                    return
                sent += 1
                began = time.perf_counter()
                try:
                    status, text = await send(session, url, sender, turn,
                                              conversation.municipality)
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    result.errors += 1
                    kind = type(exc).__name__
                    result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1
                    await asyncio.sleep(max(think, 0.2))  # do not hammer a server that is down
                    break  # this conversation is broken; start a new one
                elapsed = time.perf_counter() - began
                if status == 200:
                    result.latencies.append(elapsed)
                    if FALLBACK_MARKER in text:
                        result.fallbacks += 1
                elif status == 429:
                    result.rate_limited += 1
                else:
                    result.errors += 1
                    kind = f"HTTP {status}"
                    result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1
                if think > 0:
                    await asyncio.sleep(think * rng.uniform(0.5, 1.5))

    connector = aiohttp.TCPConnector(limit=concurrency * 2)
    client_timeout = aiohttp.ClientTimeout(total=timeout)
    async with aiohttp.ClientSession(connector=connector, timeout=client_timeout) as session:
        began = time.perf_counter()
        await asyncio.gather(*(user(i, session) for i in range(concurrency)))
        result.seconds = time.perf_counter() - began
    return result


def check_loopback(url: str) -> str:
    """The webhook URL for ``url``; refuses anything that is not this machine.

    Raises:
        SystemExit: for a non-loopback host.
    """
    parsed = urlparse(url)
    if parsed.hostname not in LOOPBACK_HOSTS:
        raise SystemExit(f"refusing to load {parsed.hostname!r}: only localhost is benchmarked")
    base = url.rstrip("/")
    return base if base.endswith("/webhooks/web/webhook") else base + "/webhooks/web/webhook"


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def print_level(summary: Dict[str, float], rows, error_kinds: Dict[str, int]) -> None:
    print(f"\n== {summary['concurrency']} concurrent conversations "
          f"({summary['messages']} messages, {summary['conversations']} conversations, "
          f"{summary['seconds']} s, load average {load_average()})")
    print(f"   messages/s {summary['messages_per_s']:>8}   p50 {summary['p50_ms']} ms   "
          f"p95 {summary['p95_ms']} ms   p99 {summary['p99_ms']} ms   max {summary['max_ms']} ms")
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(error_kinds.items()))
    print(f"   errors {summary['errors']}{' (' + kinds + ')' if kinds else ''}   "
          f"rate limited (429) {summary['rate_limited']}   "
          f"fallback answers {summary['fallbacks']}")
    for name, pid, rss, cpu, per_message in rows:
        print(f"   {name:<18} pid {pid:<8} peak RSS {rss:8.1f} MB   CPU {cpu:6.1f} % of a core"
              f"   {per_message:6.1f} CPU ms/message")


async def run_levels(args, conversations: Sequence[Conversation]) -> List[Dict[str, object]]:
    url = check_loopback(args.url)
    watcher = ProcessWatcher(args.ports, args.pid_dirs)
    if not watcher.pids():
        print(f"warning: no server process found on ports {args.ports} or in pid files")
    print(f"target {url}; {len(conversations)} scripted conversations; think time "
          f"{args.think} s; each level at most {args.duration} s and {args.max_messages} messages")
    # warm up: first replies load lazily built parts of the model and connections
    await run_level(url, conversations, 2, min(5.0, args.duration), 20, 0.0, args.timeout)
    results = []
    for level in args.levels:
        stop = asyncio.Event()
        watcher.start()
        sampler = asyncio.create_task(watcher.run(stop))
        result = await run_level(url, conversations, level, args.duration, args.max_messages,
                                 args.think, args.timeout)
        stop.set()
        await sampler
        watcher.stop()
        summary = result.summary()
        rows = watcher.report(result.seconds, len(result.latencies))
        print_level(summary, rows, result.error_kinds)
        summary["processes"] = [{"name": n, "pid": p, "peak_rss_mb": round(r, 1),
                                 "cpu_percent": round(c, 1), "cpu_ms_per_message": round(m, 1)}
                                for n, p, r, c, m in rows]
        summary["load_average"] = load_average()
        results.append(summary)
        await asyncio.sleep(args.pause)
    return results


async def run_soak(args, conversations: Sequence[Conversation]) -> Dict[str, object]:
    """Steady load for ``--soak`` seconds; RSS of every process every ``--soak-interval``."""
    url = check_loopback(args.url)
    watcher = ProcessWatcher(args.ports, args.pid_dirs)
    series: Dict[int, List[Optional[float]]] = {p: [] for p in watcher.pids()}
    print(f"soak: {args.soak_concurrency} conversations, think {args.think} s, "
          f"{args.soak} s, RSS every {args.soak_interval} s")
    load = asyncio.create_task(run_level(url, conversations, args.soak_concurrency, args.soak,
                                         10 ** 9, args.think, args.timeout))
    began = time.perf_counter()
    times: List[float] = []
    while not load.done():
        times.append(round(time.perf_counter() - began))
        for pid in series:
            series[pid].append(rss_mb(pid))
        line = "  ".join(f"{describe(p)} {v[-1]:.0f}" for p, v in series.items()
                         if v[-1] is not None)
        print(f"  t={times[-1]:>4} s  RSS MB: {line}", flush=True)
        await asyncio.wait({load}, timeout=args.soak_interval)
    result = load.result()
    summary = result.summary()
    print_level(summary, [], result.error_kinds)
    print("RSS growth over the soak (last sample - first sample):")
    growth = {}
    for pid, values in series.items():
        live = [v for v in values if v is not None]
        if live:
            growth[describe(pid)] = round(live[-1] - live[0], 1)
            print(f"   {describe(pid):<18} {live[0]:8.1f} -> {live[-1]:8.1f} MB "
                  f"({live[-1] - live[0]:+.1f} MB, max {max(live):.1f})")
    return {"soak": summary, "times_s": times, "growth_mb": growth,
            "rss_mb": {f"{describe(p)} ({p})": v for p, v in series.items()}}


async def nlu_parse_times(model: Path, texts: Sequence[str], rounds: int) -> Dict[str, float]:
    """Per-message NLU parse time with the model loaded in this process."""
    import logging
    import warnings

    warnings.simplefilter("ignore")  # Rasa's import-time deprecation noise, not results
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    # Rasa's structured log prints every parse (with its text) at debug level otherwise
    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    began = time.perf_counter()
    agent = Agent.load(str(model))
    load_seconds = time.perf_counter() - began
    await agent.parse_message(texts[0])  # the first parse builds lazily created parts
    times: List[float] = []
    for _ in range(rounds):
        for text in texts:
            began = time.perf_counter()
            await agent.parse_message(text)
            times.append((time.perf_counter() - began) * 1000)
    return {"messages": len(times), "model_load_s": round(load_seconds, 1),
            "mean_ms": round(statistics.fmean(times), 2),
            "p50_ms": round(percentile(times, 50), 2), "p95_ms": round(percentile(times, 95), 2),
            "p99_ms": round(percentile(times, 99), 2),
            "rss_mb": round(rss_mb(os.getpid()) or 0.0, 1)}


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("BENCH_URL", "http://127.0.0.1:5005"),
                        help="base URL of the assistant (loopback only)")
    parser.add_argument("--levels", default="1,5,20,50",
                        help="concurrent conversations per level, comma separated")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per level (max)")
    parser.add_argument("--max-messages", type=int, default=3000, help="messages per level (max)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean think time between turns in seconds (0: closed loop)")
    parser.add_argument("--timeout", type=float, default=60.0, help="client timeout per message")
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between levels")
    parser.add_argument("--messages", type=Path, default=DEFAULT_MESSAGES)
    parser.add_argument("--ports", default="",
                        help="more ports whose listeners to watch (the URL's port and "
                             "5055 are always watched)")
    parser.add_argument("--pid-dir", action="append", type=Path, dest="pid_dirs",
                        help="directory of *.pid files to watch (default var/run and "
                             "var/cluster/run)")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz",
                        help="model for the in-process NLU timing")
    parser.add_argument("--nlu-rounds", type=int, default=3)
    parser.add_argument("--no-nlu", action="store_true", help="skip the NLU-only timing")
    parser.add_argument("--nlu-only", action="store_true", help="only the NLU-only timing")
    parser.add_argument("--soak", type=float, default=0.0,
                        help="soak mode: steady load for this many seconds, RSS series")
    parser.add_argument("--soak-concurrency", type=int, default=10)
    parser.add_argument("--soak-interval", type=float, default=30.0)
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    args.levels = [int(x) for x in args.levels.split(",") if x.strip()]
    url_port = urlparse(args.url).port or 80
    extra = [int(p) for p in args.ports.split(",") if p.strip()]
    args.ports = sorted({url_port, 5055, *extra})
    args.pid_dirs = args.pid_dirs or list(DEFAULT_PID_DIRS)
    if args.soak and args.think == 0.0:
        args.think = 1.0  # a soak is steady traffic, not a saturation test
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    conversations = load_conversations(args.messages)
    report: Dict[str, object] = {"load_average_start": load_average(),
                                 "cpus": os.cpu_count()}
    print(f"load average at start: {report['load_average_start']} ({os.cpu_count()} cores)")
    if args.soak:
        report["soak"] = asyncio.run(run_soak(args, conversations))
    elif not args.nlu_only:
        report["levels"] = asyncio.run(run_levels(args, conversations))
    if not args.no_nlu and not args.soak:
        texts = sorted({t for c in conversations for t in c.turns})
        nlu = asyncio.run(nlu_parse_times(args.model, texts, args.nlu_rounds))
        report["nlu"] = nlu
        print(f"\n== NLU only (in process, {nlu['messages']} parses of {len(texts)} distinct "
              f"messages; model load {nlu['model_load_s']} s)")
        print(f"   per message: mean {nlu['mean_ms']} ms   p50 {nlu['p50_ms']} ms   "
              f"p95 {nlu['p95_ms']} ms   p99 {nlu['p99_ms']} ms   process RSS {nlu['rss_mb']} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

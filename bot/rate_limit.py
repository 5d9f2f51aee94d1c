"""Token-bucket rate limits (per client address, conversation and process) with an injected
clock, and the keyed client-address key they use."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Tuple, Union


@dataclass
class Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Allows ``burst`` requests at once and ``per_minute`` on average, per key.

    Keeps at most ``max_keys`` buckets (least recently used are dropped).
    """

    def __init__(self, per_minute: float, burst: int, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: "OrderedDict[str, Bucket]" = OrderedDict()

    def allow(self, key: str = "") -> bool:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = Bucket(tokens=float(self.burst), updated=now)
            self._buckets[key] = bucket
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets.move_to_end(key)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True
        return False


# ------------------------------------------------------------ client addresses

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]
MAX_ADDRESS_CHARS = 64


def parse_networks(spec: Union[str, Iterable[str], None]) -> Tuple[Network, ...]:
    """``"127.0.0.1, ::1 10.0.0.0/8"`` (or a list) -> networks; a bare address is a /32 or /128,
    ``"none"`` or an empty string is no network.

    Raises:
        ValueError: An entry is not an address or network.
    """
    if spec is None:
        return ()
    items = spec.replace(",", " ").split() if isinstance(spec, str) else [str(s) for s in spec]
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items
                 if item.strip() and item.strip().lower() != "none")


def _ip(text: str) -> Optional[Union[ipaddress.IPv4Address, ipaddress.IPv6Address]]:
    try:
        ip = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


class ClientAddresses:
    """Who a request comes from, as a key for a per-address limit that cannot be reversed.

    The client is the TCP peer, except when the peer is one of ``trusted_proxies``: then it
    is the last address in ``X-Forwarded-For`` (the one that proxy itself saw; addresses
    before it are whatever the client claimed). A trusted proxy that names no client is a
    local tool (tests, benchmark, monitoring) and gets no per-address key. IPv6 addresses
    count per /64, the block one subscriber gets.

    The key is an HMAC with a random key that lives only in this object's memory: the
    limiter's table holds no address, and nothing here logs or stores one.
    """

    def __init__(self, trusted_proxies: Iterable[Network] = (),
                 secret: Optional[bytes] = None) -> None:
        self.trusted_proxies = tuple(trusted_proxies)
        self._secret = secret or secrets.token_bytes(32)

    def client(self, peer: Optional[str], forwarded_for: Optional[str]) -> Optional[str]:
        """The client's address as text; None for a trusted proxy that names no client."""
        peer_ip = _ip(peer or "")
        if peer_ip is not None and any(peer_ip in net for net in self.trusted_proxies):
            hops = [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]
            return hops[-1][:MAX_ADDRESS_CHARS] if hops else None
        return (peer or "")[:MAX_ADDRESS_CHARS]

    def key(self, peer: Optional[str], forwarded_for: Optional[str]) -> Optional[str]:
        """The limiter key of the request's client (see :meth:`client`), or None."""
        address = self.client(peer, forwarded_for)
        if address is None:
            return None
        ip = _ip(address)
        if isinstance(ip, ipaddress.IPv6Address):
            normalised = str(ipaddress.ip_network(f"{ip}/64", strict=False))
        else:
            normalised = str(ip) if ip is not None else address
        digest = hmac.new(self._secret, normalised.encode("utf-8", "replace"), hashlib.sha256)
        return "a" + digest.hexdigest()[:32]

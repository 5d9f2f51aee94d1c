from bot.rate_limit import RateLimiter


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_burst_then_refill():
    clock = FakeClock()
    limiter = RateLimiter(per_minute=60, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    clock.now += 1.0  # one token per second
    assert limiter.allow("a") and not limiter.allow("a")


def test_keys_are_independent_and_bounded():
    limiter = RateLimiter(per_minute=1, burst=1, max_keys=2, clock=FakeClock())
    assert limiter.allow("a") and limiter.allow("b") and not limiter.allow("a")
    limiter.allow("c")  # evicts the least recently used key
    assert len(limiter._buckets) == 2


# ------------------------------------------------------------ client addresses

import pytest  # noqa: E402

from bot.rate_limit import ClientAddresses, parse_networks  # noqa: E402

TRUSTED = parse_networks("127.0.0.1, ::1")


def test_parse_networks():
    assert [str(n) for n in parse_networks("127.0.0.1 ::1, 10.0.0.0/8")] == [
        "127.0.0.1/32", "::1/128", "10.0.0.0/8"]
    assert parse_networks("none") == parse_networks("") == parse_networks(None) == ()
    with pytest.raises(ValueError):
        parse_networks("localhost")


@pytest.mark.parametrize("peer,forwarded,client", [
    ("203.0.113.5", None, "203.0.113.5"),                 # a client talking directly
    ("203.0.113.5", "198.51.100.1", "203.0.113.5"),       # ... cannot claim another address
    ("127.0.0.1", "198.51.100.1", "198.51.100.1"),        # behind the trusted proxy
    ("127.0.0.1", "1.1.1.1, 2.2.2.2 , 198.51.100.1", "198.51.100.1"),  # its last hop only
    ("::ffff:127.0.0.1", "198.51.100.1", "198.51.100.1"),  # IPv4 written as IPv6
    ("::1", "2001:db8::1", "2001:db8::1"),
    ("127.0.0.1", None, None),                            # a local tool: no address limit
    ("127.0.0.1", " , ", None),
    ("127.0.0.2", None, "127.0.0.2"),                     # not configured as a proxy
    ("", None, ""),
])
def test_the_client_address(peer, forwarded, client):
    assert ClientAddresses(TRUSTED).client(peer, forwarded) == client


def test_keys_are_keyed_hashes_per_client_and_per_ipv6_64():
    addresses = ClientAddresses(TRUSTED, secret=b"s" * 32)
    key = addresses.key("203.0.113.5", None)
    assert key.startswith("a") and "203" not in key
    assert key == addresses.key("127.0.0.1", "203.0.113.5")       # same client, either way
    assert key != addresses.key("203.0.113.6", None)
    assert key != ClientAddresses(TRUSTED).key("203.0.113.5", None)  # random key by default
    assert addresses.key("2001:db8:0:1::1", None) == addresses.key("2001:db8:0:1:ffff::9", None)
    assert addresses.key("2001:db8:0:1::1", None) != addresses.key("2001:db8:0:2::1", None)
    assert addresses.key("127.0.0.1", None) is None
    assert addresses.key("127.0.0.1", "not an address") is not None  # still one bucket

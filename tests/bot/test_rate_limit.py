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

from datetime import datetime, timezone

import pytest

from insight.model import Bucket, CellKey, entry_kind, hour_bucket, hour_of_week, turn_key, week_of


@pytest.mark.parametrize("field", [
    ("Anna Jensen", "price", "municipal", "answered"),
    ("vejle", "min mand drikker", "municipal", "answered"),
    ("vejle", "price", "https://example.org/x", "answered"),
    ("vejle", "price", "municipal", "hej med dig"),
])
def test_keys_take_no_text(field):
    with pytest.raises(ValueError):
        CellKey(*field)


def test_time_is_cut_to_the_hour_and_read_in_copenhagen():
    bucket = hour_bucket(datetime(2025, 3, 17, 22, 47, 13, 5, tzinfo=timezone.utc))
    assert bucket.start == datetime(2025, 3, 17, 22)
    assert hour_of_week(bucket) == (0, 23)  # Monday 23:00 in Copenhagen
    assert week_of(bucket) == datetime(2025, 3, 16, 23)  # Monday 00:00 CET in UTC
    with pytest.raises(ValueError):
        Bucket("hour", datetime(2025, 3, 17, 22, 47))


def test_the_most_important_outcome_of_a_turn_is_counted():
    key = turn_key("vejle", "skole", [{"outcome": "answered", "topic": "price"},
                                      {"outcome": "crisis", "topic": "crisis"}])
    assert key == CellKey("vejle", "crisis", "school", "crisis")
    assert turn_key(None, "x", [{"outcome": "answered", "topic": "hej du", "municipality": "vejle"}]
                    ) == CellKey("vejle", "none", "other", "answered")
    assert turn_key("vejle", "kommune", [{"outcome": "bogus"}]) is None
    assert entry_kind("kommune") == "municipal" and entry_kind("https://x") == "other"

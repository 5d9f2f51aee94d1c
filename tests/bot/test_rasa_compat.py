"""bot/rasa_compat.py: the version check, the patches' preconditions, the accessors read
what Rasa's own classes hold, and no other module of bot/ or web/ touches Rasa's private API.
(Each patch deciding as Rasa does is tests/bot/test_rasa_compat_patches.py.)"""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import pytest

from bot import rasa_compat

ROOT = Path(__file__).resolve().parents[2]


def test_the_supported_version_passes_and_another_fails_in_plain_english():
    import rasa

    assert rasa.__version__ == rasa_compat.RASA_VERSION
    rasa_compat.check_version()
    with pytest.raises(rasa_compat.RasaVersionError) as raised:
        rasa_compat.check_version("3.7.0")
    message = str(raised.value)
    assert "3.6.21" in message and "3.7.0" in message and "bot/rasa_compat.py" in message


def test_install_refuses_another_rasa_and_patches_nothing(monkeypatch):
    import rasa
    from rasa.core.actions.action import RemoteAction

    before = RemoteAction.__dict__["_validate_action_result"]
    monkeypatch.setattr(rasa_compat, "_installed", None)
    monkeypatch.setattr(rasa, "__version__", "3.6.22")
    with pytest.raises(rasa_compat.RasaVersionError):
        rasa_compat.install()
    assert RemoteAction.__dict__["_validate_action_result"] is before
    assert rasa_compat.installed() == []


def test_the_schema_the_validator_patch_was_measured_with_is_rasa_s():
    from rasa.core.actions.action import RemoteAction

    assert rasa_compat.schema_fingerprint(RemoteAction.action_response_format_spec()) == \
        rasa_compat.ACTION_RESPONSE_SCHEMA_SHA256


def test_a_changed_schema_leaves_rasa_s_own_validation_in_use(monkeypatch):
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction.__dict__["_validate_action_result"]
    changed = {**RemoteAction.action_response_format_spec(), "required": ["events"]}
    monkeypatch.setattr(RemoteAction, "action_response_format_spec", staticmethod(lambda: changed))
    problem = rasa_compat._patch_action_result_check()
    assert problem is not None and "schema" in problem
    assert RemoteAction.__dict__["_validate_action_result"] is original


def test_the_store_accessors_read_rasa_s_fail_safe_wrapper():
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.domain import Domain

    real, fallback = InMemoryTrackerStore(Domain.empty()), InMemoryTrackerStore(Domain.empty())

    def handler(error: Exception) -> None:
        raise RuntimeError("no fallback") from error

    wrapper = FailSafeTrackerStore(real, None, fallback)
    assert rasa_compat.underlying_store(wrapper) is real
    assert rasa_compat.fallback_store(wrapper) is fallback
    assert rasa_compat.on_tracker_store_error(wrapper) is None
    assert rasa_compat.underlying_store(real) is real and rasa_compat.fallback_store(real) is None
    rasa_compat.set_on_tracker_store_error(wrapper, handler)
    assert rasa_compat.on_tracker_store_error(wrapper) is handler


def test_a_handler_that_raises_stops_rasa_s_fallback():
    """What fail_loudly relies on: Rasa's wrapper calls the handler before it falls back."""
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.domain import Domain

    class Broken(InMemoryTrackerStore):
        async def retrieve(self, sender_id):
            raise ConnectionError("down")

    def handler(error: Exception) -> None:
        raise RuntimeError("no fallback") from error

    wrapper = FailSafeTrackerStore(Broken(Domain.empty()))
    assert asyncio.run(wrapper.retrieve("x")) is None  # Rasa's default: silently in memory
    wrapper = FailSafeTrackerStore(Broken(Domain.empty()))
    rasa_compat.set_on_tracker_store_error(wrapper, handler)
    with pytest.raises(RuntimeError):
        asyncio.run(wrapper.retrieve("x"))
    assert rasa_compat.fallback_store(wrapper) is None


def test_acquire_lock_is_rasa_s_waiting_loop():
    from rasa.core.lock_store import InMemoryLockStore, LockError

    async def scenario():
        store = InMemoryLockStore()
        first = store.issue_ticket("c", 60)
        second = store.issue_ticket("c", 60)
        lock = await rasa_compat.acquire_lock(store, "c", first, 0.01)
        assert not lock.is_locked(first) and lock.is_locked(second)
        waiting = asyncio.ensure_future(rasa_compat.acquire_lock(store, "c", second, 0.01))
        await asyncio.sleep(0.05)
        assert not waiting.done()  # second waits for the first
        store.finish_serving("c", first)
        assert not (await asyncio.wait_for(waiting, 1)).is_locked(second)
        store.delete_lock("c")
        with pytest.raises(LockError):  # the lock is gone: Rasa's own error
            await rasa_compat.acquire_lock(store, "c", second, 0.01)

    asyncio.run(scenario())


def test_agent_of_reads_what_rasa_run_keeps_on_the_app():
    from types import SimpleNamespace

    agent = object()
    assert rasa_compat.agent_of(SimpleNamespace(ctx=SimpleNamespace(agent=agent))) is agent
    assert rasa_compat.agent_of(SimpleNamespace(ctx=SimpleNamespace())) is None


# --------------------------------------------- nobody else uses Rasa's private API

def private_uses(path: Path):
    """Lines of ``path`` that use a private attribute it does not define itself, or assign
    to an attribute of something imported from rasa (a monkeypatch)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    own |= {t.attr for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AnnAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
            and t.value.id == "self"}
    from_rasa = {a.asname or a.name.split(".")[0] for n in ast.walk(tree)
                 if isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] == "rasa"
                 for a in n.names}
    from_rasa |= {a.asname or a.name.split(".")[0] for n in ast.walk(tree)
                  if isinstance(n, ast.Import) for a in n.names if a.name.split(".")[0] == "rasa"}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                and not node.attr.startswith("__"):
            base = node.value
            if isinstance(base, ast.Name) and base.id in ("self", "cls") and node.attr in own:
                continue
            found.append((node.lineno, node.attr))
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id in from_rasa:
                    found.append((node.lineno, f"{target.value.id}.{target.attr} ="))
    return found


def test_only_rasa_compat_touches_rasa_internals():
    offenders = [f"{path.relative_to(ROOT)}:{line} {what}"
                 for package in ("bot", "web")
                 for path in sorted((ROOT / package).rglob("*.py"))
                 if path.name != "rasa_compat.py"
                 for line, what in private_uses(path)]
    assert offenders == []


def test_the_check_sees_each_kind_of_touch(tmp_path):
    source = tmp_path / "x.py"
    source.write_text(
        "from rasa.core.actions.action import RemoteAction\n"
        "RemoteAction.run = None\n"                        # 2: a monkeypatch
        "class S:\n"
        "    def _mine(self):\n"
        "        return self._mine() or self._rasas()\n"    # 5: Rasa's private method
        "def f(store):\n"
        "    return store._tracker_store\n")               # 7: a private attribute
    assert sorted(private_uses(source)) == [(2, "RemoteAction.run ="), (5, "_rasas"),
                                            (7, "_tracker_store")]

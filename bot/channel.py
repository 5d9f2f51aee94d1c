"""The web channel: ``POST /webhooks/web/webhook``.

Request:  ``{"sender": str, "message": str, "metadata": {"municipality": slug}}``
Response: a JSON list of ``{"text", "buttons"?, "custom"?}`` like Rasa's REST channel.

Everything a client sends is cleaned here, before NLU, the tracker store or any log
sees it: control characters go, long messages are cut, identifying details are
replaced by placeholders, the client's sender id is replaced by a keyed hash, and
``/intent{...}`` text is only accepted when it is the payload of a button this
conversation was offered. Messages about acute danger are turned into the ``crisis``
intent so the 112 answer comes first, whatever else is going on.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Set, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.events import BotUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import log_privacy
from bot.insight_hook import InsightCollector, topic_vocabulary
from bot.rasa_compat import agent_of, fallback_store, underlying_store
from bot.rate_limit import ClientAddresses, RateLimiter, parse_networks
from bot.sanitize import clean_message, has_words
from bot.startup import current_settings
from bot.tracker_store import StoreUnavailable, fail_loudly
from core.answering.reach import contact_hint
from core.knowledge.base import Municipality, load_knowledge
from core.municipalities import slug_from_text
from core.redaction import Redactor, redactor_for
from core.safety import CONCERN, detect
from core.safety_model import model as crisis_model
from core.settings import Settings
from insight.config import InsightConfig
from insight.model import (
    CANNOT_ANSWER,
    CRISIS,
    FEEDBACK_OUTCOMES,
    NO_TOPIC,
    SIGNAL_OUTCOMES,
    UNKNOWN_MUNICIPALITY,
    CellKey,
    entry_kind,
    turn_key,
)
from insight.recorder import NullRecorder, recorder_for

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
DEFAULT_REPLY_TIMEOUT_SECONDS = 15.0
MAX_SENDER_CHARS = 128
KNOWN_CONVERSATIONS = 20_000
# 1.5 x the ~60 messages/s one Rasa process sustains (docs/performance.md): above that the
# queue only grows. credentials.yml sets the same values.
PROCESS_MESSAGES_PER_MINUTE = 5400
PROCESS_BURST = 150

EMPTY_REPLY = ("Din besked var tom. Skriv dit spørgsmål med ord, fx \"Er det anonymt?\" "
               "eller \"Hvornår kan jeg ringe?\"")
NO_WORDS_REPLY = ("Jeg kan kun læse ord, ikke billeder eller emojis. Skriv gerne dit "
                  "spørgsmål, fx \"Hvad kan I tilbyde pårørende?\"")
TRUNCATED_NOTE = ("Din besked var meget lang, så jeg har kun læst begyndelsen. Skriv gerne "
                  "dit spørgsmål kort.")
CHILD_CONCERN_NOTE = ("Du kan altid ringe eller skrive til BørneTelefonen på 116 111. Det er "
                      "gratis, og du behøver ikke sige, hvem du er.")
BAD_REQUEST_REPLY = "Beskeden kunne ikke læses. Prøv at skrive den igen."
RATE_LIMITED_REPLY = ("Du skriver hurtigere, end jeg kan nå at svare. Vent et øjeblik, og "
                      "skriv så igen.")
# Also in deploy/nginx*.conf (the same limit at the edge of the cluster profile).
ADDRESS_LIMITED_REPLY = ("Der kommer mange beskeder fra den samme forbindelse lige nu, så jeg "
                         "må vente lidt med at svare. Prøv igen om et minut. Haster det, så "
                         "ring 112 ved fare for liv.")
BUSY_REPLY = ("Der er mange, der skriver lige nu. Prøv igen om et øjeblik. Haster det, så "
              "ring 112 ved fare for liv.")
NO_ANSWER_REPLY = ("Undskyld, jeg kan ikke svare lige nu. Prøv igen om lidt. Haster det, "
                   "så ring 112 ved fare for liv.")


def _read_json(body: bytes) -> Any:
    """The decoded JSON body, or None when it is not JSON (also when nested absurdly deep,
    which makes Python's decoder raise RecursionError: that must be a 400, not a 500)."""
    try:
        return json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None


def is_store_outage(error: BaseException) -> bool:
    """True when ``error`` (or what caused it) means Redis, our shared store, is unreachable.

    That is our :class:`StoreUnavailable`, Rasa's ``LockError`` from the lock store, or any
    error of the redis client.
    """
    from rasa.core.lock_store import LockError

    seen = 0
    current: Optional[BaseException] = error
    while current is not None and seen < 10:
        if isinstance(current, (StoreUnavailable, LockError)):
            return True
        if type(current).__module__.startswith("redis"):
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


class OutageLog:
    """Logs a store outage once when it starts and once when it ends, not per message.

    Only the kind of error is logged, never message text or a conversation id.
    """

    def __init__(self, log: logging.Logger = logger) -> None:
        self.log = log
        self.down = False

    def failed(self, error: BaseException) -> None:
        if not self.down:
            self.down = True
            cause = error.__cause__ or error.__context__ or error
            self.log.error("conversation store unreachable (Redis; %s: %s): answering with the "
                           "centre's contact until it is back", type(error).__name__,
                           type(cause).__name__)

    def succeeded(self) -> None:
        if self.down:
            self.down = False
            self.log.warning("conversation store reachable again (Redis): answering normally")


def _centre_contacts(knowledge: Dict[str, Any]) -> tuple:
    """The centres' own phone numbers and streets, which redaction must keep."""
    phones: List[str] = []
    streets: List[str] = []
    for m in knowledge.values():
        if m.centre.phone is not None:
            phones.append(str(m.centre.phone.value))
        phones.extend(e.value for e in m.centre.extra_contacts)
        streets.extend(a.street for a in m.centre.addresses)
    return phones, streets


async def forget_conversation(store: Any, conversation: str) -> None:
    """Delete a conversation from the store behind Rasa's fail-safe wrapper (and its fallback)."""
    for candidate in (underlying_store(store), fallback_store(store)):
        if candidate is None:
            continue
        if hasattr(candidate, "delete"):
            await candidate.delete(conversation)
        elif isinstance(getattr(candidate, "store", None), dict):
            candidate.store.pop(conversation, None)


def stores_reachable(tracker_store: Any, lock_store: Any) -> bool:
    """False when the Redis behind the tracker store or the lock store does not answer."""
    if hasattr(tracker_store, "ping") and not tracker_store.ping():
        return False
    client = getattr(lock_store, "red", None)
    if client is not None:
        try:
            client.ping()
        except Exception:  # any redis or socket error: unreachable
            return False
    return True


class OfferedPayloads:
    """Button payloads offered per conversation, so only those can be sent back.

    Bounded (least recently used conversations are forgotten) because it lives in memory.
    """

    def __init__(self, capacity: int = KNOWN_CONVERSATIONS) -> None:
        self.capacity = capacity
        self._by_sender: "OrderedDict[str, Set[str]]" = OrderedDict()

    def remember(self, sender: str, messages: List[Dict[str, Any]]) -> None:
        payloads = {b["payload"] for m in messages for b in (m.get("buttons") or [])
                    if isinstance(b, dict) and isinstance(b.get("payload"), str)}
        if not payloads:
            return
        self._by_sender.setdefault(sender, set()).update(payloads)
        self._by_sender.move_to_end(sender)
        while len(self._by_sender) > self.capacity:
            self._by_sender.popitem(last=False)

    def accepts(self, sender: str, text: str) -> bool:
        return text in self._by_sender.get(sender, ())

    def forget(self, sender: str) -> None:
        self._by_sender.pop(sender, None)


class WebInput(InputChannel):
    """Our only input channel; see the module docstring for the contract."""

    @classmethod
    def name(cls) -> Text:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WebInput":
        """What Rasa calls for ``credentials.yml``; the rest comes from the start-up settings.

        Raises:
            bot.startup.NotStarted: Rasa was not started through ``python -m bot``.
        """
        return cls.from_settings(credentials, current_settings())

    @classmethod
    def from_settings(cls, credentials: Optional[Dict[Text, Any]],
                      settings: Settings) -> "WebInput":
        """The channel of ``credentials.yml``'s options and the process's ``settings``.

        The knowledge base (redaction allow-list, outage answers, insight topics) is read
        from ``settings.knowledge_dir``, the directory the actions answer from.

        Raises:
            ValueError: ``credentials.yml`` names a ``knowledge_dir`` (set
                ``KNOWLEDGE_DIR`` instead, for the whole assistant).
        """
        credentials = credentials or {}
        if "knowledge_dir" in credentials:
            raise ValueError("credentials.yml: knowledge_dir is no longer read here; set "
                             "KNOWLEDGE_DIR, which the actions use too")
        knowledge = load_knowledge(settings.knowledge_dir)
        crisis_model()  # trained once at start-up, not in the first person's turn
        return cls(
            max_message_chars=int(credentials.get("max_message_chars", 1000)),
            knowledge=knowledge,
            sender_secret=settings.sender_secret,
            per_conversation=RateLimiter(
                per_minute=float(credentials.get("conversation_messages_per_minute", 20)),
                burst=int(credentials.get("conversation_burst", 8))),
            per_process=RateLimiter(
                per_minute=float(credentials.get("process_messages_per_minute",
                                                 PROCESS_MESSAGES_PER_MINUTE)),
                burst=int(credentials.get("process_burst", PROCESS_BURST))),
            per_address=RateLimiter(
                per_minute=float(credentials.get("address_messages_per_minute", 120)),
                burst=int(credentials.get("address_burst", 60))),
            # Peers whose X-Forwarded-For names the client: nginx (cluster) or a local
            # TLS proxy; both profiles listen on loopback only. "none" trusts no one.
            trusted_proxies=(settings.trusted_proxies
                             or credentials.get("trusted_proxies", "127.0.0.1 ::1")),
            reply_timeout=float(credentials.get("reply_timeout_seconds",
                                                DEFAULT_REPLY_TIMEOUT_SECONDS)),
            insight=recorder_for(InsightConfig.from_settings(settings)),
        )

    def __init__(self, max_message_chars: int = 1000,
                 knowledge: Optional[Mapping[str, Municipality]] = None,
                 sender_secret: Optional[bytes] = None,
                 redactor: Optional[Redactor] = None,
                 per_conversation: Optional[RateLimiter] = None,
                 per_process: Optional[RateLimiter] = None,
                 reply_timeout: float = DEFAULT_REPLY_TIMEOUT_SECONDS,
                 per_address: Optional[RateLimiter] = None,
                 trusted_proxies: Any = ("127.0.0.1", "::1"),
                 insight: Any = None) -> None:
        self.max_message_chars = max_message_chars
        # Rasa waits up to 300 s for the action server; a person should not.
        self.reply_timeout = reply_timeout
        self.outage = OutageLog()
        self.per_conversation = per_conversation or RateLimiter(per_minute=20, burst=8)
        self.per_process = per_process or RateLimiter(per_minute=PROCESS_MESSAGES_PER_MINUTE,
                                                      burst=PROCESS_BURST)
        # Per client address, so a new sender id per message gains nothing; the key is an
        # HMAC with a per-process key held only in memory (bot/rate_limit.py).
        self.per_address = per_address or RateLimiter(per_minute=120, burst=60)
        self.addresses = ClientAddresses(parse_networks(trusted_proxies))
        # A random key per process unless configured: then nobody, not even we, can link
        # a stored conversation back to the id the browser used.
        self.sender_secret = sender_secret or secrets.token_bytes(32)
        # from_settings passes the knowledge of KNOWLEDGE_DIR; tests may leave it out
        self.knowledge = dict(knowledge) if knowledge is not None else load_knowledge()
        self.redactor = redactor or redactor_for(*_centre_contacts(self.knowledge))
        self.offered = OfferedPayloads()
        # anonymous counters (insight/): one per turn, never text or ids
        self.insight = insight or NullRecorder()
        self.topics = topic_vocabulary(self.knowledge)

    def conversation_id(self, client_sender: str) -> str:
        """A keyed hash of the client's id: stable per conversation, unlinkable without the key."""
        digest = hmac.new(self.sender_secret, client_sender.encode("utf-8", "replace"),
                          hashlib.sha256).hexdigest()
        return f"c{digest[:32]}"

    def prepare(self, sender: str, raw_message: Any) -> Dict[str, Any]:
        """Turn a raw message into what Rasa may see, plus notes for the user.

        Returns ``{"text": str|None, "notes": [..], "reply": str|None}``; ``reply`` is set
        when the channel answers by itself without asking Rasa.
        """
        # Danger is read on the whole message, before it is cut or redacted.
        signal = detect(raw_message) if isinstance(raw_message, str) else detect("")
        cleaned = clean_message(raw_message, self.max_message_chars)
        text = cleaned.text
        notes: List[str] = [TRUNCATED_NOTE] if cleaned.truncated else []
        if not text:
            return {"text": None, "notes": notes, "reply": EMPTY_REPLY}
        if text.startswith("/"):
            if self.offered.accepts(sender, text):
                return {"text": text, "notes": notes, "reply": None}
            text = text.lstrip("/").strip()  # typed intent syntax is read as plain text
            if not text:
                return {"text": None, "notes": notes, "reply": EMPTY_REPLY}
        if signal.acute:
            return {"text": f'/crisis{{"crisis_type":"{signal.kind}"}}', "notes": notes,
                    "reply": None}
        after = [CHILD_CONCERN_NOTE] if signal.level == CONCERN else []
        redaction = self.redactor.redact(text)
        if redaction.note:
            notes.append(redaction.note)  # names exactly what was removed
        if not has_words(redaction.text):
            return {"text": None, "notes": notes, "reply": NO_WORDS_REPLY}
        return {"text": redaction.text, "notes": notes, "reply": None, "after": after}

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        web = Blueprint("web_webhook", __name__)

        @web.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            """200 when this instance can answer; 503 when its Redis store is unreachable,
            so monitors and orchestrators see an outage that users only see as a kind answer."""
            agent = agent_of(request.app)
            store = underlying_store(getattr(agent, "tracker_store", None))
            reachable = stores_reachable(store, getattr(agent, "lock_store", None))
            return response.json({"status": "ok" if reachable else "store unreachable",
                                  "tracker_store": type(store).__name__ if store else None},
                                 status=200 if reachable else 503)

        @web.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            """Delete a conversation by the id the client used ("Slet samtalen")."""
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.json({"forgotten": False}, status=413)
            if not self.address_allowed(request):
                return response.json({"forgotten": False}, status=429)
            payload = _read_json(request.body or b"{}")
            sender = payload.get("sender") if isinstance(payload, dict) else None
            if not isinstance(sender, str) or not sender.strip():
                return response.json({"forgotten": False}, status=400)
            conversation = self.conversation_id(sender[:MAX_SENDER_CHARS])
            agent = agent_of(request.app)
            try:
                await forget_conversation(getattr(agent, "tracker_store", None), conversation)
            except Exception as exc:  # Redis down: say so, so the client can try again
                if not is_store_outage(exc):
                    raise
                self.outage.failed(exc)
                return response.json({"forgotten": False}, status=503)
            self.offered.forget(conversation)
            # the same answer whether or not the conversation existed
            return response.json({"forgotten": True})

        @web.route("/insight", methods=["POST"])
        async def signal(request: Request) -> HTTPResponse:
            """``{"municipality", "topic", "value"}`` from the widget: "Var svaret en hjælp?"
            (helpful / not_helpful) or quick exit. No sender id; counted, nothing else."""
            if len(request.body or b"") > 1024:
                return response.json({"counted": False}, status=413)
            if not self.address_allowed(request):
                return response.json({"counted": False}, status=429)
            body = _read_json(request.body or b"{}")
            key = self.signal_key(body) if isinstance(body, dict) else None
            if key is None:
                return response.json({"counted": False}, status=400)
            self.insight.record(key)
            return response.json({"counted": True})

        @web.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.body or b""
            if len(body) > MAX_BODY_BYTES:
                return response.json([{"text": BAD_REQUEST_REPLY}], status=413)
            payload = _read_json(body)
            if not isinstance(payload, dict):
                return response.json([{"text": BAD_REQUEST_REPLY}], status=400)
            client_sender = payload.get("sender")
            if not isinstance(client_sender, str) or not client_sender.strip():
                client_sender = secrets.token_hex(16)
            sender = self.conversation_id(client_sender[:MAX_SENDER_CHARS])
            limited = self.limit(request, sender)
            if limited is not None:
                return response.json([{"text": limited}], status=429)
            metadata = payload.get("metadata")
            entry = entry_kind(metadata.get("entry") if isinstance(metadata, dict) else None)
            metadata = ({"municipality": str(metadata.get("municipality"))[:40]}
                        if isinstance(metadata, dict) and metadata.get("municipality")
                        else {})
            agent = agent_of(request.app)
            fail_loudly(getattr(agent, "tracker_store", None))
            raw_message = payload.get("message")
            if isinstance(raw_message, str) and raw_message.strip().startswith("/"):
                await self.learn_offered(getattr(agent, "tracker_store", None), sender)
            prepared = self.prepare(sender, raw_message)
            replies = [{"text": note} for note in prepared["notes"]]
            if prepared["reply"] is not None:
                return response.json(replies + [{"text": prepared["reply"]}])

            log_privacy.RECENT.add(prepared["text"])
            collector = InsightCollector()
            failure = await self.run_rasa(on_new_message, UserMessage(
                prepared["text"], collector, sender, input_channel=self.name(),
                metadata=metadata))
            # after a timeout the turn was cancelled and not saved: no half answers
            produced = [] if failure == "timeout" else collector.messages
            messages = [m for m in (self._public(m) for m in produced) if m]
            self.offered.remember(sender, messages)
            hints = [] if failure == "timeout" else collector.hints
            if not messages:  # e.g. the action server is down: never leave the user in silence
                messages = [{"text": self.no_answer_reply(metadata.get("municipality"))}]
                hints = [{"outcome": CANNOT_ANSWER, "topic": "unavailable"}]
            if prepared["text"].startswith("/crisis"):
                hints = hints + [{"outcome": CRISIS, "topic": "crisis"}]
            self.count_turn(metadata.get("municipality"), entry, hints, messages)
            if prepared["text"].startswith("/crisis"):  # 112 before any note
                return response.json(messages + replies)
            after = [{"text": note} for note in prepared.get("after", [])]
            return response.json(replies + messages + after)

        return web

    def municipality_slug(self, value: Any) -> str:
        return value if isinstance(value, str) and value in self.knowledge else \
            UNKNOWN_MUNICIPALITY

    def count_turn(self, municipality: Any, entry: str, hints: List[Dict[str, Any]],
                   messages: List[Dict[str, Any]]) -> None:
        """Count this turn once; offer "Var svaret en hjælp?" under an answer. Never raises."""
        try:
            slug = municipality if isinstance(municipality, str) and \
                municipality in self.knowledge else None
            key = turn_key(slug, entry, [h for h in hints if isinstance(h, dict)])
            if key is None:
                return
            if key.municipality not in self.knowledge:
                key = CellKey(UNKNOWN_MUNICIPALITY, key.topic, key.entry, key.outcome)
            if key.topic not in self.topics:
                key = CellKey(key.municipality, NO_TOPIC, key.entry, key.outcome)
            self.insight.record(key)
            if key.outcome in FEEDBACK_OUTCOMES and key.topic != NO_TOPIC and messages:
                messages[-1]["feedback"] = {"topic": key.topic}
        except Exception as exc:  # counting must never break a turn
            logger.warning("insight: turn not counted (%s)", type(exc).__name__)

    def signal_key(self, body: Dict[str, Any]) -> Optional[CellKey]:
        value, topic = body.get("value"), body.get("topic") or NO_TOPIC
        if value not in SIGNAL_OUTCOMES or topic not in self.topics:
            return None
        return CellKey(self.municipality_slug(body.get("municipality")), topic, "other", value)

    def limit(self, request: Request, sender: str) -> Optional[str]:
        """The Danish 429 text when a limit is reached, else None (the message may pass).

        Per client address first, so requests refused there use up nothing shared; then
        per conversation; then the whole process.
        """
        if not self.address_allowed(request):
            return ADDRESS_LIMITED_REPLY
        if not self.per_conversation.allow(sender):
            return RATE_LIMITED_REPLY
        if not self.per_process.allow():
            return BUSY_REPLY
        return None

    def address_allowed(self, request: Request) -> bool:
        """Counts the request against its client address's bucket (see bot/rate_limit.py)."""
        address = self.addresses.key(request.ip, ",".join(
            request.headers.getall("x-forwarded-for", [])))
        return address is None or self.per_address.allow(address)

    async def learn_offered(self, tracker_store: Any, sender: str) -> None:
        """Remember the button payloads the conversation's tracker shows were offered.

        Behind a load balancer the buttons may have been offered by another instance,
        whose memory this one cannot see; the tracker in the shared store can. A store
        that cannot be reached is ignored here: running the message reports it.
        """
        if tracker_store is None:
            return
        try:
            tracker = await tracker_store.retrieve(sender)
        except Exception:  # outage: reported once when Rasa handles the message
            return
        if tracker is None:
            return
        offered = [{"buttons": event.data.get("buttons")} for event in tracker.events
                   if isinstance(event, BotUttered) and (event.data or {}).get("buttons")]
        self.offered.remember(sender, offered)

    async def run_rasa(self, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                       message: UserMessage) -> Optional[str]:
        """Let Rasa handle ``message``, waiting at most ``reply_timeout`` seconds.

        On timeout Rasa's processing is cancelled: its lock ticket is released (the lock
        store's context manager cleans up on cancellation), the tracker is not saved, so
        the conversation is as if the message never came and the user can send it again;
        the action server's late result is dropped. Only the kind of failure is logged,
        never the text or the conversation id.

        Returns:
            None when Rasa finished; otherwise ``"timeout"``, ``"store"`` (Redis
            unreachable) or ``"error"``.
        """
        try:
            await asyncio.wait_for(on_new_message(message), timeout=self.reply_timeout)
        except asyncio.TimeoutError:
            logger.warning("web channel: no reply within %.0f s (action server slow or down?); "
                           "answering with the centre's contact", self.reply_timeout)
            return "timeout"
        except Exception as exc:  # never log the text: only the kind of failure
            if is_store_outage(exc):
                self.outage.failed(exc)
                return "store"
            logger.error("web channel: message handling failed (%s)", type(exc).__name__)
            return "error"
        self.outage.succeeded()
        return None

    def no_answer_reply(self, municipality: Optional[str]) -> str:
        """A kind answer with the centre's contact data from our own copy of the knowledge."""
        slug = slug_from_text(municipality or "", self.knowledge)
        if slug is None:
            return NO_ANSWER_REPLY
        return f"{NO_ANSWER_REPLY}\n\n{contact_hint(self.knowledge[slug])}"

    @staticmethod
    def _public(message: Dict[str, Any]) -> Dict[str, Any]:
        """Only the fields the contract names; no recipient id goes back to the client."""
        out: Dict[str, Any] = {}
        if message.get("text"):
            out["text"] = message["text"]
        if message.get("buttons"):
            out["buttons"] = [{"title": b.get("title"), "payload": b.get("payload")}
                              for b in message["buttons"] if isinstance(b, dict)]
        if message.get("custom"):
            out["custom"] = message["custom"]
        return out

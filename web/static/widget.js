/*
 * Rusmiddelrådgiveren: anonymous chat widget. One tag on any page:
 *
 *   <script src="https://HOST/widget/widget.js" data-municipality="vejle" defer></script>
 *
 * Options (data-*): municipality (slug), api (Rasa URL), color (#rrggbb), open ("true"),
 * exit (quick-exit URL), timeout (seconds).
 *
 * Rules this file keeps: no cookies, no localStorage; sessionStorage holds only what the
 * user must see after a reload (see "storage" below), cleared by quick exit and "Slet
 * samtalen"; the shadow root is closed, so scripts of the host page cannot read the
 * conversation from the DOM; requests only to the widget host and the API host; no inline
 * style or script (works under a strict CSP); text from the server is inserted as text,
 * never as HTML; links only for http, https, tel and mailto.
 */
(function () {
  'use strict';

  var TAG = 'rusmiddel-chat';
  var STORAGE_KEY = 'rusmiddelraadgiveren';
  var SLUG_RE = /^[a-z0-9_]{1,40}$/;
  var COLOR_RE = /^#[0-9a-fA-F]{6}$/;
  var DEFAULT_COLOR = '#005a70';
  var DEFAULT_TIMEOUT_S = 20;
  var MAX_CHARS = 1000;
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;
  var LINK_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

  var TEXT = {
    launcher: 'Chat anonymt',
    title: 'Rusmiddelrådgiveren',
    subtitle: 'Anonym chat med en robot',
    exit: 'Forlad siden',
    exitHint: 'Forlad siden hurtigt. Du kan også trykke tre gange på Shift.',
    close: 'Luk chatten',
    clear: 'Slet samtalen',
    helpfulQuestion: 'Var svaret en hjælp?',
    helpfulYes: 'Ja',
    helpfulNo: 'Nej',
    helpfulThanks: 'Tak for dit svar.',
    privacy: 'Om privatliv',
    log: 'Samtalen',
    inputLabel: 'Skriv din besked',
    placeholder: 'Skriv dit spørgsmål her',
    send: 'Send',
    botSays: 'Rådgiveren skriver: ',
    youSaid: 'Du skrev: ',
    typing: 'Rådgiveren skriver…',
    replies: 'Svarmuligheder',
    retry: 'Prøv igen',
    cleared: 'Samtalen er slettet.',
    danger: 'Er nogen i fare, så ring 112.',
    note: 'Skriv ikke dit navn, CPR-nummer eller telefonnummer. Er nogen i fare, så ring 112.',
    offline: 'Du er ikke på nettet lige nu, så din besked kom ikke frem. Det er ikke din skyld.',
    timeout: 'Det tager for lang tid at få svar lige nu. Det er ikke din skyld.',
    down: 'Chatten kan ikke svare lige nu. Det er ikke din skyld.',
    retryHint: 'Prøv igen om lidt.',
    notKept: 'Din besked er ikke gemt, så den vises ikke her.',
    codeNotKept: 'Koden bliver ikke gemt i chatten. Skriv den ned nu. Lukker du eller ' +
      'genindlæser du siden, kan du ikke se den igen.',
    codeHidden: 'Koden er skjult her, fordi den ikke bliver gemt. Brug den kode, du skrev ned.',
    greetingFallback: 'Hej! Jeg er en automatisk chat-robot, ikke et menneske. Du er anonym ' +
      'her: skriv ikke dit navn eller andet, der kan vise, hvem du er.',
    privacyFallback: 'Teksten om privatliv kunne ikke hentes lige nu. Chatten bruger ingen ' +
      'cookies. Det, du selv skriver, og din kode til en booket tid gemmes ikke på din enhed.'
  };

  function findScript() {
    if (document.currentScript) { return document.currentScript; }
    var scripts = document.querySelectorAll('script[src*="widget.js"]');
    return scripts.length ? scripts[scripts.length - 1] : null;
  }

  var script = findScript();
  if (!script || document.querySelector(TAG)) { return; }  // one widget per page

  function httpUrl(value, base) {
    if (!value) { return null; }
    try {
      var url = new URL(value, base);
      return (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
    } catch (err) {
      return null;
    }
  }

  var widgetBase = new URL('.', script.src);
  var data = script.dataset;
  var options = {
    municipality: SLUG_RE.test(data.municipality || '') ? data.municipality : null,
    api: httpUrl(data.api || '', widgetBase),
    color: COLOR_RE.test(data.color || '') ? data.color : DEFAULT_COLOR,
    open: data.open === 'true' || data.open === '',
    exit: httpUrl(data.exit || '', widgetBase),
    // where the widget sits, from its own tag (never the URL): counted, anonymously
    entry: ({kommune: 'municipal', skole: 'school'})[data.entry] || 'other',
    timeoutMs: Math.min(Math.max(Number(data.timeout) || DEFAULT_TIMEOUT_S, 1), 120) * 1000
  };

  /* ---------------------------------------------------------------- storage
   *
   * sessionStorage belongs to the host page: every script of the municipality's site
   * (analytics, tag managers, session replay) can read it. So it holds only what the
   * user needs to see after a reload or on the next page of the site:
   *   - the random conversation id (the server needs it to continue the conversation),
   *     whether the panel is open and a municipality chosen with a button;
   *   - the bot's answers, with booking codes masked (a code is shown once, on screen);
   *   - the title of a button the user chose (text the server offered, not typed);
   *   - for a typed message only the fact that there was one: never its text, not even
   *     the server's redacted form (redaction catches identifiers, not the story told).
   * Everything is scrubbed again on load, so a transcript saved by an older version of
   * this file is cleaned the moment the page opens.
   */

  // A booking code as the bot shows it (booking/codes.py format_code: "K7QM-3XPD").
  var CODE_RE = /\b[0-9A-Z]{4}[-\u2010\u2011\u2013][0-9A-Z]{4}\b/g;
  var YEARS_RE = /^(?:19|20)\d\d.(?:19|20)\d\d$/;  // "2024-2026" in a source line
  var EXAMPLE_CODE = 'K7QM-3XPD';  // booking/texts.py EXAMPLE_CODE: in help texts, no one's code
  var CODE_MASK = '\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022';

  /** ``text`` with every booking code replaced by dots, and whether there was one. */
  function maskCodes(text) {
    var found = false;
    var masked = text.replace(CODE_RE, function (token) {
      if (token === EXAMPLE_CODE || YEARS_RE.test(token)) { return token; }
      found = true;
      return CODE_MASK;
    });
    return {text: masked, found: found};
  }

  function cleanButtons(buttons) {
    return Array.isArray(buttons) ? buttons.filter(function (b) {
      return b && typeof b.title === 'string' && typeof b.payload === 'string';
    }).map(function (b) { return {title: b.title, payload: b.payload}; }) : [];
  }

  /** The form of a message that may be kept in sessionStorage, or null. */
  function storable(message) {
    if (!message || typeof message !== 'object') { return null; }
    if (message.from === 'user') {
      return message.choice === true && typeof message.text === 'string' ?
        {from: 'user', choice: true, text: message.text} : {from: 'user', hidden: true};
    }
    if (message.from !== 'bot' || typeof message.text !== 'string' || message.kind) {
      return null;
    }
    var masked = maskCodes(message.text);
    var kept = {from: 'bot', text: masked.text};
    var buttons = cleanButtons(message.buttons);
    if (buttons.length) { kept.buttons = buttons; }
    if (masked.found || message.masked === true) { kept.masked = true; }
    return kept;
  }

  function loadState() {
    try {
      var raw = window.sessionStorage.getItem(STORAGE_KEY);
      var saved = raw ? JSON.parse(raw) : null;
      if (saved && typeof saved.id === 'string' && Array.isArray(saved.messages)) {
        return {
          id: saved.id,
          open: saved.open === true,
          municipality: SLUG_RE.test(saved.municipality || '') ? saved.municipality : null,
          messages: saved.messages.map(storable).filter(Boolean)
        };
      }
    } catch (err) { /* storage blocked or broken: start fresh */ }
    return {id: null, messages: [], open: false, municipality: null};
  }

  function saveState() {
    try {
      if (state.id) {
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({
          id: state.id, open: state.open, municipality: state.municipality,
          messages: state.messages}));
      } else {
        window.sessionStorage.removeItem(STORAGE_KEY);  // no conversation: nothing to keep
      }
    } catch (err) { /* storage blocked: the chat still works for this page */ }
  }

  function clearStorage() {
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (err) { /* nothing stored */ }
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  var state = loadState();
  saveState();  // at once: replaces whatever an older version stored with the scrubbed form

  /* ---------------------------------------------------------------- colour */

  function luminance(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  function shade(hex, factor) {
    return '#' + [1, 3, 5].map(function (i) {
      var c = Math.round(parseInt(hex.slice(i, i + 2), 16) * factor);
      return ('0' + Math.min(255, c).toString(16)).slice(-2);
    }).join('');
  }

  /** The accent colour and a text colour on it with at least 4.5:1 contrast (WCAG AA). */
  function accentColors(hex) {
    var color = hex;
    var text = contrast(color, '#ffffff') >= contrast(color, '#000000') ? '#ffffff' : '#000000';
    // Darken mid-tones until white text passes; black text always passes on light colours.
    for (var i = 0; i < 20 && contrast(color, text) < 4.5; i += 1) {
      color = shade(color, 0.9);
      text = '#ffffff';
    }
    return {accent: color, text: text};
  }

  /* ---------------------------------------------------------------- DOM helpers */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attrs[key]; }
      else if (key === 'className') { node.className = attrs[key]; }
      else if (key === 'hidden') { node.hidden = attrs[key]; }
      else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function chatIcon() {
    // An SVG built with DOM calls: no image request, no markup string.
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'rr-launcher-icon');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    // a speech bubble with three dots cut out (even-odd fill)
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5' +
      'a2 2 0 0 1 2-2z M8.5 10.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0z' +
      'M13.5 10.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0z M18.5 10.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0z');
    svg.appendChild(path);
    return svg;
  }

  function visuallyHidden(text) {
    return el('span', {className: 'rr-sr', text: text});
  }

  /* Phone numbers (8 digits, Danish groupings, optional +45), 112 and 116 xxx,
   * e-mail addresses and web addresses become links; everything else stays text. */
  var LINK_RE = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:\+45 ?)?\d{2,4}(?: ?\d{2,4}){0,3})/g;

  function hrefFor(token) {
    var digits = token.replace(/[^\d+]/g, '');
    if (/^\+?[\d ]+$/.test(token)) {
      var local = digits.replace(/^\+45/, '');
      if (/^\d{8}$/.test(local)) { return 'tel:+45' + local; }
      if (local === '112' || /^116\d{3}$/.test(local)) { return 'tel:' + local; }
      return null;
    }
    if (token.indexOf('@') > 0 && token.indexOf('/') < 0) { return 'mailto:' + token; }
    if (/^www\./i.test(token)) { return 'https://' + token; }
    return token;
  }

  function safeHref(href) {
    try {
      var url = new URL(href);
      return LINK_PROTOCOLS.indexOf(url.protocol) >= 0 ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function appendLinked(parent, text) {
    var position = 0;
    text.replace(LINK_RE, function (match, _group, offset) {
      var token = match.replace(/[.,;:!?)]+$/, '');  // sentence punctuation is not part of it
      var href = safeHref(hrefFor(token) || '');
      if (!href) { return match; }
      parent.appendChild(document.createTextNode(text.slice(position, offset)));
      var link = el('a', {href: href, text: token});
      if (/^https?:/.test(href)) {
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener noreferrer');
      }
      parent.appendChild(link);
      position = offset + token.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(position)));
  }

  function paragraphs(text, linked) {
    var box = el('div', {className: 'rr-text'});
    String(text).split(/\n+/).forEach(function (line) {
      if (!line.trim()) { return; }
      var p = el('p');
      if (linked) { appendLinked(p, line); } else { p.textContent = line; }
      box.appendChild(p);
    });
    return box;
  }

  /* ---------------------------------------------------------------- build */

  var host = document.createElement(TAG);
  host.setAttribute('data-state', 'loading');
  // Closed: host.shadowRoot is null, so the page's scripts cannot read the conversation.
  var shadow = host.attachShadow({mode: 'closed'});
  var colors = accentColors(options.color);
  // CSSOM, not a style attribute: allowed under a strict CSP.
  host.style.setProperty('--rr-accent', colors.accent);
  host.style.setProperty('--rr-on-accent', colors.text);

  var config = null;
  var busy = false;
  var lastAttempt = null;
  var lastQuestion = null;
  var ui = {};

  function buildUi() {
    ui.exitDock = el('button', {type: 'button', className: 'rr-exit rr-exit-dock',
      title: TEXT.exitHint, text: TEXT.exit});
    ui.launcher = el('button', {type: 'button', className: 'rr-launcher',
      'aria-expanded': 'false', 'aria-controls': 'rr-panel'},
    [chatIcon(), el('span', {text: TEXT.launcher})]);
    ui.dock = el('div', {className: 'rr-dock'}, [ui.exitDock, ui.launcher]);

    ui.title = el('h2', {id: 'rr-title', text: TEXT.title});
    ui.exitPanel = el('button', {type: 'button', className: 'rr-exit',
      title: TEXT.exitHint, text: TEXT.exit});
    ui.close = el('button', {type: 'button', className: 'rr-close', 'aria-label': TEXT.close},
      [el('span', {'aria-hidden': 'true', text: '×'})]);
    var header = el('div', {className: 'rr-header'}, [
      el('div', {className: 'rr-heading'}, [ui.title,
        el('p', {className: 'rr-subtitle', text: TEXT.subtitle})]),
      ui.close]);

    ui.clear = el('button', {type: 'button', className: 'rr-tool', text: TEXT.clear});
    ui.privacyToggle = el('button', {type: 'button', className: 'rr-tool',
      'aria-expanded': 'false', 'aria-controls': 'rr-privacy', text: TEXT.privacy});
    var tools = el('div', {className: 'rr-tools'}, [ui.clear, ui.privacyToggle, ui.exitPanel]);
    // focusable: it scrolls, and keyboard users must be able to scroll it
    ui.privacy = el('div', {id: 'rr-privacy', className: 'rr-privacy', hidden: true,
      role: 'region', 'aria-label': TEXT.privacy, tabindex: '0'});

    ui.log = el('div', {className: 'rr-log', role: 'log', 'aria-live': 'polite',
      'aria-label': TEXT.log, tabindex: '0'});
    ui.status = el('p', {className: 'rr-status', role: 'status'});

    ui.input = el('textarea', {id: 'rr-input', rows: '2', maxlength: String(MAX_CHARS),
      placeholder: TEXT.placeholder, autocomplete: 'off'});
    ui.send = el('button', {type: 'submit', className: 'rr-send', text: TEXT.send});
    ui.form = el('form', {className: 'rr-form', novalidate: 'novalidate'}, [
      el('label', {'for': 'rr-input', className: 'rr-label', text: TEXT.inputLabel}),
      el('div', {className: 'rr-row'}, [ui.input, ui.send])]);
    var note = el('p', {className: 'rr-note', text: TEXT.note});

    ui.panel = el('section', {id: 'rr-panel', className: 'rr-panel', role: 'dialog',
      'aria-labelledby': 'rr-title', hidden: true},
    [header, tools, ui.privacy, ui.log, ui.status, ui.form, note]);
    ui.root = el('div', {className: 'rr'}, [ui.panel, ui.dock]);
    shadow.appendChild(ui.root);

    ui.launcher.addEventListener('click', function () { setOpen(true); });
    ui.close.addEventListener('click', function () { setOpen(false); });
    ui.exitDock.addEventListener('click', quickExit);
    ui.exitPanel.addEventListener('click', quickExit);
    ui.clear.addEventListener('click', clearConversation);
    ui.privacyToggle.addEventListener('click', togglePrivacy);
    ui.form.addEventListener('submit', function (event) {
      event.preventDefault();
      sendTyped();
    });
    ui.input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        sendTyped();
      }
    });
    ui.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpen(false);
      }
    });
  }

  /* ---------------------------------------------------------------- rendering */

  /**
   * A message as shown. ``live`` is true when it has just arrived: then a booking code in
   * it is shown in full; restored from storage, a typed message is a placeholder and codes
   * are masked. ``codeNote`` adds the widget's own note on the code: write it down (live),
   * or why it is hidden (restored).
   */
  function messageNode(message, live, codeNote) {
    var fromUser = message.from === 'user';
    var item = el('div', {className: 'rr-msg ' + (fromUser ? 'rr-user' : 'rr-bot') +
      (message.kind ? ' rr-' + message.kind : '') + (message.hidden ? ' rr-not-kept' : '')});
    item.appendChild(visuallyHidden(fromUser ? TEXT.youSaid : TEXT.botSays));
    // The user's own words are never linkified: a typed URL stays plain text.
    item.appendChild(paragraphs(message.hidden ? TEXT.notKept : message.text, !fromUser));
    if (codeNote) {
      item.appendChild(el('p', {className: 'rr-code-note',
        text: live ? TEXT.codeNotKept : TEXT.codeHidden}));
    }
    return item;
  }

  function repliesNode(buttons, onChoose) {
    var group = el('div', {className: 'rr-replies', role: 'group', 'aria-label': TEXT.replies});
    buttons.forEach(function (button) {
      if (!button || typeof button.title !== 'string' || typeof button.payload !== 'string') {
        return;
      }
      var node = el('button', {type: 'button', className: 'rr-reply', text: button.title});
      node.addEventListener('click', function () { onChoose(button, group); });
      group.appendChild(node);
    });
    return group;
  }

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  /** Show ``message``; ``persist``: it has just arrived, keep its storable form. */
  function addMessage(message, persist, codeNote) {
    var node = messageNode(message, persist, codeNote);
    ui.log.appendChild(node);
    if (message.buttons && message.buttons.length) {
      ui.log.appendChild(repliesNode(message.buttons, chooseReply));
    }
    var kept = persist ? storable(message) : null;
    if (kept) {
      state.messages.push(kept);
      saveState();
    }
    scrollToEnd();
    return node;
  }

  /** Show the question with the start of its answer, not only the answer's last lines. */
  function scrollToQuestion() {
    if (lastQuestion && lastQuestion.isConnected) {
      ui.log.scrollTop = lastQuestion.offsetTop - ui.log.offsetTop - 8;
    }
  }

  function removeReplies() {
    // unanswered "Var svaret en hjælp?" goes too: it was about the previous answer
    Array.prototype.forEach.call(ui.log.querySelectorAll('.rr-replies, .rr-feedback'),
      function (group) { group.remove(); });
    state.messages.forEach(function (m) { delete m.buttons; });
  }

  function renderGreeting() {
    var lines = config && Array.isArray(config.greeting) ? config.greeting :
      [TEXT.greetingFallback, TEXT.danger];
    var greeting = el('div', {className: 'rr-msg rr-bot rr-greeting'},
      [visuallyHidden(TEXT.botSays)]);
    lines.forEach(function (text) { greeting.appendChild(paragraphs(text, true)); });
    return greeting;
  }

  function renderAll() {
    ui.log.textContent = '';
    ui.log.appendChild(renderGreeting());
    // Rasa sends a text with blank lines as several messages: one note per run of them.
    var previousMasked = false;
    state.messages.forEach(function (m) {
      addMessage(m, false, m.masked === true && !previousMasked);
      previousMasked = m.masked === true;
    });
  }

  function renderPrivacy() {
    ui.privacy.textContent = '';
    var blocks = config && Array.isArray(config.privacy) ? config.privacy : null;
    if (!blocks) {
      ui.privacy.appendChild(el('p', {text: TEXT.privacyFallback}));
      return;
    }
    var list = null;
    blocks.forEach(function (block) {
      var tag = {title: 'h3', heading: 'h4', item: 'li'}[block.type] || 'p';
      var node = el(tag);
      (block.parts || []).forEach(function (part) {
        node.appendChild(part.strong ? el('strong', {text: part.text}) :
          document.createTextNode(part.text));
      });
      if (tag === 'li') {
        if (!list) { list = el('ul'); ui.privacy.appendChild(list); }
        list.appendChild(node);
      } else {
        list = null;
        ui.privacy.appendChild(node);
      }
    });
  }

  /* ---------------------------------------------------------------- behaviour */

  function setOpen(open) {
    state.open = open;
    ui.panel.hidden = !open;
    ui.root.classList.toggle('rr-is-open', open);
    ui.launcher.setAttribute('aria-expanded', String(open));
    if (state.id) { saveState(); }
    if (open) {
      scrollToEnd();
      ui.input.focus();
    } else {
      ui.launcher.focus();  // focus returns to where the user opened the chat
    }
  }

  function togglePrivacy() {
    var show = ui.privacy.hidden;
    if (show) { renderPrivacy(); }
    ui.privacy.hidden = !show;
    ui.privacyToggle.setAttribute('aria-expanded', String(show));
    if (show) { ui.privacy.focus(); }
  }

  function apiUrl(path) {
    var base = options.api || httpUrl((config && config.api) || '', widgetBase) ||
      new URL('/', widgetBase);
    return new URL(path, base.href.replace(/\/?$/, '/')).href;
  }

  function forgetOnServer(id) {
    // keepalive: the request survives the page being replaced by quick exit
    try {
      return window.fetch(apiUrl('webhooks/web/forget'), {
        method: 'POST', body: JSON.stringify({sender: id}), keepalive: true,
        credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store',
        headers: {'Content-Type': 'text/plain'}
      }).catch(function () { /* the server forgets on its own after 30 minutes */ });
    } catch (err) {
      return null;
    }
  }

  /** Anonymous count: {municipality, topic, value}, no conversation id (bot/channel.py). */
  function sendSignal(value, topic) {
    try {
      window.fetch(apiUrl('webhooks/web/insight'), {
        method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer',
        cache: 'no-store', headers: {'Content-Type': 'text/plain'},
        body: JSON.stringify({municipality: options.municipality || state.municipality || null,
          topic: topic || 'none', value: value})
      }).catch(function () { /* not counted: nothing else happens */ });
    } catch (err) { /* not counted */ }
  }

  var TOPIC_RE = /^[a-z][a-z0-9_]{0,59}(?::[a-z0-9_]{1,60})?$/;
  var lastTopic = null;

  /** "Var svaret en hjælp?" with two buttons; answering is never needed to go on. */
  function feedbackNode(topic) {
    var question = el('p', {className: 'rr-feedback-q', text: TEXT.helpfulQuestion});
    // not .rr-reply: these are no answers to the chat and must not look like its choices
    var yes = el('button', {type: 'button', className: 'rr-feedback-btn', text: TEXT.helpfulYes});
    var no = el('button', {type: 'button', className: 'rr-feedback-btn', text: TEXT.helpfulNo});
    var group = el('div', {className: 'rr-feedback', role: 'group',
      'aria-label': TEXT.helpfulQuestion}, [question, yes, no]);
    function answer(value) {
      sendSignal(value, topic);
      group.textContent = '';
      group.appendChild(el('p', {className: 'rr-feedback-q', role: 'status',
        text: TEXT.helpfulThanks}));
    }
    yes.addEventListener('click', function () { answer('helpful'); });
    no.addEventListener('click', function () { answer('not_helpful'); });
    return group;
  }

  function quickExit() {
    sendSignal('quick_exit', lastTopic);
    var id = state.id;
    // Blank first, so nothing is readable while the next page loads.
    if (ui.root) { ui.root.remove(); }
    shadow.appendChild(el('div', {className: 'rr-blank'}));
    host.setAttribute('data-state', 'exited');
    state = {id: null, messages: [], open: false, municipality: null};
    clearStorage();
    if (id) { forgetOnServer(id); }
    var target = options.exit || httpUrl((config && config.exitUrl) || '', widgetBase) ||
      new URL('https://www.dmi.dk/');
    window.location.replace(target.href);
  }

  function clearConversation() {
    var id = state.id;
    state = {id: null, messages: [], open: true, municipality: null};
    clearStorage();
    if (id) { forgetOnServer(id); }
    lastAttempt = null;
    renderAll();
    ui.status.textContent = TEXT.cleared;
    ui.input.value = '';
    ui.input.focus();
  }

  function setBusy(value) {
    busy = value;
    ui.send.setAttribute('aria-disabled', String(value));
    ui.root.classList.toggle('rr-is-busy', value);
    if (value) {
      ui.typing = el('div', {className: 'rr-msg rr-bot rr-typing', 'aria-hidden': 'true'},
        [el('span'), el('span'), el('span')]);
      ui.log.appendChild(ui.typing);
      ui.status.textContent = TEXT.typing;
      scrollToEnd();
    } else {
      if (ui.typing) { ui.typing.remove(); ui.typing = null; }
      ui.status.textContent = '';
    }
  }

  function errorText(kind) {
    var lead = {offline: TEXT.offline, timeout: TEXT.timeout}[kind] || TEXT.down;
    var humans = config && typeof config.humans === 'string' ? config.humans : '';
    return [lead + ' ' + TEXT.retryHint, humans, TEXT.danger].filter(Boolean).join('\n');
  }

  function showError(kind) {
    addMessage({from: 'bot', kind: 'error', text: errorText(kind)}, false);
    var retry = el('button', {type: 'button', className: 'rr-reply rr-retry', text: TEXT.retry});
    var group = el('div', {className: 'rr-replies', role: 'group',
      'aria-label': TEXT.replies}, [retry]);
    retry.addEventListener('click', function () {
      group.remove();
      if (lastAttempt) { post(lastAttempt); }
    });
    ui.log.appendChild(group);
    scrollToEnd();
  }

  function chooseMunicipality(payload) {
    var match = /^\/inform_municipality(\{.*\})$/.exec(payload);
    if (!match) { return; }
    try {
      var slug = JSON.parse(match[1]).municipality;
      if (SLUG_RE.test(slug || '') && !options.municipality) {
        state.municipality = slug;
        loadConfig(slug);  // contact data of the chosen municipality for error messages
      }
    } catch (err) { /* not a municipality choice */ }
  }

  function chooseReply(button) {
    if (busy) { return; }
    chooseMunicipality(button.payload);
    send(button.payload, button.title);
  }

  function sendTyped() {
    var text = ui.input.value.trim();
    if (!text || busy) { return; }  // no empty messages, no double sends
    ui.input.value = '';
    send(text.slice(0, MAX_CHARS), null);
  }

  function send(message, shown) {
    if (busy) { return; }
    if (!state.id) { state.id = randomId(); }
    removeReplies();
    lastQuestion = addMessage(shown ? {from: 'user', text: shown, choice: true} :
      {from: 'user', text: message}, true);
    post({message: message});
  }

  function post(attempt) {
    lastAttempt = attempt;
    setBusy(true);
    if (navigator.onLine === false) {
      setBusy(false);
      showError('offline');
      return;
    }
    var controller = new AbortController();
    var timedOut = false;
    var timer = window.setTimeout(function () { timedOut = true; controller.abort(); },
      options.timeoutMs);
    var municipality = options.municipality || state.municipality;
    var body = {sender: state.id, message: attempt.message, metadata: {entry: options.entry}};
    if (municipality) { body.metadata.municipality = municipality; }
    window.fetch(apiUrl('webhooks/web/webhook'), {
      method: 'POST', body: JSON.stringify(body), signal: controller.signal,
      credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store',
      headers: {'Content-Type': 'application/json'}
    }).then(function (resp) {
      // 429 carries a kind Danish text too; other errors get our own message.
      if (!resp.ok && resp.status !== 429) { throw new Error('status ' + resp.status); }
      return resp.json();
    }).then(function (replies) {
      window.clearTimeout(timer);
      setBusy(false);
      if (!Array.isArray(replies)) { throw new Error('bad answer'); }
      var codeNoted = false;  // one note, under the first message with a code
      replies.forEach(function (reply) {
        if (!reply || typeof reply.text !== 'string') { return; }
        var hasCode = maskCodes(reply.text).found;
        addMessage({from: 'bot', text: reply.text, buttons: cleanButtons(reply.buttons)}, true,
          hasCode && !codeNoted);
        codeNoted = codeNoted || hasCode;
      });
      var last = replies[replies.length - 1];
      var topic = last && last.feedback && last.feedback.topic;
      if (typeof topic === 'string' && TOPIC_RE.test(topic)) {
        lastTopic = topic;
        ui.log.appendChild(feedbackNode(topic));
      }
      scrollToQuestion();
    }).catch(function () {
      window.clearTimeout(timer);
      setBusy(false);
      showError(timedOut ? 'timeout' : (navigator.onLine === false ? 'offline' : 'down'));
    });
  }

  /* ---------------------------------------------------------------- quick exit keys */

  var shiftCount = 0;
  var shiftTimer = null;
  function onKeyDown(event) {
    if (event.key !== 'Shift') {
      shiftCount = 0;  // only three Shift presses in a row count
      return;
    }
    if (event.repeat) { return; }
    shiftCount += 1;
    window.clearTimeout(shiftTimer);
    shiftTimer = window.setTimeout(function () { shiftCount = 0; }, SHIFT_WINDOW_MS);
    if (shiftCount >= SHIFT_PRESSES) {
      shiftCount = 0;
      quickExit();
    }
  }

  /* ---------------------------------------------------------------- start */

  function loadConfig(slug) {
    var path = slug ? 'config/' + slug + '.json' : 'config.json';
    return window.fetch(new URL(path, widgetBase).href, {
      credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store'
    }).then(function (resp) {
      if (!resp.ok) { throw new Error('status ' + resp.status); }
      return resp.json();
    }).then(function (loaded) {
      config = loaded;
      var old = ui.log.querySelector('.rr-greeting');
      if (old) { ui.log.replaceChild(renderGreeting(), old); }
    }).catch(function () { /* the fallback greeting stays; answers still work */ });
  }

  function start() {
    buildUi();
    renderAll();
    loadConfig(options.municipality || state.municipality);
    document.addEventListener('keydown', onKeyDown, true);
    host.setAttribute('data-state', 'ready');
    if (window.performance && performance.mark) { performance.mark('rusmiddel-widget-ready'); }
    if (state.open || options.open) {
      state.open = true;
      ui.panel.hidden = false;
      ui.root.classList.add('rr-is-open');
      ui.launcher.setAttribute('aria-expanded', 'true');
      scrollToEnd();  // after a reload: where the conversation left off, not the greeting
    }
  }

  var sheet = el('link', {rel: 'stylesheet', href: new URL('widget.css', widgetBase).href});
  var started = false;
  function startOnce() {
    if (!started) { started = true; start(); }
  }
  // Show nothing until the stylesheet is there: no flash of an unstyled chat.
  sheet.addEventListener('load', startOnce);
  sheet.addEventListener('error', startOnce);
  shadow.appendChild(sheet);
  (document.body || document.documentElement).appendChild(host);
}());

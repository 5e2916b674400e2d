/*
 * Keuzehulp chat widget: talks to Rasa's socketio channel with the vendored socket.io client.
 * Vanilla ES2017, no build step. See docs/widget.md.
 *
 * Safety rules of this file:
 *  - text from the bot or the user is only ever inserted with textContent / text nodes, never innerHTML;
 *  - links are <a> elements built from URLs that parse and use http:, https: or tel:.
 *
 * Parts, top to bottom: texts, storage, session, links, rendering, conversation, connection, start-up.
 */
(function () {
  'use strict';

  var MAX_LENGTH = 2000;          // longer input is cut, with a visible note
  var HISTORY_LIMIT = 300;        // messages kept in sessionStorage for a reload
  var MAX_BUTTONS = 12;
  var TYPING_TIMEOUT_MS = 30000;  // hide "schrijft..." if no answer comes
  var CONFIG_URL = '/config.json';
  var SOCKET_PATH = '/socket.io/';
  var KEYS = {session: 'keuzehulp.session', history: 'keuzehulp.history', invite: 'keuzehulp.invite'};
  var INVITE_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;
  // The conversation id is issued and signed by the server (bot/channels/sessions.py); the widget only keeps it.
  var SESSION_PATTERN = /^[a-f0-9]{32}\.[0-9]{1,12}\.[A-Za-z0-9_-]{43}$/;

  /** The conversation a token names (its first part); a renewed token names the same one. */
  function conversationOf(token) { return token ? token.split('.')[0] : null; }

  // ---- texts the werknemer reads (Dutch, B1, je-vorm) ----------------------------------------
  var TEXT = {
    connecting: 'Even verbinden…',
    offline: 'De verbinding is even weg. Ik probeer het opnieuw. Wat je typt, stuur ik zodra het weer lukt.',
    failed: 'De chat doet het nu niet. Probeer het later nog eens. De hulp bovenaan deze pagina kun je altijd gebruiken.',
    tooLong: 'Je bericht was langer dan 2000 tekens. Ik heb alleen de eerste 2000 tekens verstuurd.',
    tooLongTyping: 'Je bericht is langer dan 2000 tekens. Ik stuur alleen de eerste 2000 tekens.',
    newChat: 'Je bent een nieuw gesprek begonnen.',
    you: 'Jij: ',
    bot: 'Keuzehulp: ',
    choices: 'Kies een antwoord, of typ zelf iets',
    newTab: ' (opent in een nieuw tabblad)',
    begin: 'Begin',
    calls: 'Bellen',
    call113: 'Bel 113 (gratis)',
    call112: 'Bel 112',
    copyCode: 'Kopieer je code',
    copied: 'Gekopieerd'
  };
  // The personal code a werknemer gets when sharing (core/handover.py): shown large, with a copy button.
  var PERSONAL_CODE_PATTERN = /\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}\b/;
  var BEGIN_PAYLOAD = '/greet';

  // ---- storage: sessionStorage (per tab), with an in-memory fallback when it is blocked -------
  var memory = {};
  var storage = {
    get: function (key) {
      try {
        var value = window.sessionStorage.getItem(key);
        return value !== null ? value : (key in memory ? memory[key] : null);
      } catch (e) {
        return key in memory ? memory[key] : null;
      }
    },
    set: function (key, value) {
      memory[key] = value;
      try { window.sessionStorage.setItem(key, value); } catch (e) { /* full or blocked: memory only */ }
    },
    remove: function (key) {
      delete memory[key];
      try { window.sessionStorage.removeItem(key); } catch (e) { /* blocked */ }
    }
  };

  // ---- session and invite -----------------------------------------------------------------------
  /** The server-issued conversation id kept for this tab, or null: the server then issues a new one. */
  function loadSessionId() {
    var id = storage.get(KEYS.session);
    return id && SESSION_PATTERN.test(id) ? id : null;
  }

  /** The invite token from ?invite=..., kept for this tab and taken out of the address bar. */
  function loadInvite() {
    var url;
    try { url = new URL(window.location.href); } catch (e) { return storage.get(KEYS.invite); }
    var fromUrl = url.searchParams.get('invite');
    if (fromUrl !== null) {
      if (INVITE_PATTERN.test(fromUrl)) { storage.set(KEYS.invite, fromUrl); }
      url.searchParams.delete('invite');
      try { window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash); } catch (e) { /* ignore */ }
    }
    return storage.get(KEYS.invite);
  }

  function loadHistory() {
    try {
      var saved = JSON.parse(storage.get(KEYS.history) || 'null');
      if (saved && Array.isArray(saved.messages)) {
        return {
          messages: saved.messages.filter(function (m) {
            return m && (m.from === 'bot' || m.from === 'user') && typeof m.text === 'string';
          }),
          choices: normaliseButtons(saved.choices)
        };
      }
    } catch (e) { /* damaged: start empty */ }
    return {messages: [], choices: []};
  }

  function saveHistory() {
    var data = {messages: state.messages.slice(-HISTORY_LIMIT), choices: state.choices};
    storage.set(KEYS.history, JSON.stringify(data));
  }

  // ---- links: only http(s) and tel, built as elements ------------------------------------------
  // Full http(s) URLs, 113.nl, and the crisis numbers 0800-0113, 113 and 112 become links.
  var LINK_PATTERN = /https?:\/\/[^\s<>"']+|\b(?:www\.)?113\.nl\b|\b0800-0113\b|\b11[23]\b/gi;
  var ALLOWED_PROTOCOLS = ['http:', 'https:', 'tel:'];

  function safeHref(candidate) {
    var url;
    try { url = new URL(candidate); } catch (e) { return null; }
    return ALLOWED_PROTOCOLS.indexOf(url.protocol) >= 0 ? url.href : null;
  }

  function hrefFor(found) {
    if (/^https?:\/\//i.test(found)) { return safeHref(found); }
    if (/113\.nl$/i.test(found)) { return safeHref('https://www.113.nl'); }
    return safeHref('tel:' + found.replace(/\D/g, ''));
  }

  function makeLink(label, href) {
    var link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    link.rel = 'noopener noreferrer';
    if (href.indexOf('http') === 0) {
      link.target = '_blank';
      var hint = document.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = TEXT.newTab;
      link.appendChild(hint);
    }
    return link;
  }

  /** Append `text` to `parent` as text nodes and safe links. */
  function appendText(parent, text) {
    var last = 0;
    var match;
    LINK_PATTERN.lastIndex = 0;
    while ((match = LINK_PATTERN.exec(text)) !== null) {
      var found = match[0];
      var trailing = /^https?:/i.test(found) ? /[.,;:!?)\]]+$/.exec(found) : null;
      if (trailing) { found = found.slice(0, found.length - trailing[0].length); }  // end of the sentence
      var href = found ? hrefFor(found) : null;
      if (!href) { continue; }
      if (match.index > last) { parent.appendChild(document.createTextNode(text.slice(last, match.index))); }
      parent.appendChild(makeLink(found, href));
      last = match.index + found.length;
      LINK_PATTERN.lastIndex = last;
    }
    if (last < text.length) { parent.appendChild(document.createTextNode(text.slice(last))); }
  }

  // ---- rendering ----------------------------------------------------------------------------------
  var ui = {};
  var state = {messages: [], choices: []};

  function normaliseButtons(raw) {
    if (!Array.isArray(raw)) { return []; }
    return raw.filter(function (b) {
      return b && typeof b.title === 'string' && b.title.trim() !== '';
    }).slice(0, MAX_BUTTONS).map(function (b) {
      return {title: b.title, payload: typeof b.payload === 'string' && b.payload !== '' ? b.payload : b.title};
    });
  }

  /** Show the newest turn: its first message at the top when the turn is taller than the log, else the end. */
  function scrollToTurn() {
    var start = ui.turnStart;
    var fromStart = start && start.parentNode === ui.log ? ui.log.scrollHeight - start.offsetTop : 0;
    ui.log.scrollTop = fromStart > ui.log.clientHeight ? start.offsetTop - 8 : ui.log.scrollHeight;
    keepChatInView();
  }

  /** Once the conversation runs, the whole chat column (and so the input) stays on screen. */
  function keepChatInView() {
    if (!state.messages.length || !ui.chat.scrollIntoView) { return; }
    var box = ui.form.getBoundingClientRect();
    var height = window.innerHeight || document.documentElement.clientHeight;
    if (box.bottom > height || box.top < 0) { ui.chat.scrollIntoView({block: 'end'}); }
  }

  // A summary ("Fase" / "• Ziek sinds: ...", core/logic/summary.py) or an option with its voor- en nadelen
  // (core/logic/replies.py option_card): one card with a heading per part.
  var BULLET = '\u2022 ';
  var CARD_HEADING_WORDS = 7;
  function isCard(text) {
    return text.split('\n').filter(function (line) { return line.indexOf(BULLET) === 0; }).length >= 3;
  }

  function appendCard(parent, text) {
    var list = null;
    text.split('\n').forEach(function (line) {
      if (line.indexOf(BULLET) === 0) {
        if (!list) { list = document.createElement('ul'); list.className = 'card-lines'; parent.appendChild(list); }
        var entry = document.createElement('li');
        appendText(entry, line.slice(BULLET.length));
        list.appendChild(entry);
      } else if (line.trim()) {  // a short line is a heading ("Voordelen:"), a longer one a sentence ("Gevolg: ...")
        var short = line.trim().split(/\s+/).length <= CARD_HEADING_WORDS;
        var part = document.createElement(short ? 'strong' : 'span');
        part.className = short ? 'card-heading' : 'card-sentence';
        appendText(part, line);
        parent.appendChild(part);
        list = null;
      }
    });
  }

  /** The personal code of a message, large and copyable (it opens "Mijn samenvatting" on any device). */
  function appendPersonalCode(item, text) {
    var found = PERSONAL_CODE_PATTERN.exec(text);
    if (!found) { return; }
    var box = document.createElement('div');
    box.className = 'code-box';
    var code = document.createElement('strong');
    code.className = 'code';
    code.textContent = found[0];
    box.appendChild(code);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      var copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'choice';
      copy.textContent = TEXT.copyCode;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(found[0]).then(function () { copy.textContent = TEXT.copied; },
                                                     function () { /* not allowed: the code stays visible */ });
      });
      box.appendChild(copy);
    }
    item.appendChild(box);
  }

  /** Large call buttons under a message that names the crisis numbers. */
  function appendCallButtons(item, text) {
    var calls = [];
    if (/\b0800-0113\b/.test(text)) { calls.push([TEXT.call113, 'tel:08000113']); }
    if (/\b112\b/.test(text)) { calls.push([TEXT.call112, 'tel:112']); }
    if (!calls.length) { return; }
    var group = document.createElement('div');
    group.className = 'calls';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', TEXT.calls);
    calls.forEach(function (call) {
      var link = makeLink(call[0], safeHref(call[1]));
      link.className = 'call';
      group.appendChild(link);
    });
    item.appendChild(group);
  }

  function renderMessage(entry) {
    if (ui.empty && ui.empty.parentNode) { ui.empty.parentNode.removeChild(ui.empty); }
    var item = document.createElement('div');
    item.className = 'msg msg-' + entry.from;
    var who = document.createElement('span');
    who.className = 'sr-only';
    who.textContent = entry.from === 'bot' ? TEXT.bot : TEXT.you;
    item.appendChild(who);
    var body = document.createElement('span');
    body.className = 'msg-text';
    if (entry.from === 'bot' && isCard(entry.text)) {
      appendCard(body, entry.text);
      item.className += ' msg-card';
    } else if (entry.from === 'bot') { appendText(body, entry.text); } else { body.textContent = entry.text; }
    item.appendChild(body);
    if (entry.from === 'bot') {
      appendCallButtons(item, entry.text);
      appendPersonalCode(item, entry.text);
      if (!ui.turnStart) { ui.turnStart = item; }
    } else {
      ui.turnStart = null;  // the next bot message starts a new turn
    }
    // quick replies stay under the message they came with: later messages go below them
    ui.log.appendChild(item);
    scrollToTurn();
  }

  function renderChoices() {
    while (ui.choices.firstChild) { ui.choices.removeChild(ui.choices.firstChild); }
    state.choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.textContent = choice.title;
      button.addEventListener('click', function () { choose(choice); });
      ui.choices.appendChild(button);
    });
    if (state.choices.length) {
      ui.log.appendChild(ui.choices);  // right under the message they came with (the last one so far)
      scrollToTurn();
    } else if (ui.choices.parentNode) {
      ui.choices.parentNode.removeChild(ui.choices);
    }
  }

  function addMessage(entry) {
    state.messages.push(entry);
    if (state.messages.length > HISTORY_LIMIT) { state.messages.splice(0, state.messages.length - HISTORY_LIMIT); }
    renderMessage(entry);
    saveHistory();
  }

  function setChoices(choices) {
    state.choices = choices;
    renderChoices();
    saveHistory();
  }

  function setStatus(text) { ui.status.textContent = text; }
  function setNote(text) { ui.note.textContent = text; }

  var typingTimer = null;
  function showTyping() {
    ui.typing.hidden = false;
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }
  function hideTyping() {
    window.clearTimeout(typingTimer);
    ui.typing.hidden = true;
  }

  function clearLog() {
    while (ui.log.firstChild) { ui.log.removeChild(ui.log.firstChild); }
    ui.log.appendChild(ui.empty);
    ui.turnStart = null;
  }

  // ---- conversation -----------------------------------------------------------------------------
  var conn = {socket: null, ready: false, queue: [], sessionId: null, invite: null, ended: null};

  function cutToLimit(text) {
    if (text.length <= MAX_LENGTH) { return text; }
    var cut = text.slice(0, MAX_LENGTH);
    var lastCode = cut.charCodeAt(cut.length - 1);
    if (lastCode >= 0xd800 && lastCode <= 0xdbff) { cut = cut.slice(0, -1); }  // do not split an emoji
    return cut;
  }

  /** Show `shown` as the werknemer's message and send `message` (a payload for quick replies). */
  function say(message, shown) {
    if (ui.status.textContent === TEXT.newChat) { setStatus(''); }
    addMessage({from: 'user', text: shown});
    setChoices([]);
    conn.queue.push(message);
    showTyping();
    flush();
  }

  function choose(choice) {
    say(choice.payload, choice.title);
    ui.input.focus();  // the clicked button is gone; keep the keyboard in the conversation
  }

  /** The text area grows with what is typed (up to its max-height in widget.css). */
  function fitInput() {
    ui.input.style.height = 'auto';
    ui.input.style.height = ui.input.scrollHeight + 'px';
  }

  /** Enter sends; Shift+Enter (or Enter while an input method composes) makes a new line. */
  function onKeyDown(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) { return; }
    event.preventDefault();
    onSubmit(event);
  }

  function onSubmit(event) {
    event.preventDefault();
    var text = ui.input.value.trim();
    if (!text) {
      ui.input.value = '';
      ui.input.focus();
      return;
    }
    var cut = cutToLimit(text);
    setNote(cut.length < text.length ? TEXT.tooLong : '');
    ui.input.value = '';
    fitInput();
    say(cut, cut);
    ui.input.focus();
  }

  function onInput() {
    fitInput();
    if (ui.input.value.trim().length > MAX_LENGTH) {
      setNote(TEXT.tooLongTyping);
    } else if (ui.note.textContent === TEXT.tooLongTyping) {
      setNote('');
    }
  }

  function onBotMessage(data) {
    if (!data || typeof data !== 'object') { return; }
    hideTyping();
    if (typeof data.text === 'string' && data.text.trim() !== '') {
      addMessage({from: 'bot', text: data.text});
    }
    var choices = normaliseButtons(data.quick_replies || data.buttons);
    if (choices.length) { setChoices(choices); }
  }

  function newConversation() {
    conn.ended = conn.sessionId;  // the server ends the old conversation: its token no longer continues it
    conn.sessionId = null;  // the server issues a new conversation id on the next session_request
    storage.remove(KEYS.session);
    storage.remove(KEYS.history);
    state.messages = [];
    state.choices = [];
    conn.queue = [];
    clearLog();
    renderChoices();
    hideTyping();
    setNote('');
    setStatus(TEXT.newChat);
    if (conn.socket) {
      // a fresh connection joins only the new session's room
      conn.ready = false;
      conn.socket.disconnect();
      conn.socket.connect();
    }
    ui.input.focus();
  }

  // ---- connection (Rasa socketio channel, credentials.yml) --------------------------------------
  function flush() {
    if (!conn.socket || !conn.ready || !conn.socket.connected) { return; }
    while (conn.queue.length) {
      var metadata = {};
      if (conn.invite) { metadata.invite = conn.invite; }
      conn.socket.emit('user_uttered', {message: conn.queue.shift(), session_id: conn.sessionId, metadata: metadata});
    }
  }

  function connect(rasaUrl) {
    var socket = window.io(rasaUrl, {path: SOCKET_PATH, transports: ['websocket']});
    conn.socket = socket;
    socket.on('connect', function () {
      conn.ready = false;
      var request = {session_id: conn.sessionId};
      if (conn.ended) { request.ended = conn.ended; conn.ended = null; }
      socket.emit('session_request', request);
    });
    socket.on('session_confirm', function (confirmed) {
      var id = confirmed && typeof confirmed === 'object' ? confirmed.session_id : confirmed;
      if (typeof id !== 'string' || !SESSION_PATTERN.test(id)) { return; }
      if (conversationOf(id) !== conversationOf(conn.sessionId)) {
        // a new conversation from the server (none yet, or the stored one expired or ended): an empty chat
        if (conn.sessionId && state.messages.length) { storage.remove(KEYS.history); state.messages = []; clearLog(); }
      }
      conn.sessionId = id;  // a renewed token for the same conversation, or a new one
      storage.set(KEYS.session, id);
      conn.ready = true;
      if (ui.status.textContent !== TEXT.newChat) { setStatus(''); }
      flush();
    });
    socket.on('bot_uttered', onBotMessage);
    socket.on('disconnect', function (reason) {
      conn.ready = false;
      if (reason !== 'io client disconnect') { setStatus(TEXT.offline); }
    });
    socket.on('connect_error', function () { setStatus(TEXT.offline); });
  }

  function loadConfig() {
    return window.fetch(CONFIG_URL, {cache: 'no-store', credentials: 'same-origin'}).then(function (response) {
      if (!response.ok) { throw new Error('config ' + response.status); }
      return response.json();
    }).then(function (config) {
      var url = config && typeof config.rasa_url === 'string' ? safeHref(config.rasa_url) : null;
      if (!url || url.indexOf('http') !== 0) { throw new Error('config without a usable rasa_url'); }
      return url;
    });
  }

  // ---- start-up ------------------------------------------------------------------------------------
  function init() {
    ui.log = document.getElementById('chat-log');
    ui.empty = document.getElementById('chat-empty');
    ui.form = document.getElementById('chat-form');
    ui.input = document.getElementById('chat-input');
    ui.note = document.getElementById('chat-note');
    ui.status = document.getElementById('chat-status');
    ui.typing = document.getElementById('chat-typing');
    ui.newChat = document.getElementById('chat-new');
    ui.begin = document.getElementById('chat-begin');
    ui.chat = document.getElementById('chat');
    if (!ui.log || !ui.form || !ui.input) { return; }
    ui.choices = document.createElement('div');
    ui.choices.className = 'choices';
    ui.choices.setAttribute('role', 'group');
    ui.choices.setAttribute('aria-label', TEXT.choices);

    conn.sessionId = loadSessionId();
    conn.invite = loadInvite();
    var saved = loadHistory();
    state.messages = saved.messages;
    state.choices = saved.choices;
    state.messages.forEach(renderMessage);
    renderChoices();

    ui.form.addEventListener('submit', onSubmit);
    ui.input.addEventListener('input', onInput);
    ui.input.addEventListener('keydown', onKeyDown);
    if (ui.begin) {
      ui.begin.textContent = TEXT.begin;
      ui.begin.addEventListener('click', function () { say(BEGIN_PAYLOAD, TEXT.begin); ui.input.focus(); });
    }
    ui.newChat.addEventListener('click', newConversation);

    setStatus(TEXT.connecting);
    if (typeof window.io !== 'function' || !window.crypto || !window.fetch) {
      setStatus(TEXT.failed);
      return;
    }
    loadConfig().then(connect).catch(function () { setStatus(TEXT.failed); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());

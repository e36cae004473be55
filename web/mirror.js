// The accessible mirror: what each drawn frame means (src/ui/semantics.cpp)
// as real elements with ARIA roles over the canvas, so that screen readers and
// keyboards can use Lestari. Updated by diffing: only what changed is touched,
// and only when a frame is drawn (there is no timer). The DOM owns keyboard
// focus: Tab moves through these elements in reading order, and the canvas
// draws its focus ring where the focused element is. Activating, typing and
// choosing come back to the app as input (docs/accessibility.md).
// Joined into the page's script (web/glue/, emscripten.cmake): made once,
// with what it uses of the rest (glue: call, rule, dropRule, chars,
// wellFormedText); what it returns is what the rest uses of it.
function makeMirror(glue) {
  var root = document.getElementById('lestari-a11y');
  var canvas = document.getElementById('canvas');
  var descriptions = document.createElement('div');  // texts for aria-describedby
  descriptions.id = 'lestari-descriptions';
  descriptions.hidden = true;
  root.after(descriptions);
  // What is said once, unseen: a change the focus is not on (the language,
  // the display size). There from the start: a live region must exist before
  // its words change to be read.
  var live = document.createElement('div');
  live.id = 'lestari-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  descriptions.after(live);
  var announced = null;
  var call = glue.call;
  // Positions live in the page's runtime stylesheet (web/glue/), one rule
  // per element (by an id of its own), not in style attributes: a saved
  // copy's DOM carries none.
  var made = 0;
  var byKey = new Map();  // key -> {el, sig, node}
  var stats = { updates: 0, nodes: 0, touched: 0, buildMs: 0, applyMs: 0 };
  var screen = '', returnKey = null;
  var TAGS = { text: 'p', button: 'button', textfield: 'input', textarea: 'textarea', nav: 'nav' };
  var ROLES = { radio: 'radio', checkbox: 'checkbox', img: 'img', radiogroup: 'radiogroup',
    dialog: 'dialog', status: 'status', alert: 'alert' };
  var MODAL_DELAY_MS = 500, modalFrom = 0;  // see update()
  // The node, look and edit arrays' slots and the flags: the page contract
  // (assets/page-contract.json), shared with the app.
  var NODE = CONTRACT.NODE, LOOK = CONTRACT.LOOK, EDIT = CONTRACT.EDIT, FLAG = CONTRACT.FLAG;
  var FOCUSABLE = 'button, input, textarea, select, [tabindex="0"]';

  function create(node) {
    var role = node[NODE.ROLE];
    var el = document.createElement(role === 'heading' ? 'h' + Math.min(Math.max(node[NODE.HEADING_LEVEL] || 2, 1), 6) : TAGS[role] || 'div');
    el.dataset.key = node[NODE.KEY];
    el.id = 'lestari-m' + (++made);
    el.dataset.role = role;
    if (ROLES[role]) el.setAttribute('role', ROLES[role]);
    if (role === 'textfield') el.type = 'text';
    if (role === 'button') el.type = 'button';
    if (role === 'textfield' || role === 'textarea') { el.autocomplete = 'off'; el.spellcheck = false; }
    if (role === 'heading') el.tabIndex = -1;  // where the focus goes on a new screen
    if (role === 'checkbox') el.tabIndex = 0;
    if (role === 'radio') el.tabIndex = -1;     // its group decides which one takes Tab (rove)
    // (A dialog is made modal by makeInert(), once the focus is in it.)
    if (role === 'status') el.setAttribute('aria-live', 'polite');
    // A click listener on each control, not one on the root: a listener on an
    // ancestor makes screen readers call every heading and text "clickable".
    if (role === 'button' || role === 'radio' || role === 'checkbox') el.addEventListener('click', activate);
    return el;
  }

  function attr(el, name, value) {
    if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function content(el, text) { if (el.textContent !== text) el.textContent = text; }
  // What the app holds for each field, as far as the page knows: the value
  // the last frame described, or what was typed into it since.
  var held = new WeakMap();
  // A value from the app into a field; with the focus, the caret keeps its place.
  function show(el, value) {
    var focused = document.activeElement === el, at = el.selectionEnd;
    el.value = value;
    if (focused) el.setSelectionRange(Math.min(at, value.length), Math.min(at, value.length));
  }

  // What a node says: its name, description, value, state and rectangle.
  function apply(el, node) {
    var role = node[NODE.ROLE], name = node[NODE.NAME], value = node[NODE.VALUE], flags = node[NODE.FLAGS];
    var style = glue.rule('#' + el.id).style;
    // A dialog keeps the whole window as its box (web/shell.html): a 0x0 one may be skipped by a reader.
    if (role !== 'dialog') { style.left = node[NODE.X] + 'px'; style.top = node[NODE.Y] + 'px'; style.width = node[NODE.W] + 'px'; style.height = node[NODE.H] + 'px'; }
    if (role === 'text' || role === 'heading' || role === 'button' || role === 'radio' || role === 'checkbox') content(el, name);
    if (role === 'button') {
      attr(el, 'aria-current', flags & FLAG.CURRENT ? (node[NODE.KEY].indexOf('step.') === 0 ? 'step' : 'true') : null);
      attr(el, 'aria-expanded', flags & FLAG.COLLAPSIBLE ? String(!!(flags & FLAG.EXPANDED)) : null);
    }
    if (role === 'radio' || role === 'checkbox') attr(el, 'aria-checked', String(!!(flags & FLAG.CHECKED)));
    if (role === 'textfield' || role === 'textarea' || ROLES[role] || role === 'nav') attr(el, 'aria-label', name || null);
    attr(el, 'lang', node[NODE.LANG] || null);  // a name in another language (the language switch) is read in it
    if (role === 'textfield' || role === 'textarea') {
      // No maxlength: the browser would count UTF-16 units and cut silently.
      // typed() applies the app's own limit, in code points, with its message.
      // A field shows what the app holds. While typed into, what the app holds
      // is what was typed (a refused edit says why in its description); when it
      // changed from elsewhere (an import, the API, another tab), the field
      // follows, even with the focus, or the next keystroke would overwrite it.
      if (el.value !== value && (document.activeElement !== el || value !== held.get(el))) show(el, value);
      held.set(el, value);
      attr(el, 'aria-invalid', flags & FLAG.INVALID ? 'true' : null);
      attr(el, 'inputmode', flags & FLAG.NUMERIC ? 'numeric' : null);  // a phone's number keyboard
    }
    describe(el, node[NODE.DESCRIPTION]);
  }

  function describe(el, text) {
    var id = 'lestari-d-' + el.dataset.key, d = document.getElementById(id);
    if (!text) { if (d) d.remove(); attr(el, 'aria-describedby', null); return; }
    if (!d) { d = document.createElement('span'); d.id = id; descriptions.appendChild(d); }
    content(d, text);
    attr(el, 'aria-describedby', id);
  }

  // One radio of each group takes Tab: the focused one, else the checked one, else the first.
  function rove(group) {
    var radios = group.querySelectorAll('[role="radio"]');
    var focused = group.contains(document.activeElement) ? document.activeElement : null;
    var chosen = focused || group.querySelector('[role="radio"][aria-checked="true"]') || radios[0];
    radios.forEach(function (r) { var t = r === chosen ? 0 : -1; if (r.tabIndex !== t) r.tabIndex = t; });
  }

  function focusables(within) {
    return Array.prototype.filter.call((within || root).querySelectorAll(FOCUSABLE), function (el) { return !el.closest('[inert]'); });
  }
  // The page's caret goes first: Chromium reports a focus that the app moves
  // (into a dialog, to a new heading) after a caret move onto the element,
  // and Orca takes the caret move for the focus and then says nothing.
  function focus(el) {
    if (!el) return;
    window.getSelection().removeAllRanges();
    el.focus({ preventScroll: true });
  }
  function firstHeading() { return root.querySelector('h1') || root.querySelector('h2'); }

  function update(json, buildMs) {
    var t0 = performance.now();
    var data = JSON.parse(json), nodes = data.nodes;
    if (root.lang !== data.lang) { root.lang = data.lang; document.documentElement.lang = data.lang; }
    if (announced === null) announced = data.announce[0];  // (a page opened or reloaded says nothing old)
    else if (data.announce[0] !== announced) {
      announced = data.announce[0];
      live.lang = data.lang;
      live.textContent = data.announce[1];
    }
    var focused = root.contains(document.activeElement) ? document.activeElement : null;
    var hadDialog = !!root.querySelector(':scope > [role="dialog"]');
    // A new screen: the page's caret (left on the old heading when it was
    // focused) goes before the old heading does, or Chromium reports it
    // moving onto what replaces it (see focus()).
    if (data.screen !== screen) window.getSelection().removeAllRanges();
    var els = new Array(nodes.length), last = new Map(), seen = new Set(), touched = 0;
    // What is gone goes first: a stale element left in place would make every
    // element after it look out of order.
    for (var j = 0; j < nodes.length; j++) seen.add(nodes[j][NODE.KEY]);
    // A dialog closing with the focus in it: the focus goes back to what
    // opened it while the dialog is still there. Removed first, the dialog
    // took the focus with it, and Orca moved silently to the page and then
    // said nothing when the focus came back.
    var closing = root.querySelector(':scope > [role="dialog"]');
    if (closing && !seen.has(closing.dataset.key) && focused && closing.contains(focused) && returnKey && seen.has(returnKey)) {
      Array.prototype.forEach.call(root.children, function (c) { if (c.inert) c.inert = false; });
      focused = byKey.get(returnKey).el;
      focus(focused);
      returnKey = null;
    }
    // The focused element is about to go (the button that opened a new
    // screen): the focus leaves it first. Removed with the focus, it made
    // Orca move silently to the page's first heading, and the heading then
    // taking the focus was not announced.
    if (focused && !seen.has(focused.dataset.key)) focused.blur();
    byKey.forEach(function (entry, key) {
      if (seen.has(key)) return;
      entry.el.remove();
      byKey.delete(key);
      glue.dropRule('#' + entry.el.id);
      var d = document.getElementById('lestari-d-' + key);
      if (d) d.remove();
      touched++;
    });
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i], key = node[NODE.KEY], entry = byKey.get(key), sig = JSON.stringify(node);
      if (!entry || entry.node[NODE.ROLE] !== node[NODE.ROLE] || (node[NODE.ROLE] === 'heading' && entry.node[NODE.HEADING_LEVEL] !== node[NODE.HEADING_LEVEL])) {
        if (entry) { entry.el.remove(); glue.dropRule('#' + entry.el.id); }
        entry = { el: create(node), sig: '', node: node };
        byKey.set(key, entry);
      }
      if (entry.sig !== sig) { apply(entry.el, node); entry.sig = sig; entry.node = node; touched++; }
      els[i] = entry.el;
      // In reading order, inside its container.
      var parent = node[NODE.PARENT] >= 0 ? els[node[NODE.PARENT]] : root, prev = last.get(parent) || null;
      if (entry.el.parentNode !== parent || entry.el.previousElementSibling !== prev) {
        if (prev) prev.after(entry.el); else parent.prepend(entry.el);
        touched++;
      }
      last.set(parent, entry.el);
    }
    var dialog = root.querySelector(':scope > [role="dialog"]');
    root.querySelectorAll('[role="radiogroup"]').forEach(rove);
    editHere(data.look, data.edit);
    placeFocus(focused, dialog, hadDialog, data.screen);
    // A dialog keeps the focus inside: it is modal and the rest is inert
    // while it is open (Tab is kept inside from the start, by keydown). A new
    // dialog becomes so a moment after the focus went into it: the rest then
    // leaves the accessibility tree, and when the control that had the focus
    // left it before the focus change was reported, Orca moved silently into
    // the dialog and then read only the focused control, not the dialog.
    // Chromium reports accessibility changes in batches, some 100-300 ms
    // apart: a rendering between the two was not always enough.
    if (dialog && !hadDialog) {
      modalFrom = performance.now() + MODAL_DELAY_MS;
      setTimeout(makeInert, MODAL_DELAY_MS);
    }
    makeInert();
    stats.updates++;
    stats.nodes = nodes.length;
    stats.touched = touched;
    stats.buildMs = buildMs || 0;
    stats.applyMs = performance.now() - t0;
  }

  // A multi-line field is typed into here, in its textarea shown over the
  // canvas's box (src/ui/note_box.h): the app asks for it on a press on the
  // box, with the caret where the press was; the textarea looks as the box
  // does (look: font px, line px, padding x and y, text, caret, selection),
  // cut where the box is scrolled out of view (hidden above, below).
  var editSerial = 0, lookSig = '';
  function editHere(look, edit) {
    var sig = JSON.stringify(look);
    if (look && sig !== lookSig) {
      lookSig = sig;
      var rule = glue.rule;
      var both = rule('#lestari-a11y :is(textarea, input):focus').style;
      both.fontSize = look[LOOK.FONT_SIZE] + 'px';
      both.color = look[LOOK.TEXT];
      both.caretColor = look[LOOK.CARET];
      rule('#lestari-a11y :is(textarea, input):focus::selection').style.background = look[LOOK.SELECTION];
      var t = rule('#lestari-a11y textarea:focus').style;
      t.lineHeight = look[LOOK.LINE_HEIGHT] + 'px';
      t.padding = look[LOOK.PAD_Y] + 'px ' + look[LOOK.PAD_X] + 'px';
      t.clipPath = look[LOOK.HIDDEN_ABOVE] || look[LOOK.HIDDEN_BELOW] ? 'inset(' + look[LOOK.HIDDEN_ABOVE] + 'px 0 ' + look[LOOK.HIDDEN_BELOW] + 'px 0)' : '';
      // A one-line field covers the canvas's (which draws its text too).
      var i = rule('#lestari-a11y input:focus').style;
      i.padding = '0 ' + look[LOOK.PAD_X] + 'px';
      i.background = look[LOOK.FIELD_BACKGROUND];
      i.borderRadius = look[LOOK.ROUNDING] + 'px';
    }
    if (!edit || edit[EDIT.SERIAL] === editSerial) return;
    editSerial = edit[EDIT.SERIAL];
    var entry = byKey.get(edit[EDIT.KEY]);
    if (!entry || entry.el.closest('[inert]')) return;
    focus(entry.el);
    var at = unitsBefore(entry.el.value, edit[EDIT.CARET]);
    entry.el.setSelectionRange(at, at);
  }
  // A right-press on a field on the canvas: its element takes the focus
  // (with the selection it had there) before the browser hit-tests for the
  // context menu, so that the menu is the browser's own for a text field:
  // Cut, Copy, Paste, Select all. True when there is such a field.
  function menuOn(x, y) {
    var hit = null;
    byKey.forEach(function (entry) {
      var n = entry.node, role = n[NODE.ROLE];
      if ((role === 'textfield' || role === 'textarea') && x >= n[NODE.X] && x < n[NODE.X] + n[NODE.W] && y >= n[NODE.Y] && y < n[NODE.Y] + n[NODE.H] &&
          !entry.el.closest('[inert]')) hit = entry;
    });
    if (!hit) return false;
    var r = call('_fieldSelection', [hit.node[NODE.KEY]]);
    var sel = r.ok && r.result ? r.result : null, el = hit.el;
    if (document.activeElement !== el) {
      focus(el);
      var a = sel ? unitsBefore(el.value, sel[0]) : el.value.length, b = sel ? unitsBefore(el.value, sel[1]) : a;
      el.setSelectionRange(a, b);
    }
    return true;
  }
  // Code points to UTF-16 units (the app counts code points).
  function unitsBefore(s, codePoints) {
    var i = 0;
    for (var n = 0; n < codePoints && i < s.length; n++) i += (s.charCodeAt(i) & 0xFC00) === 0xD800 ? 2 : 1;
    return i;
  }

  function dialogReturned(focused) { return !returnKey && focused.isConnected && !focused.closest('[inert]'); }
  function makeInert() {
    var dialog = root.querySelector(':scope > [role="dialog"]');
    var modal = !!dialog && performance.now() >= modalFrom;
    if (dialog) attr(dialog, 'aria-modal', modal ? 'true' : null);
    Array.prototype.forEach.call(root.children, function (c) { var v = modal && c !== dialog; if (c.inert !== v) c.inert = v; });
  }

  // Where the keyboard focus goes when the page changed under it: into a new
  // dialog, back to what opened a closed one, to the heading of a new screen.
  function placeFocus(focused, dialog, hadDialog, newScreen) {
    var screenChanged = newScreen !== screen;
    screen = newScreen;
    if (!focused) return;  // the mirror does not have the focus: a mouse or touch user
    if (dialog && !hadDialog) {
      returnKey = focused.dataset.key;
      focus(focusables(dialog)[0] || firstHeading());
    } else if (!dialog && hadDialog) {
      if (dialogReturned(focused)) return;
      var back = returnKey && byKey.get(returnKey);
      focus(back && back.el.isConnected && !back.el.closest('[inert]') ? back.el : firstHeading());
      returnKey = null;
    } else if (screenChanged || !focused.isConnected) {
      focus(dialog ? focusables(dialog)[0] : firstHeading());
    }
  }

  // ---- input from the mirror back to the app ----
  function keyOf(el) { return el && el.dataset && el.dataset.key; }
  root.addEventListener('focusin', function (e) {
    if (keyOf(e.target)) call('_a11yFocus', [keyOf(e.target)]);
  });
  function activate(e) {
    e.preventDefault();
    act(e.currentTarget);
  }
  // A radio of a choice (a profile drop-down) sets its group's value; any
  // other control is activated as a click on the canvas would.
  function act(el) {
    var group = byKey.get(keyOf(el.parentNode));
    if (el.dataset.role === 'radio' && group && group.node[NODE.FLAGS] & FLAG.CHOICE) {
      call('_a11ySet', [keyOf(el.parentNode), true], byKey.get(keyOf(el)).node[NODE.VALUE]);
    } else {
      call('_a11yActivate', [keyOf(el)]);
    }
  }
  function typed(e, committed) {
    var el = e.target, role = el.dataset.role;
    if (role !== 'textfield' && role !== 'textarea') return;
    var entry = byKey.get(keyOf(el)), max = entry ? entry.node[NODE.MAX_CHARS] : 0;
    var n = max > 0 ? glue.chars(el.value, max) : 0;
    if (max > 0 && n > max) {
      // Over the field's limit: refused before any copy, with the field's
      // message; the field goes back to what the app holds now.
      call('_a11yTooLong', [keyOf(el), max, glue.chars(el.value, Infinity)]);
      show(el, held.has(el) ? held.get(el) : entry.node[NODE.VALUE]);
      return;
    }
    held.set(el, el.value);
    call('_a11ySet', [keyOf(el), committed], glue.wellFormedText(el.value));
  }
  // Where the caret is in a field, for the canvas to draw it (code points, as the app counts).
  var caretAt = null;
  function caret(e) {
    var el = e.target, role = el.dataset && el.dataset.role;
    if ((role !== 'textfield' && role !== 'textarea') || document.activeElement !== el) return;
    var n = glue.chars(el.value.slice(0, el.selectionEnd), Infinity), at = keyOf(el) + ':' + n;
    if (at === caretAt) return;
    caretAt = at;
    call('_a11yCaret', [keyOf(el), n]);
  }
  // (No mouse listener here: see create().)
  ['focusin', 'keyup', 'select'].forEach(function (type) { root.addEventListener(type, caret); });
  // A field left: the canvas draws its text again.
  root.addEventListener('focusout', function (e) {
    var role = e.target.dataset && e.target.dataset.role;
    if (role !== 'textfield' && role !== 'textarea') return;
    caretAt = null;
    call('_a11yCaret', ['', 0]);
  });
  // The wheel over a textarea being typed into scrolls it, and the page
  // once it can go no further (as the browser's own page would).
  root.addEventListener('wheel', function (e) {
    var t = e.target;
    var room = e.deltaY < 0 ? t.scrollTop > 0 : t.scrollTop + t.clientHeight < t.scrollHeight - 1;
    if (t.tagName === 'TEXTAREA' && room) return;
    e.preventDefault();
    canvas.dispatchEvent(new WheelEvent('wheel', e));
  }, { passive: false });
  root.addEventListener('input', function (e) { typed(e, false); caret(e); });
  root.addEventListener('change', function (e) { typed(e, true); });
  root.addEventListener('keydown', function (e) {
    var el = e.target, role = el.dataset && el.dataset.role;
    var dialog = root.querySelector(':scope > [role="dialog"]');
    if (e.key === 'Tab' && dialog) {
      // Tab goes round inside an open dialog (never out to the browser's bar).
      var inside = focusables(dialog), first = inside[0], last = inside[inside.length - 1];
      if (e.shiftKey ? el === first || !dialog.contains(el) : el === last) {
        e.preventDefault();
        focus(e.shiftKey ? last : first);
      }
    } else if ((role === 'radio' || role === 'checkbox') && (e.key === ' ' || e.key === 'Enter')) {
      e.preventDefault();
      act(el);
    } else if (role === 'radio' && /^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(e.key)) {
      // Arrows move among the options; Space chooses (a choice is an answer, saved at once).
      var radios = Array.prototype.slice.call(el.parentNode.querySelectorAll('[role="radio"]'));
      var at = radios.indexOf(el), next = at;
      if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (at + 1) % radios.length;
      if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = (at - 1 + radios.length) % radios.length;
      if (e.key === 'Home') next = 0;
      if (e.key === 'End') next = radios.length - 1;
      e.preventDefault();
      radios.forEach(function (r, i) { r.tabIndex = i === next ? 0 : -1; });
      focus(radios[next]);
    }
  });
  // Focusing an element never scrolls the mirror away from the canvas it covers.
  root.addEventListener('scroll', function () { root.scrollTop = 0; root.scrollLeft = 0; });
  // A mouse or a finger on the canvas leaves the mirror (its focus would keep the keys).
  // (Not a right-press: that opens the field's menu, see menuOn.)
  function leave(e) { if (e.button !== 2 && root.contains(document.activeElement)) document.activeElement.blur(); }
  canvas.addEventListener('mousedown', leave);
  canvas.addEventListener('touchstart', leave, { passive: true });

  // Tab pressed on the canvas: the focus goes on in the mirror from the
  // canvas's focused item, as if it had been there all along.
  // typed: what was typed right after the Tab, before it could move the
  // focus; it goes into the field the Tab reaches, as if typed there.
  function tabFrom(backwards, typed) {
    var list = focusables(root.querySelector(':scope > [role="dialog"]'));
    var current = null;
    byKey.forEach(function (entry) { if (entry.node[NODE.FLAGS] & FLAG.FOCUSED) current = entry.el; });
    var after = function (el) { return current && (current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING); };
    var next = backwards ? list.filter(function (el) { return current && !after(el) && el !== current; }).pop()
                         : list.filter(after)[0];
    var target = next || list[backwards ? list.length - 1 : 0];
    focus(target);
    var role = target && target.dataset.role;
    if (typed && (role === 'textfield' || role === 'textarea')) {
      target.value += typed;
      target.setSelectionRange(target.value.length, target.value.length);  // typing goes on at the end
      target.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  // The very first description waits until the first frame is on screen
  // (a task later): building the whole tree is not needed to show the page.
  // Later ones are applied at once; one that comes while the first still
  // waits replaces it.
  var waiting = null;
  function semantics(json, buildMs) {
    if (stats.updates === 0 && waiting === null) {
      waiting = [json, buildMs];
      setTimeout(function () { var w = waiting; waiting = null; update(w[0], w[1]); }, 0);
    } else if (waiting) {
      waiting = [json, buildMs];
    } else {
      update(json, buildMs);
    }
  }
  return {
    menuOn: menuOn,
    tabFrom: tabFrom,
    semantics: semantics,
    focused: function () { return root.contains(document.activeElement); },
    stats: function () { return Object.assign({}, stats); },
  };
}

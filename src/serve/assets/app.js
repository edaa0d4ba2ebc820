// tirkeme serve: the page's script. It builds each form's fields from the
// page's description of them (labels, hints and choices in the page's
// language, made from the same field list as the reader), writes the fields
// as YAML, and asks the server for the findings and the PDF. User text only
// ever reaches the page through textContent, attribute values and input
// values, never as markup. Every URL is relative to the page's <base href>,
// so the pages work under a path prefix behind a proxy.
(function () {
  'use strict';

  var boot = JSON.parse(document.getElementById('boot').textContent);
  var W = boot.words || {};
  function w(id) { return Object.prototype.hasOwnProperty.call(W, id) ? W[id] : id; }
  // A message with `{$name}` places filled in.
  function wf(id, args) {
    var s = w(id);
    Object.keys(args || {}).forEach(function (k) { s = s.split('{$' + k + '}').join(String(args[k])); });
    return s;
  }
  // A count in the page's language: `id-one`, `id-few` or `id-many` (ru
  // has three forms, en two, ky one).
  function plural(id, n) {
    var cat = 'many';
    if (boot.ui === 'ru') {
      var m10 = n % 10, m100 = n % 100;
      cat = m10 === 1 && m100 !== 11 ? 'one' : (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) ? 'few' : 'many';
    } else if (n === 1) {
      cat = 'one';
    }
    return wf(id + '-' + cat, { n: n });
  }

  // An element with attributes and children (strings become text nodes).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) { e.setAttribute(k, attrs[k]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      e.append(c);
    }
    return e;
  }

  function api(path, opts) {
    var sep = path.indexOf('?') >= 0 ? '&' : '?';
    var o = Object.assign({ credentials: 'same-origin' }, opts || {});
    return fetch(path + sep + 'ui=' + encodeURIComponent(boot.ui), o).then(function (r) {
      if (r.status === 503) {
        // The queue is full: wait as the server asks, then again.
        var after = parseInt(r.headers.get('Retry-After') || '1', 10);
        setMessage(w('serve-busy'));
        return new Promise(function (res) { setTimeout(res, Math.max(1, after) * 1000); })
          .then(function () { return api(path, opts); });
      }
      return r;
    });
  }

  // The status line. The check's own words (`fromCheck`) replace only
  // the check's: a "saved" or an error stays until the next edit.
  var checkSaid = true;
  function setMessage(text, bad, fromCheck) {
    var m = document.getElementById('message') || document.getElementById('open-message');
    if (!m || (fromCheck && !checkSaid && m.textContent !== '')) { return; }
    m.textContent = text;
    m.className = bad ? 'bad' : '';
    checkSaid = !!fromCheck;
  }

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // Dates as the forms write them (03.11.2025); the YAML keeps ISO.
  function isoToShown(v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v));
    return m ? m[3] + '.' + m[2] + '.' + m[1] : String(v);
  }
  function shownToIso(v) {
    var m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/.exec(v);
    if (!m) { return v.trim(); }
    return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
  }

  // ---- Leaving and coming back: nothing typed is lost --------------------
  // What is typed is kept in the tab's sessionStorage under the page's
  // address (without ?ui=), so a language switch, a link followed and the
  // back button bring it back; leaving with unsaved changes by any other
  // way asks first.
  var draftKey = 'tirkeme-draft:' + location.pathname;
  var dirty = false;
  var leavingInside = false;
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a && !a.hasAttribute('download') && a.origin === location.origin) { leavingInside = true; }
  });
  window.addEventListener('beforeunload', function (e) {
    if (dirty && !leavingInside) {
      e.preventDefault();
      e.returnValue = w('page-unsaved');
      return w('page-unsaved');
    }
    leavingInside = false;
    return undefined;
  });

  // Opening a PDF made by tirkeme: its YAML, read into fields.
  function openPdf(file) {
    return file.arrayBuffer().then(function (buf) {
      return api('api/extract', { method: 'POST', body: buf, headers: { 'Content-Type': 'application/pdf' } });
    }).then(function (r) {
      if (!r.ok) { throw new Error(w('serve-extract-none')); }
      return r.text();
    }).then(function (yaml) {
      return api('api/parse', { method: 'POST', body: yaml, headers: { 'Content-Type': 'application/yaml' } });
    }).then(function (r) { return r.json(); }).then(function (j) {
      if (!j.form) { throw new Error(w('serve-extract-none')); }
      openAsNew(j.form, j.data);
    }).catch(function (e) { setMessage(e.message, true); });
  }

  // A document made elsewhere (a PDF, a sheet, a draft) opened as a new,
  // unsaved document of its form.
  function openAsNew(formId, data) {
    if (boot.page === 'form' && !boot.name && formId === boot.form) {
      build(data);
      markDirty();
      update();
      return;
    }
    sessionStorage.setItem('tirkeme-draft:' + new URL('form/' + encodeURIComponent(formId), document.baseURI).pathname,
      JSON.stringify({ data: data }));
    leavingInside = true;
    location.href = 'form/' + encodeURIComponent(formId);
  }

  var pdfInput = document.getElementById('open-pdf');
  if (pdfInput) {
    pdfInput.addEventListener('change', function () {
      if (pdfInput.files && pdfInput.files[0]) { openPdf(pdfInput.files[0]); }
    });
  }

  department();
  if (boot.page === 'index') { standing(); }
  if (boot.page !== 'form') { return; }

  // ---- The form -------------------------------------------------------

  var form = document.getElementById('doc');
  var people = boot.people || [];
  var datalist = document.getElementById('people');
  people.forEach(function (p) { datalist.append(el('option', { value: p })); });

  // Every field's label by its dotted path pattern (rows as `*`), to name
  // fields in findings: `teachers.*.hours` → «Hours».
  var labelAt = {};
  (function index(list, at) {
    list.forEach(function (f) {
      var p = at ? at + '.' + f.key : f.key;
      labelAt[p] = f.label;
      if (f.fields) { index(f.fields, f.type === 'rows' ? p + '.*' : p); }
    });
  })(boot.fields || [], '');
  function labelOfPath(path) {
    var p = (path || '').split('.').map(function (x) { return /^\d+$/.test(x) ? '*' : x; }).join('.');
    while (p) {
      if (labelAt[p]) { return labelAt[p]; }
      p = p.indexOf('.') >= 0 ? p.slice(0, p.lastIndexOf('.')) : '';
    }
    return '';
  }
  function rowOfPath(path) {
    var m = /\.(\d+)(\.|$)/.exec(path || '');
    return m ? Number(m[1]) + 1 : 0;
  }

  // A person picked from the roster fills what the roster says of them
  // (position, degree, subject, last courses, …) into the fields beside the
  // name that are still empty; nothing typed is overwritten.
  var known = {};
  (boot.roster || []).forEach(function (p) { known[p.name] = p; });
  form.addEventListener('change', function (e) {
    var inp = e.target;
    if (!inp || inp.getAttribute('list') !== 'people' || !/(^|\.)name$/.test(inp.name)) { return; }
    var who = known[inp.value.trim()];
    if (!who) { return; }
    var prefix = inp.name.slice(0, inp.name.length - 'name'.length);
    Object.keys(who).forEach(function (k) {
      if (k === 'name') { return; }
      var f = form.querySelector('[name="' + CSS.escape(prefix + k) + '"]');
      if (!f || f.value !== '') { return; }
      var v = who[k];
      f.value = Array.isArray(v) ? v.join(f.tagName === 'TEXTAREA' ? '\n' : ', ') : String(v);
    });
  });

  var uid = 0;
  function idFor(path) { return 'f-' + path; }

  // One labelled field: label, hint, the control, and a place for its error.
  function wrap(f, input, path, shown) {
    var hintId = f.hint ? 'h' + (++uid) : null;
    if (hintId) { input.setAttribute('aria-describedby', hintId); }
    var label = el('label', { for: input.id }, f.label);
    if (input.hasAttribute('aria-label')) { input.removeAttribute('aria-label'); }
    if (f.required) { label.append(el('span', { class: 'req', 'aria-hidden': 'true' }, ' *')); }
    return el('div', { class: 'field', 'data-field': path },
      label,
      hintId ? el('div', { class: 'hint', id: hintId }, f.hint) : null,
      shown || input,
      el('p', { class: 'field-error', 'aria-live': 'polite' }));
  }

  // The control for a scalar field, filled with `value`.
  function control(f, path, value, inGrid) {
    var has = value !== undefined && value !== null;
    var input;
    var common = { name: path, id: idFor(path) };
    if (f.type === 'choice') {
      input = el('select', Object.assign(common, { 'data-type': f.bool ? 'boolean' : 'string' }));
      input.append(el('option', { value: '' }, w('page-unset')));
      f.choices.forEach(function (c) { input.append(el('option', { value: c.value }, c.label)); });
      var current = has ? String(value) : '';
      if (current && !Array.prototype.some.call(input.options, function (o) { return o.value === current; })) {
        // A word the reader accepts that the list does not show (курсы):
        // kept as written.
        input.append(el('option', { value: current }, current));
      }
      input.value = current;
      return input;
    }
    if (f.type === 'choice-text') { return choiceText(f, path, value); }
    if (f.type === 'list') {
      if (f.item === 'int') {
        input = el('input', Object.assign(common, { type: 'text', 'data-type': 'list-int', inputmode: 'numeric' }));
        input.value = has ? (Array.isArray(value) ? value.join(', ') : String(value)) : '';
        return input;
      }
      // One item a line: a comma inside a topic stays in the topic.
      input = el('textarea', Object.assign(common, { 'data-type': 'list-str', rows: inGrid ? 1 : 3 }));
      input.value = has ? (Array.isArray(value) ? value.map(String).join('\n') : String(value)) : '';
      return input;
    }
    if (f.type === 'int') {
      input = el('input', Object.assign(common, { type: 'text', inputmode: 'numeric', 'data-type': 'integer' }));
      input.value = has ? String(value) : '';
      return input;
    }
    if (f.type === 'date') {
      input = el('input', Object.assign(common, {
        type: 'text', inputmode: 'numeric', 'data-type': 'date', placeholder: w('page-date-placeholder'),
        autocomplete: 'off',
      }));
      input.value = has ? isoToShown(value) : '';
      // What the file said, written back unchanged while the field is not edited.
      if (has) { input.setAttribute('data-orig', String(value)); input.setAttribute('data-shown', input.value); }
      return input;
    }
    input = el('input', Object.assign(common, { type: 'text', 'data-type': 'string' }));
    if (f.key === 'name' && people.length) { input.setAttribute('list', 'people'); }
    input.value = has ? String(value) : '';
    return input;
  }

  // The five standard work items of 6.3, or a text of her own.
  function choiceText(f, path, value) {
    var text = el('input', { type: 'text', name: path, id: idFor(path), 'data-type': 'string', class: 'other-text' });
    var sel = el('select', { id: idFor(path) + '~', 'aria-label': f.label, class: 'choice-of-text' });
    sel.append(el('option', { value: '' }, w('page-unset')));
    f.choices.forEach(function (c) { sel.append(el('option', { value: c.value }, c.label)); });
    sel.append(el('option', { value: '~other' }, w('page-other-text')));
    var v = value === undefined || value === null ? '' : String(value);
    var standard = f.choices.some(function (c) { return c.value === v; });
    sel.value = v === '' ? '' : standard ? v : '~other';
    text.value = v;
    text.hidden = !(v !== '' && !standard);
    text.setAttribute('aria-label', w('page-other-text-label'));
    sel.addEventListener('change', function () {
      if (sel.value === '~other') {
        text.hidden = false;
        if (f.choices.some(function (c) { return c.value === text.value; })) { text.value = ''; }
        text.focus();
      } else {
        text.hidden = true;
        text.value = sel.value;
      }
      schedule();
    });
    var box = el('span', { class: 'choice-text' }, sel, text);
    box.id = 'box-' + path;
    // The label points at the select (what she uses first).
    box.focusTarget = sel;
    return box;
  }

  // The years of a plan's three academic years, from its `years` field.
  function planYears() {
    var y = form.querySelector('[name="years"]');
    var m = y && /^\s*(\d{4})/.exec(y.value);
    if (!m) { return []; }
    var a = Number(m[1]);
    return [0, 1, 2].map(function (i) { return (a + i) + '-' + (a + i + 1); });
  }

  // The directions of a perspective plan's row: for each year, a checkbox
  // per direction.
  function yearMap(f, path, value) {
    var box = el('div', { class: 'yearmap', 'data-path': path, 'data-yearmap': '1' });
    var v = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    box.values = v;
    function draw() {
      var years = planYears();
      Object.keys(box.values).forEach(function (y) { if (years.indexOf(y) < 0) { years.push(y); } });
      box.replaceChildren();
      years.forEach(function (y) {
        var chosen = box.values[y];
        chosen = Array.isArray(chosen) ? chosen.map(String) : chosen ? [String(chosen)] : [];
        var group = el('fieldset', { class: 'year' }, el('legend', null, y));
        f.item.choices.forEach(function (c) {
          var id = 'c' + (++uid);
          var cb = el('input', { type: 'checkbox', id: id, name: path + '.' + y, value: c.value, 'data-type': 'check' });
          cb.checked = chosen.indexOf(c.value) >= 0;
          cb.addEventListener('change', function () {
            var now = Array.prototype.filter.call(group.querySelectorAll('input'), function (i) { return i.checked; })
              .map(function (i) { return i.value; });
            if (now.length) { box.values[y] = now; } else { delete box.values[y]; }
          });
          group.append(el('span', { class: 'check' }, cb, el('label', { for: id }, c.label)));
        });
        box.append(group);
      });
    }
    box.redraw = draw;
    draw();
    return box;
  }

  // A group of fields (a person, the course, the university) in a fieldset.
  function group(f, path, value, optional) {
    if (f.bare && (typeof value === 'string' || typeof value === 'number')) {
      var o = {}; o[f.bare] = value; value = o;
    }
    var fs = el('fieldset', { 'data-path': path },
      el('legend', null, f.label, f.required ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null));
    // Inside an optional group (the rector, an agreement), its required
    // fields are required only once it is given: no star for them.
    fieldsInto(fs, f.fields, path, value && typeof value === 'object' ? value : {}, optional || !f.required);
    return fs;
  }

  // The fields of `list` into `container`, rare ones folded under "more"
  // (opened when one of them holds something).
  function fieldsInto(container, list, path, value, optional) {
    var more = null;
    list.forEach(function (f) {
      var p = path ? path + '.' + f.key : f.key;
      var v = value ? value[f.key] : undefined;
      var node = one(f, p, v, optional);
      if (f.rare) {
        if (!more) { more = el('details', { class: 'more' }, el('summary', null, w('page-more'))); }
        if (v !== undefined && v !== null && v !== '') { more.open = true; }
        more.append(node);
      } else {
        container.append(node);
      }
    });
    if (more) { container.append(more); }
    others(container, list, path, value);
  }

  function one(f, path, value, optional) {
    if (f.type === 'const') {
      return el('input', { type: 'hidden', name: path, value: String(f.value), 'data-type': 'string' });
    }
    if (f.type === 'group') { return group(f, path, value, optional); }
    if (f.type === 'rows') { return grid(f, path, Array.isArray(value) ? value : []); }
    if (f.type === 'yearmap') {
      var ym = yearMap(f, path, value);
      return el('div', { class: 'field', 'data-field': path },
        el('span', { class: 'label' }, f.label), ym);
    }
    var input = control(f, path, value, false);
    var wrapped = wrap(optional && f.required ? Object.assign({}, f, { required: false }) : f, input.focusTarget || input, path, input);
    if (f.type === 'list' && f.item === 'text') {
      wrapped.insertBefore(el('div', { class: 'hint' }, w('page-list-hint')), input);
    }
    return wrapped;
  }

  // The keys of a document the form does not describe (a misspelt key, a
  // key of a newer version): kept with their container, written back as
  // they were, shown so that the user sees them and may remove them.
  function others(container, list, path, value, place) {
    container.extra = {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) { return; }
    var keys = Object.keys(value).filter(function (k) {
      return !list.some(function (f) { return f.key === k; }) && value[k] !== undefined;
    });
    if (!keys.length) { return; }
    var box = el('div', { class: 'extra-keys' }, el('p', null, w('serve-extra-keys')));
    keys.forEach(function (k) {
      container.extra[k] = value[k];
      var p = path ? path + '.' + k : k;
      var shown = isScalar(value[k]) ? String(value[k]) : JSON.stringify(value[k]);
      var line = el('div', { class: 'field extra', 'data-path': p, 'data-key': k },
        el('code', null, k), ': ', el('span', { class: 'value' }, shown), ' ');
      var remove = el('button', { type: 'button', class: 'remove-key' }, w('serve-remove-key'));
      remove.addEventListener('click', function () {
        delete container.extra[k];
        line.remove();
        if (!box.querySelector('.extra')) { box.remove(); }
        schedule();
      });
      line.append(remove);
      box.append(line);
    });
    if (place) { place.append(box); return; }
    var rowButton = container.querySelector(':scope > .row-actions');
    if (rowButton) { container.insertBefore(box, rowButton); } else { container.append(box); }
  }

  // ---- Rows: a grid like a spreadsheet ---------------------------------
  // One row per teacher (or work item, or activity) with the printed
  // form's columns; rows are added, moved and removed (a removed row can be
  // brought back); rows copied from Excel (tab-separated) land in the right
  // columns; Tab moves from cell to cell. A row whose fields include groups
  // or rows of their own (a roster's teacher with their history) is shown
  // as a block of fields instead of a line of cells.
  function grid(f, path, values) {
    var flat = f.fields.every(function (c) { return c.type !== 'group' && c.type !== 'rows'; });
    // A rarely needed column (a gender the name already tells) only when
    // a row holds something in it.
    var used = function (c) {
      return values.some(function (v) { return v && typeof v === 'object' && v[c.key] !== undefined && v[c.key] !== null && v[c.key] !== ''; });
    };
    var fieldsShown = f.fields.filter(function (c) { return !flat || !c.rare || used(c); });
    var cols = fieldsShown.filter(function (c) { return c.type !== 'const'; });
    var box = el('section', { class: 'rows' + (flat ? ' grid' : ''), 'data-path': path, 'aria-label': f.label },
      el('h2', { class: 'rows-title' }, f.label, f.required ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null));
    if (flat) { box.append(el('p', { class: 'hint' }, w('page-grid-hint'))); }
    var list;
    var scroller = null;
    if (flat) {
      var head = el('tr', null, el('th', { scope: 'col', class: 'num' }, w('page-row-number')));
      cols.forEach(function (c) { head.append(el('th', { scope: 'col', 'data-col': c.key }, c.label)); });
      head.append(el('th', { scope: 'col', class: 'actions' }, el('span', { class: 'visually-hidden' }, w('page-row-remove'))));
      list = el('tbody', { class: 'row-list' });
      scroller = el('div', { class: 'grid-scroll', tabindex: '0', role: 'region', 'aria-label': f.label }, el('table', null, el('thead', null, head), list));
      box.append(scroller);
    } else {
      list = el('div', { class: 'row-list' });
      box.append(list);
    }
    var removed = [];
    var undo = el('button', { type: 'button', class: 'undo-row', hidden: 'hidden' }, w('page-row-undo'));

    function rowLabel(i) { return f.label + ', ' + w('page-row-number') + ' ' + (i + 1); }

    function makeRow(value, i) {
      var p = path + '.' + i;
      // A row written as one text (a work item by its name alone).
      if (f.bare && (typeof value === 'string' || typeof value === 'number')) { var o = {}; o[f.bare] = value; value = o; }
      var row;
      if (flat) {
        row = el('tr', { class: 'row', 'data-path': p });
        row.append(el('th', { scope: 'row', class: 'num' }, String(i + 1)));
        fieldsShown.forEach(function (c) {
          var cp = p + '.' + c.key;
          var v = value ? value[c.key] : undefined;
          if (c.type === 'const') { row.append(el('input', { type: 'hidden', name: cp, value: String(c.value), 'data-type': 'string' })); return; }
          var cell = el('td', { 'data-col': c.key, 'data-field': cp });
          var ctl = c.type === 'yearmap' ? yearMap(c, cp, v) : control(c, cp, v, true);
          var target = ctl.focusTarget || ctl;
          if (target.setAttribute && c.type !== 'yearmap') { target.setAttribute('aria-label', c.label + ' (' + (i + 1) + ')'); }
          cell.append(ctl);
          row.append(cell);
        });
      } else {
        row = el('fieldset', { class: 'row', 'data-path': p }, el('legend', null, rowLabel(i)));
        fieldsInto(row, f.fields, p, value || {}, false);
      }
      var actions = el(flat ? 'td' : 'div', { class: 'row-actions' });
      if (flat) { others(row, fieldsShown, p, value || {}, actions); }
      var up = el('button', { type: 'button', class: 'row-up', title: w('page-row-up'), 'aria-label': w('page-row-up') + ' (' + (i + 1) + ')' }, '↑');
      var down = el('button', { type: 'button', class: 'row-down', title: w('page-row-down'), 'aria-label': w('page-row-down') + ' (' + (i + 1) + ')' }, '↓');
      var rmText = flat ? w('page-row-remove') : w('serve-remove-row');
      var rm = el('button', { type: 'button', class: 'remove-row', title: rmText, 'aria-label': rmText + ' (' + (i + 1) + ')' }, flat ? '✕' : rmText);
      up.addEventListener('click', function () { move(row, -1); });
      down.addEventListener('click', function () { move(row, 1); });
      rm.addEventListener('click', function () { removeRow(row); });
      actions.append(up, down, rm);
      row.append(actions);
      return row;
    }

    // A row's data as the fields hold it now (for undo and moves).
    function rowData(row) {
      var d = collectFrom(row);
      var parts = row.getAttribute('data-path').split('.');
      parts.forEach(function (part) { d = d && d[part]; });
      return d || {};
    }

    // The rows renumbered after a change: names follow their row.
    function renumber() {
      Array.prototype.forEach.call(list.children, function (r, i) {
        var from = r.getAttribute('data-path');
        var to = path + '.' + i;
        if (from === to) { return; }
        r.setAttribute('data-path', to);
        var num = r.querySelector(':scope > th.num');
        if (num) { num.textContent = String(i + 1); }
        var leg = r.querySelector(':scope > legend');
        if (leg) { leg.textContent = rowLabel(i); }
        var rename = function (s) { return s.indexOf(from + '.') === 0 ? to + s.slice(from.length) : s; };
        r.querySelectorAll('[name]').forEach(function (inp) { inp.name = rename(inp.name); });
        r.querySelectorAll('[id^="f-"]').forEach(function (e) { e.id = 'f-' + rename(e.id.slice(2)); });
        r.querySelectorAll('[id^="box-"]').forEach(function (e) { e.id = 'box-' + rename(e.id.slice(4)); });
        r.querySelectorAll('label[for^="f-"]').forEach(function (l) { l.setAttribute('for', 'f-' + rename(l.getAttribute('for').slice(2))); });
        r.querySelectorAll('[data-path]').forEach(function (d) { d.setAttribute('data-path', rename(d.getAttribute('data-path'))); });
        r.querySelectorAll('[data-field]').forEach(function (d) { d.setAttribute('data-field', rename(d.getAttribute('data-field'))); });
        r.querySelectorAll('[aria-label]').forEach(function (d) {
          d.setAttribute('aria-label', d.getAttribute('aria-label').replace(/\(\d+\)$/, '(' + (i + 1) + ')'));
        });
      });
    }

    function addRow(value, at) {
      var i = at === undefined ? list.children.length : at;
      var row = makeRow(value || {}, list.children.length);
      list.insertBefore(row, list.children[i] || null);
      renumber();
      return row;
    }

    function removeRow(row) {
      var at = Array.prototype.indexOf.call(list.children, row);
      removed.push({ at: at, data: rowData(row) });
      row.remove();
      renumber();
      undo.hidden = false;
      var next = list.children[Math.min(at, list.children.length - 1)];
      var focus = next ? next.querySelector('.remove-row') : box.querySelector('.add-row');
      if (focus) { focus.focus(); }
      schedule();
    }

    function move(row, by) {
      var at = Array.prototype.indexOf.call(list.children, row);
      var to = at + by;
      if (to < 0 || to >= list.children.length) { return; }
      if (by < 0) { list.insertBefore(row, list.children[to]); } else { list.insertBefore(row, list.children[to].nextSibling); }
      renumber();
      var b = row.querySelector(by < 0 ? '.row-up' : '.row-down');
      if (b) { b.focus(); }
      schedule();
    }

    undo.addEventListener('click', function () {
      var last = removed.pop();
      if (!last) { return; }
      var row = addRow(last.data, last.at);
      undo.hidden = removed.length === 0;
      var first = row.querySelector('input:not([type=hidden]), select, textarea');
      if (first) { first.focus(); }
      schedule();
    });

    // Rows pasted from a spreadsheet: tab-separated cells, one row a line,
    // from the cell pasted into, rightwards and downwards; rows are added
    // as needed. Text without a tab or a line break is an ordinary paste.
    if (flat) {
      list.addEventListener('paste', function (e) {
        var text = (e.clipboardData || window.clipboardData).getData('text');
        if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) { return; }
        var cell = e.target.closest('td[data-col]');
        var row = e.target.closest('tr.row');
        if (!cell || !row) { return; }
        e.preventDefault();
        var lines = parseTsv(text);
        var startRow = Array.prototype.indexOf.call(list.children, row);
        var startCol = cols.findIndex(function (c) { return c.key === cell.getAttribute('data-col'); });
        lines.forEach(function (cells, r) {
          var tr = list.children[startRow + r] || addRow({});
          cells.forEach(function (v, k) {
            var c = cols[startCol + k];
            if (c) { setCell(tr, c, v); }
          });
        });
        schedule();
      });
    }

    values.forEach(function (v) { addRow(v); });
    var add = el('button', { type: 'button', class: 'add-row', 'data-path': path }, w('serve-add-row'));
    add.addEventListener('click', function () {
      var row = addRow({});
      var first = row.querySelector('input:not([type=hidden]), select, textarea');
      if (first) { first.focus(); }
      schedule();
    });
    box.append(el('div', { class: 'row-buttons' }, add, undo));
    box.addRow = addRow;
    return box;
  }

  // Spreadsheet cells as Excel copies them: tabs between cells, CRLF
  // between rows, a cell with a tab, a line break or a quote in quotes.
  function parseTsv(text) {
    var rows = [];
    var row = [];
    var cell = '';
    var i = 0;
    var quoted = false;
    text = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    while (i < text.length) {
      var ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        if (ch === '"') { quoted = false; i++; continue; }
        cell += ch; i++; continue;
      }
      if (ch === '"' && cell === '') { quoted = true; i++; continue; }
      if (ch === '\t') { row.push(cell); cell = ''; i++; continue; }
      if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; continue; }
      cell += ch; i++;
    }
    row.push(cell);
    rows.push(row);
    return rows;
  }

  // One pasted cell into its column: a choice by its label or its value
  // (case and spaces aside), a date as written, a list split as its field
  // splits it.
  function setCell(tr, c, text) {
    var v = text.trim();
    var ctl = tr.querySelector('[name$=".' + CSS.escape(c.key) + '"]');
    if (!ctl) { return; }
    if (c.type === 'choice') {
      var norm = function (s) { return String(s).toLowerCase().replace(/\s+/g, ' ').trim(); };
      var hit = c.choices.filter(function (x) { return norm(x.label) === norm(v) || norm(x.value) === norm(v); })[0] ||
        c.choices.filter(function (x) { return v !== '' && norm(x.label).indexOf(norm(v)) === 0; })[0];
      if (hit) { ctl.value = hit.value; } else if (v !== '') {
        // As written: the reader knows more words than the list shows.
        if (!Array.prototype.some.call(ctl.options, function (o) { return o.value === v; })) { ctl.append(el('option', { value: v }, v)); }
        ctl.value = v;
      } else { ctl.value = ''; }
      return;
    }
    if (c.type === 'list' && c.item === 'text') { ctl.value = v.split(/\s*;\s*|\n/).join('\n'); return; }
    if (c.type === 'date') { ctl.removeAttribute('data-orig'); }
    ctl.value = v;
    if (ctl.classList.contains('other-text')) {
      var sel = ctl.parentNode.querySelector('select');
      var std = c.choices.filter(function (x) { return x.value === v || x.label.toLowerCase() === v.toLowerCase(); })[0];
      if (std) { sel.value = std.value; ctl.value = std.value; ctl.hidden = true; } else { sel.value = v ? '~other' : ''; ctl.hidden = !v; }
    }
  }

  var fieldsDesc = boot.fields || [];
  function build(data) {
    form.replaceChildren();
    fieldsInto(form, fieldsDesc, '', data || {});
    // A perspective plan's year columns follow its first year.
    var years = form.querySelector('[name="years"]');
    if (years) {
      years.addEventListener('change', function () {
        form.querySelectorAll('[data-yearmap]').forEach(function (b) { b.redraw(); });
      });
    }
  }

  // ---- Fields to data to YAML ------------------------------------------

  function valueOf(inp) {
    var v = inp.value;
    var t = inp.getAttribute('data-type');
    if (v === '' || v === undefined) { return undefined; }
    if (t === 'integer') { return /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v; }
    if (t === 'boolean') { return v === 'true' ? true : v === 'false' ? false : v; }
    if (t === 'date') {
      if (inp.hasAttribute('data-orig') && inp.getAttribute('data-shown') === v) { return inp.getAttribute('data-orig'); }
      return shownToIso(v);
    }
    if (t === 'list-int') {
      var parts = v.split(/[\s,;]+/).filter(function (x) { return x !== ''; })
        .map(function (x) { return /^-?\d+$/.test(x) ? parseInt(x, 10) : x; });
      return parts.length ? parts : undefined;
    }
    if (t === 'list-str') {
      var lines = v.split(/\r?\n/).map(function (x) { return x.trim(); }).filter(function (x) { return x !== ''; });
      return lines.length ? lines : undefined;
    }
    return v;
  }

  // The data of the fields inside `root` (the form, or one row): every
  // named field by its dotted path; rows kept in place (an empty row stays
  // `{}`) so that a finding's line finds its row.
  function collectFrom(root) {
    var data = {};
    otherPaths = {};
    var seenChecks = {};
    root.querySelectorAll('.rows, [name]').forEach(function (e) {
      if (e.classList.contains('rows')) {
        var n = e.querySelector('.row-list').children.length;
        if (n) { put(data, e.getAttribute('data-path').split('.'), Array.apply(null, Array(n)).map(function () { return {}; }), true); }
        return;
      }
      if (e.getAttribute('data-type') === 'check') {
        if (seenChecks[e.name]) { return; }
        seenChecks[e.name] = true;
        var on = Array.prototype.filter.call(root.querySelectorAll('[name="' + CSS.escape(e.name) + '"]'), function (c) { return c.checked; })
          .map(function (c) { return c.value; });
        if (on.length) { put(data, e.name.split('.'), on); }
        return;
      }
      var v = valueOf(e);
      if (v !== undefined) { put(data, e.name.split('.'), v); }
    });
    // What the form does not describe goes back where it was (a row's keys
    // move with the row when rows above it are removed).
    var boxes = [root].concat(Array.prototype.slice.call(root.querySelectorAll('fieldset, tr.row')));
    boxes.forEach(function (box) {
      var extra = box.extra;
      if (!extra) { return; }
      var at = box === form ? [] : (box.getAttribute('data-path') || '').split('.').filter(Boolean);
      Object.keys(extra).forEach(function (k) {
        var node = data;
        at.forEach(function (part, i) {
          if (node[part] === undefined) { node[part] = /^\d+$/.test(at[i + 1] || '') ? [] : {}; }
          node = node[part];
        });
        if (node[k] === undefined) {
          node[k] = extra[k];
          otherPaths[at.concat([k]).join('.')] = true;
        }
      });
    });
    return data;
  }
  function collect() { return collectFrom(form); }

  // The paths of keys the form does not describe, as of the last collect():
  // an empty map among them is written (`key: {}`), not dropped.
  var otherPaths = {};
  function isOther(p) {
    var parts = p.split('.');
    for (var i = parts.length; i > 0; i--) {
      if (otherPaths[parts.slice(0, i).join('.')] === true) { return true; }
    }
    return false;
  }

  function put(obj, parts, v, keep) {
    var node = obj;
    for (var i = 0; i < parts.length - 1; i++) {
      var k = parts[i];
      if (node[k] === undefined) { node[k] = /^\d+$/.test(parts[i + 1]) ? [] : {}; }
      node = node[k];
    }
    var last = parts[parts.length - 1];
    if (!keep || node[last] === undefined) { node[last] = v; }
  }

  function isScalar(v) { return v === null || typeof v !== 'object'; }
  function scalar(v) {
    if (v === null) { return 'null'; }
    if (typeof v === 'number' || typeof v === 'boolean') { return String(v); }
    // A JSON string is a valid YAML double-quoted scalar: any text stays text.
    return JSON.stringify(String(v));
  }

  // YAML in block style, with the dotted path of every line.
  function toYaml(data) {
    var lines = [];
    var paths = [];
    function map(obj, indent, prefix) {
      Object.keys(obj).forEach(function (k) {
        var v = obj[k];
        var p = prefix ? prefix + '.' + k : k;
        var pad = ' '.repeat(indent);
        var key = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k);
        if (isScalar(v)) {
          lines.push(pad + key + ': ' + scalar(v)); paths.push(p);
        } else if (Array.isArray(v) && v.some(Array.isArray)) {
          // Lists of lists (only in keys the form does not describe): JSON
          // is YAML too.
          lines.push(pad + key + ': ' + JSON.stringify(v)); paths.push(p);
        } else if (Array.isArray(v) && v.every(isScalar)) {
          lines.push(pad + key + ': [' + v.map(scalar).join(', ') + ']'); paths.push(p);
        } else if (Array.isArray(v)) {
          lines.push(pad + key + ':'); paths.push(p);
          v.forEach(function (item, i) {
            var ip = p + '.' + i;
            if (isScalar(item)) { lines.push(pad + '  - ' + scalar(item)); paths.push(ip); return; }
            if (!Object.keys(item).length) { lines.push(pad + '  - {}'); paths.push(ip); return; }
            var start = lines.length;
            map(item, indent + 4, ip);
            lines[start] = pad + '  - ' + lines[start].slice(indent + 4);
          });
        } else if (Object.keys(v).length) {
          lines.push(pad + key + ':'); paths.push(p);
          map(v, indent + 2, p);
        } else if (isOther(p)) {
          lines.push(pad + key + ': {}'); paths.push(p);
        }
      });
    }
    map(data, 0, '');
    return { text: lines.join('\n') + '\n', paths: paths };
  }

  // ---- Findings, the error summary and the preview ---------------------

  var findingsList = document.getElementById('findings');
  var summary = document.getElementById('summary');
  var preview = document.getElementById('preview');
  var staleNote = document.getElementById('stale');
  var timer = null;
  var previewTimer = null;
  var seq = 0;
  var previewUrl = null;
  var current = null;
  var etag = null;

  function markDirty() {
    dirty = true;
    try { sessionStorage.setItem(draftKey, JSON.stringify({ data: collect(), etag: etag })); } catch (e) { /* full: the prompt still guards */ }
  }
  function markClean() {
    dirty = false;
    sessionStorage.removeItem(draftKey);
  }

  // Every edit comes here: it makes the last "saved" or error old news, so
  // the check may speak again.
  function schedule() {
    checkSaid = true;
    markDirty();
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  function fieldFor(path) {
    if (!path) { return null; }
    var exact = form.querySelector('[name="' + CSS.escape(path) + '"]');
    if (exact) { return exact; }
    return form.querySelector('[data-path="' + CSS.escape(path) + '"]');
  }

  // The words of a finding for the page: a key quoted in the message
  // becomes its field's label, other quoted text is quoted as people quote.
  function pageWords(message, path) {
    return message.replace(/`([^`]*)`/g, function (_, inner) {
      var parent = (path || '').split('.').slice(0, -1).join('.');
      var label = labelAt[starred(parent ? parent + '.' + inner : inner)] || labelAt[starred(inner)];
      return '«' + (label || inner) + '»';
    });
  }
  function starred(p) { return p.split('.').map(function (x) { return /^\d+$/.test(x) ? '*' : x; }).join('.'); }

  // A missing required key: the finding stands at the mapping that lacks
  // it; its place is that mapping's path and the key the message quotes.
  function missingPath(f, path) {
    var m = /`([^`]+)`/.exec(f.message);
    if (!m) { return path; }
    var line = path || '';
    // An empty row (`- {}`) is the mapping itself; otherwise the line is
    // the mapping's first key.
    var parent = /(^|\.)\d+$/.test(line) ? line : line.split('.').slice(0, -1).join('.');
    return parent ? parent + '.' + m[1] : m[1];
  }

  function focusField(target) {
    var focus = target.matches('input, select, textarea, button') ? target :
      target.querySelector('input:not([type=hidden]), select, textarea, button');
    if (focus) {
      if (focus.hidden && focus.previousElementSibling) { focus = focus.previousElementSibling; }
      var det = focus.closest('details');
      if (det) { det.open = true; }
      focus.focus();
    }
  }

  function findingItem(f, path, target, text) {
    var clause = f.clause && f.clause !== '—' ? w('clause').replace('%s', f.clause) : '';
    var where = labelOfPath(path);
    var row = rowOfPath(path);
    var todo = f.rule === 'missing';
    var li = el('li', { class: todo ? 'todo' : f.severity, 'data-rule': f.rule, 'data-clause': f.clause, 'data-path': path || null },
      todo ? null : el('span', { class: 'severity' }, w('severity-' + f.severity)), ' ',
      where && !todo ? el('span', { class: 'where' }, where + (row ? ' (' + w('page-row-number') + ' ' + row + ')' : '') + ': ') : null,
      el('span', { class: 'message' }, text), ' ',
      clause ? el('span', { class: 'rule' }, clause) : null);
    if (target) {
      var a = el('a', { href: '#' + (target.id || ''), class: 'go' }, '→');
      a.setAttribute('aria-label', where || text);
      a.addEventListener('click', function (e) { e.preventDefault(); focusField(target); });
      li.append(' ', a);
      li.addEventListener('click', function (e) { if (e.target.tagName !== 'A') { focusField(target); } });
    }
    return li;
  }

  function showFindings(list, paths) {
    form.querySelectorAll('.flagged').forEach(function (e) { e.classList.remove('flagged', 'error', 'warning', 'todo'); });
    form.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; });
    findingsList.replaceChildren();
    var errors = [], todo = [], warnings = [], folded = [], notes = [];
    list.forEach(function (f) {
      var path = f.line > 0 ? paths[f.line - 1] : '';
      if (f.rule === 'missing') { path = missingPath(f, path); }
      var target = fieldFor(path);
      var text = f.rule === 'missing' ? wf('page-fill', { field: labelOfPath(path) || pageWords(f.message, path) }) : pageWords(f.message, path);
      var file = (f.labels || []).filter(function (l) { return l.file; })[0];
      // The other document it disagrees with, unless the message names it.
      if (file && text.indexOf(file.file) < 0) { text += ' — ' + wf('page-in-other', { file: file.file, message: file.message }); }
      var holder = target ? (target.closest('.field, td, fieldset') || target) : null;
      var kind = f.rule === 'missing' ? 'todo' : f.severity;
      if (holder) {
        holder.classList.add('flagged', kind);
        var slot = holder.querySelector(':scope > .field-error');
        if (slot && kind !== 'todo') { slot.textContent = text; }
      }
      var item = { f: f, path: path, target: target, text: text };
      // A note (a value printed otherwise than typed) is folded apart from
      // the warnings: nothing is wrong.
      if (f.rule === 'missing') { todo.push(item); } else if (f.severity === 'error') { errors.push(item); } else if (f.severity === 'info') { notes.push(item); } else if (target) { warnings.push(item); } else { folded.push(item); }
    });
    // The error summary: what stands between her and the printed form,
    // with a link to each field.
    summary.replaceChildren();
    summary.hidden = !(errors.length || todo.length);
    if (errors.length || todo.length) {
      var counts = [];
      if (errors.length) { counts.push(plural('page-errors', errors.length)); }
      if (todo.length) { counts.push(plural('page-todo', todo.length)); }
      var ul = el('ul', null);
      errors.concat(todo).forEach(function (it) {
        var where = it.f.rule !== 'missing' && labelOfPath(it.path) ? labelOfPath(it.path) + ': ' : '';
        var row = rowOfPath(it.path) ? ' (' + w('page-row-number') + ' ' + rowOfPath(it.path) + ')' : '';
        var a = el('a', { href: '#' + (it.target ? it.target.id : '') }, where + it.text + row);
        a.addEventListener('click', function (e) { e.preventDefault(); if (it.target) { focusField(it.target); } });
        ul.append(el('li', { class: it.f.rule === 'missing' ? 'todo' : 'error' }, a));
      });
      summary.append(el('h2', { id: 'summary-title' }, w('page-summary') + ': ' + counts.join(', ')), ul);
      summary.setAttribute('data-errors', String(errors.length));
      summary.setAttribute('data-todo', String(todo.length));
    }
    if (!list.length) {
      findingsList.append(el('li', { class: 'none' }, w('serve-no-findings')));
      return;
    }
    errors.concat(todo, warnings).forEach(function (it) {
      findingsList.append(findingItem(it.f, it.path, it.target, it.text));
    });
    [[folded, 'page-warnings'], [notes, 'page-notes']].forEach(function (group) {
      if (!group[0].length) { return; }
      var inner = el('ul', null);
      group[0].forEach(function (it) { inner.append(findingItem(it.f, it.path, it.target, it.text)); });
      findingsList.append(el('li', { class: 'folded' },
        el('details', null, el('summary', null, plural(group[1], group[0].length)), inner)));
    });
  }

  function langOf(data) { return data.lang === 'ru' || data.lang === 'ky' ? data.lang : ''; }

  function checkQuery() {
    var q = boot.roster && boot.roster.length ? '?folder=1' : '';
    if (q && boot.name) { q += '&name=' + encodeURIComponent(boot.name); }
    return 'api/check' + q;
  }

  function setStale(stale) {
    preview.setAttribute('data-stale', stale ? 'true' : 'false');
    preview.parentNode.classList.toggle('stale', stale);
    if (staleNote) { staleNote.hidden = !stale || !preview.hasAttribute('data-rendered'); }
  }

  function update() {
    var my = ++seq;
    var data = collect();
    var y = toYaml(data);
    current = { yaml: y.text, lang: langOf(data) };
    document.body.setAttribute('data-checking', 'true');
    return api(checkQuery(), { method: 'POST', body: y.text, headers: { 'Content-Type': 'application/yaml' } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (my !== seq) { return; }
        showFindings(j.findings || [], y.paths);
        document.body.setAttribute('data-checking', 'false');
        var errors = (j.findings || []).some(function (f) { return f.severity === 'error'; });
        if (errors) {
          setStale(true);
          setMessage(w('serve-not-rendered'), false, true);
        } else {
          setMessage('', false, true);
          clearTimeout(previewTimer);
          previewTimer = setTimeout(function () { showPreview(my); }, 150);
        }
      });
  }

  function render() {
    var q = current.lang ? '?lang=' + current.lang : '';
    return api('api/render' + q, { method: 'POST', body: current.yaml, headers: { 'Content-Type': 'application/yaml' } });
  }

  function showPreview(my) {
    return render().then(function (r) {
      if (!r.ok) { return null; }
      return r.blob();
    }).then(function (blob) {
      if (!blob || my !== seq) { return; }
      if (previewUrl) { URL.revokeObjectURL(previewUrl); }
      previewUrl = URL.createObjectURL(blob);
      preview.src = previewUrl;
      preview.setAttribute('data-rendered', String(my));
      setStale(false);
    });
  }

  // ---- Saving: named after what it holds, never over another's work -----

  var FORM_WORD = boot.docWords || {};
  var nameInput = document.getElementById('save-name');
  var nameTouched = !!boot.name;
  nameInput.addEventListener('input', function () { nameTouched = true; });

  // «Асанов Бакыт Жумабекович — билдирүү»: the teacher and the form in the
  // form's language; a plan by its year and department.
  function suggestedName() {
    var d = collect();
    var lang = langOf(d) || (boot.ui === 'ru' ? 'ru' : 'ky');
    var word = FORM_WORD[lang] || FORM_WORD.ky || '';
    if (!word || word.indexOf('page-doc-') === 0) { word = boot.form; }
    var who = function (p) { return p && (typeof p === 'string' ? p : p.name); };
    var parts = [word];
    var person = who(d.applicant) || who(d.teacher);
    if (person) { parts.push(String(person)); }
    if (d.year || d.years) { parts.push(String(d.year || d.years)); }
    if (!person && d.department) { parts.push(String(d.department)); }
    var n = parts.join(' — ').replace(/[\/\\:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
    return n.slice(0, 120) + '.yaml';
  }
  function refreshName() { if (!nameTouched) { nameInput.value = suggestedName(); } }
  form.addEventListener('input', refreshName);
  form.addEventListener('change', refreshName);

  function withSuffix(name, k) { return k < 2 ? name : name.replace(/\.yaml$/, '') + ' (' + k + ').yaml'; }

  function putDoc(name, body, headers) {
    return api('api/documents/' + encodeURIComponent(name), {
      method: 'PUT', body: body, headers: Object.assign({ 'Content-Type': 'application/yaml' }, headers),
    });
  }

  // The version this page replaces when it saves under its own name: the
  // ETag of the document it opened, then of its last save.
  function saved(name, r, j) {
    etag = (j && j.etag) || r.headers.get('ETag') || etag;
    boot.name = name;
    nameTouched = true;
    nameInput.value = name;
    markClean();
    hideConflict();
    history.replaceState(null, '', 'edit/' + encodeURIComponent(name) + location.search);
    draftKey = 'tirkeme-draft:' + location.pathname;
    versions();
  }

  // A new document: a name no document has. The server refuses to create
  // over an existing file (If-None-Match: *), and the page then tries the
  // next free name.
  function saveNew(name, body, k) {
    var candidate = withSuffix(name, k);
    return api('api/documents/' + encodeURIComponent(candidate), { method: 'HEAD' }).then(function (h) {
      if (h.ok) { return saveNew(name, body, k + 1); }
      return putDoc(candidate, body, { 'If-None-Match': '*' }).then(function (r) {
        if (r.status === 412 && k < 50) { return saveNew(name, body, k + 1); }
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (!r.ok) { setMessage(w('serve-save-failed') + ': ' + (j.error || r.status), true); return; }
          saved(candidate, r, j);
          setMessage(candidate === name && !boot.wasNew ? w('serve-saved').replace('{$name}', candidate) : wf('page-saved-new', { name: candidate }));
        });
      });
    });
  }

  function save() {
    var name = nameInput.value.trim() || suggestedName();
    if (!/\.yaml$/i.test(name)) { name += '.yaml'; }
    var body = toYaml(collect()).text;
    if (!boot.name || name !== boot.name) {
      boot.wasNew = true;
      return saveNew(name, body, 1);
    }
    var headers = etag ? { 'If-Match': etag } : {};
    return putDoc(name, body, headers).then(function (r) {
      if (r.status === 412 || r.status === 428) {
        showConflict(r.headers.get('ETag'));
        return;
      }
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) { setMessage(w('serve-save-failed') + ': ' + (j.error || r.status), true); return; }
        saved(name, r, j);
        setMessage(w('serve-saved').replace('{$name}', name));
      });
    });
  }
  document.getElementById('save').addEventListener('click', save);

  // Someone else saved this document since it was opened: say so, and let
  // her load theirs or keep hers as a new document.
  var conflict = document.getElementById('conflict');
  function showConflict() {
    conflict.hidden = false;
    setMessage(w('page-conflict'), true);
    conflict.querySelector('button').focus();
  }
  function hideConflict() { conflict.hidden = true; }
  document.getElementById('conflict-reload').addEventListener('click', function () {
    markClean();
    leavingInside = true;
    location.reload();
  });
  document.getElementById('conflict-new').addEventListener('click', function () {
    hideConflict();
    nameTouched = false;
    var n = suggestedName();
    boot.wasNew = true;
    saveNew(n, toYaml(collect()).text, 2);
  });

  // Earlier versions of a saved document, newest first, each restorable
  // into the form (then saved like any edit).
  var versionsBox = document.getElementById('versions');
  function versions() {
    if (!boot.name || !versionsBox) { return; }
    api('api/documents/' + encodeURIComponent(boot.name) + '/versions').then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (list) {
      if (!Array.isArray(list)) { versionsBox.hidden = true; return; }
      // The document as it is now is not an earlier version.
      list = list.filter(function (v) { return !etag || v.etag !== etag; });
      versionsBox.hidden = false;
      var ul = versionsBox.querySelector('ul');
      ul.replaceChildren();
      if (!list.length) { ul.append(el('li', null, w('page-versions-none'))); return; }
      list.forEach(function (v) {
        var when = new Date(v.saved);
        var shown = isNaN(when) ? String(v.saved) : when.toLocaleString(boot.ui === 'en' ? 'en-GB' : boot.ui === 'ru' ? 'ru-RU' : 'ky-KG');
        var b = el('button', { type: 'button', class: 'restore', 'data-version': v.id }, w('page-restore'));
        b.addEventListener('click', function () {
          api('api/documents/' + encodeURIComponent(boot.name) + '/versions/' + encodeURIComponent(v.id))
            .then(function (r) { return r.text(); })
            .then(function (yaml) { return api('api/parse', { method: 'POST', body: yaml, headers: { 'Content-Type': 'application/yaml' } }); })
            .then(function (r) { return r.json(); })
            .then(function (j) {
              if (!j.data) { return; }
              build(j.data);
              markDirty();
              update();
              setMessage(wf('page-restored', { saved: shown }));
            });
        });
        ul.append(el('li', null, shown + (v.by ? ' · ' + wf('page-version-by', { by: v.by }) : '') + ' ', b));
      });
    });
  }

  document.getElementById('download-pdf').addEventListener('click', function () {
    update().then(render).then(function (r) {
      if (!r.ok) { setMessage(w('serve-not-rendered'), true); return null; }
      return r.blob();
    }).then(function (blob) {
      if (blob) { download(blob, nameInput.value.replace(/\.ya?ml$/i, '') + '.' + (current.lang || 'ky') + '.pdf'); }
    });
  });

  var pkg = document.getElementById('package');
  if (pkg) {
    pkg.addEventListener('click', function () {
      update().then(function () {
        var q = current.lang ? '?lang=' + current.lang : '';
        return api('api/package' + q, { method: 'POST', body: current.yaml, headers: { 'Content-Type': 'application/yaml' } });
      }).then(function (r) {
        if (!r.ok) { setMessage(w('serve-not-rendered'), true); return null; }
        return r.blob();
      }).then(function (blob) { if (blob) { download(blob, nameInput.value.replace(/\.ya?ml$/i, '') + '.zip'); } });
    });
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  // What the page starts with: what was typed here before (kept across a
  // language switch or a visit elsewhere), else the document.
  var initial = boot.data || {};
  var kept = sessionStorage.getItem(draftKey);
  var keptEtag = null;
  if (kept) {
    try {
      var o = JSON.parse(kept);
      if (o && o.data && o.data.form === boot.form) { initial = o.data; keptEtag = o.etag || null; dirty = true; }
    } catch (e) { /* ignored */ }
  }
  if (!boot.name && !initial.lang) { initial.lang = boot.ui === 'ru' ? 'ru' : 'ky'; }
  build(initial);
  if (dirty) { markDirty(); }
  if (!boot.name) { refreshName(); }
  if (boot.name) {
    // The version she started from: the one her kept changes were made
    // on, else the file as it is now.
    etag = keptEtag || boot.etag || null;
    if (!etag) {
      api('api/documents/' + encodeURIComponent(boot.name), { method: 'HEAD' }).then(function (r) {
        etag = r.headers.get('ETag');
      });
    }
    versions();
  }
  update();

  // ---- The department: the roster's sheet, drafts, the standing ---------

  function department() {
    var sheet = document.getElementById('import-sheet');
    if (sheet) {
      sheet.addEventListener('change', function () {
        var file = sheet.files && sheet.files[0];
        if (!file) { return; }
        var out = document.getElementById('import-message');
        out.textContent = w('serve-checking');
        file.arrayBuffer().then(function (buf) {
          return api('api/import?name=' + encodeURIComponent(file.name), { method: 'POST', body: buf, headers: { 'Content-Type': 'application/octet-stream' } });
        }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (res) {
          var j = res.j;
          out.replaceChildren();
          if (j.data) {
            out.append(el('p', null, wf('page-imported', { teachers: j.teachers, activities: j.activities })));
          } else if (j.error) {
            out.append(el('p', { class: 'bad' }, wf('page-import-failed', { detail: j.error })));
          }
          if (j.findings && j.findings.length) {
            var ul = el('ul', { class: 'import-findings' });
            j.findings.forEach(function (f) {
              ul.append(el('li', { class: f.severity, 'data-rule': f.rule, 'data-cell': f.cell },
                el('span', { class: 'severity' }, w('severity-' + f.severity)), ' ', el('strong', null, f.cell), ': ', f.message));
            });
            out.append(el('p', null, w('page-import-findings')), ul);
          }
          if (j.data) {
            if (boot.page === 'form' && boot.form === 'roster') {
              build(j.data);
              markDirty();
              nameTouched = false;
              refreshName();
              update();
            } else {
              openAsNew('roster', j.data);
            }
          }
        });
      });
    }
    ['annual-plan', 'perspective-plan'].forEach(function (plan) {
      var b = document.getElementById('draft-' + plan);
      if (!b) { return; }
      b.addEventListener('click', function () {
        var input = document.getElementById('draft-' + plan + '-year');
        var q = plan === 'annual-plan' ? '?year=' : '?from=';
        var msg = document.getElementById('draft-message');
        api('api/draft/' + plan + q + encodeURIComponent(input ? input.value : ''), { method: 'POST' })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
          .then(function (res) {
            if (!res.ok || !res.j.data) {
              if (msg) { msg.textContent = wf('page-draft-failed', { detail: String(res.j.error || '').replace(/`([^`]*)`/g, '«$1»') }); msg.className = 'bad'; }
              return;
            }
            openAsNew(plan, res.j.data);
          });
      });
    });
    // The next meeting's minutes, drafted from the folder (src/serve/year.rs).
    var minutes = document.getElementById('draft-minutes');
    if (minutes) {
      minutes.addEventListener('click', function () {
        var value = function (id) { var e = document.getElementById(id); return encodeURIComponent(e ? e.value : ''); };
        var msg = document.getElementById('draft-minutes-message');
        api('api/draft/minutes?number=' + value('draft-minutes-number') + '&date=' + value('draft-minutes-date'), { method: 'POST' })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
          .then(function (res) {
            if (!res.ok || !res.j.data) {
              if (msg) { msg.textContent = String(res.j.error || '').replace(/`([^`]*)`/g, '«$1»'); msg.className = 'bad'; }
              return;
            }
            openAsNew('minutes', res.j.data);
          });
      });
    }
  }

  // ---- The roster's standing (index page) -------------------------------
  // A table of every teacher's standing, and a chart: a bar from the last
  // completion to the date it is due again, with today marked.
  function standing() {
    var box = document.getElementById('standing-table');
    if (!box) { return; }
    api('api/status').then(function (r) { return r.ok ? r.json() : null; }).then(function (rows) {
      if (!rows || !rows.length) { return; }
      var head = el('tr', null);
      ['name', 'position', 'last', 'hours_5y', 'due', 'state'].forEach(function (k) {
        head.append(el('th', { scope: 'col' }, w('serve-col-' + k)));
      });
      var table = el('table', { class: 'standing' }, el('thead', null, head));
      var body = el('tbody', null);
      rows.forEach(function (r) {
        var tr = el('tr', { 'data-state': r.state });
        [r.name, r.position || '', r.last ? isoToShown(r.last) : '—', String(r.hours_5y), r.due ? isoToShown(r.due) : '—'].forEach(function (v) {
          tr.append(el('td', null, v));
        });
        tr.append(el('td', { class: 'state-' + r.state }, w('serve-state-' + r.state)));
        body.append(tr);
      });
      table.append(body);
      box.replaceChildren(el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': w('serve-standing') }, table), chart(rows));
    });
  }

  function chart(rows) {
    var NS = 'http://www.w3.org/2000/svg';
    function s(tag, attrs, text) {
      var e = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) { e.textContent = text; }
      return e;
    }
    var today = new Date();
    var from = new Date(today.getFullYear() - 5, today.getMonth(), today.getDate());
    var to = new Date(today.getFullYear() + 2, today.getMonth(), today.getDate());
    var left = 220, width = 560, rowH = 22;
    var x = function (d) { return left + Math.max(0, Math.min(1, (d - from) / (to - from))) * width; };
    var svg = s('svg', { class: 'chart', viewBox: '0 0 ' + (left + width + 10) + ' ' + (rows.length * rowH + 30), role: 'img', 'aria-label': w('serve-standing') });
    for (var y = from.getFullYear() + 1; y <= to.getFullYear(); y++) {
      var gx = x(new Date(y, 0, 1));
      svg.append(s('line', { x1: gx, x2: gx, y1: 0, y2: rows.length * rowH, class: 'grid' }));
      svg.append(s('text', { x: gx, y: rows.length * rowH + 16, class: 'year' }, String(y)));
    }
    rows.forEach(function (r, i) {
      var top = i * rowH;
      svg.append(s('text', { x: 4, y: top + 15, class: 'who' }, r.name));
      if (r.last && r.due) {
        var a = x(new Date(r.last)), b = x(new Date(r.due));
        svg.append(s('rect', { x: a, y: top + 5, width: Math.max(2, b - a), height: 12, class: 'span state-' + r.state }));
      }
      if (r.due) {
        var d = x(new Date(r.due));
        svg.append(s('path', { d: 'M' + d + ' ' + (top + 3) + ' l5 8 l-5 8 l-5 -8 z', class: 'due state-' + r.state }));
      }
    });
    var t = x(today);
    svg.append(s('line', { x1: t, x2: t, y1: 0, y2: rows.length * rowH, class: 'today' }));
    return svg;
  }
})();

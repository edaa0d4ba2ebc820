// tirkeme serve: the page's script. It builds each form's fields from the
// form's JSON Schema, writes the fields as YAML, and asks the server for the
// findings and the PDF. User text only ever reaches the page through
// textContent, attribute values and input values, never as markup.
(function () {
  'use strict';

  var boot = JSON.parse(document.getElementById('boot').textContent);
  var W = boot.words || {};
  function w(id) { return Object.prototype.hasOwnProperty.call(W, id) ? W[id] : id; }

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
        // The render queue is full: wait as the server asks, then again.
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

  // Opening a PDF made by tirkeme: its YAML, read into fields.
  function openPdf(file) {
    return file.arrayBuffer().then(function (buf) {
      return api('/api/extract', { method: 'POST', body: buf, headers: { 'Content-Type': 'application/pdf' } });
    }).then(function (r) {
      if (!r.ok) { throw new Error(w('serve-extract-none')); }
      return r.text();
    }).then(function (yaml) {
      return api('/api/parse', { method: 'POST', body: yaml, headers: { 'Content-Type': 'application/yaml' } });
    }).then(function (r) { return r.json(); }).then(function (j) {
      if (!j.form) { throw new Error(w('serve-extract-none')); }
      if (boot.page === 'form' && j.form === boot.form) {
        build(j.data);
        update();
      } else {
        sessionStorage.setItem('tirkeme-open', JSON.stringify(j.data));
        location.href = '/form/' + encodeURIComponent(j.form);
      }
    }).catch(function (e) { setMessage(e.message, true); });
  }

  var pdfInput = document.getElementById('open-pdf');
  if (pdfInput) {
    pdfInput.addEventListener('change', function () {
      if (pdfInput.files && pdfInput.files[0]) { openPdf(pdfInput.files[0]); }
    });
  }

  if (boot.page === 'index') { standing(); }
  if (boot.page !== 'form') { return; }

  // ---- The form -------------------------------------------------------

  var schema = boot.schema;
  var form = document.getElementById('doc');

  function resolve(s) {
    var n = 0;
    while (s && s.$ref && n++ < 16) {
      var merged = Object.assign({}, lookup(s.$ref));
      ['description', 'title'].forEach(function (k) { if (s[k]) { merged[k] = s[k]; } });
      s = merged;
    }
    var branches = s && (s.oneOf || s.anyOf);
    if (branches) {
      // A person may be written as a bare name or as an object: the page
      // always offers the object, which holds everything.
      var pick = branches.map(resolve).filter(function (b) { return b.type === 'object' || b.properties; })[0] ||
        branches.map(resolve).filter(function (b) { return b.type !== 'null'; })[0];
      if (pick) {
        var out = Object.assign({}, pick);
        ['description', 'title'].forEach(function (k) { if (s[k]) { out[k] = s[k]; } });
        return out;
      }
    }
    return s || {};
  }

  function lookup(ref) {
    var parts = ref.replace(/^#\//, '').split('/');
    var node = schema;
    parts.forEach(function (p) { node = node ? node[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined; });
    return node || {};
  }

  function typeOf(s) {
    if (s.const !== undefined) { return 'const'; }
    if (s.enum) { return 'enum'; }
    var t = Array.isArray(s.type) ? s.type.filter(function (x) { return x !== 'null'; })[0] : s.type;
    if (!t && s.properties) { return 'object'; }
    if (t === 'string' && s.format === 'date') { return 'date'; }
    return t || 'string';
  }

  function labelOf(key, s) { return s.description || s.title || key; }

  var labels = boot.labels || {};
  var people = boot.people || [];
  var datalist = document.getElementById('people');
  people.forEach(function (p) { datalist.append(el('option', { value: p })); });

  // A person picked from the roster fills what the roster says of them
  // (position, degree, subject, …) into the fields beside the name that
  // are still empty; nothing typed is overwritten.
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
      if (f && f.value === '') { f.value = who[k]; }
    });
  });

  // One field (or group of fields) for `s` at `path`.
  function field(key, s, path, value, required) {
    s = resolve(s);
    var t = typeOf(s);
    var text = labelOf(key, s);
    if (t === 'const') {
      return el('input', { type: 'hidden', name: path, value: String(s.const), 'data-type': 'string' });
    }
    if (t === 'object') {
      // A person may be written as a bare name: the page shows the object.
      if (typeof value === 'string' && s.properties && s.properties.name) { value = { name: value }; }
      var fs = el('fieldset', { 'data-path': path },
        el('legend', null, text, required ? ' *' : ''));
      fields(fs, s, path, value || {});
      return fs;
    }
    if (t === 'array') {
      var items = resolve(s.items || {});
      var it = typeOf(items);
      if (it === 'object') { return rows(key, s, items, path, Array.isArray(value) ? value : []); }
      var listType = it === 'integer' || it === 'number' ? 'list-int' : 'list-str';
      var shown = Array.isArray(value) ? value.join(', ') : (value === undefined || value === null ? '' : String(value));
      return wrap(key, text, required, el('input', {
        type: 'text', name: path, id: 'f-' + path, value: shown, 'data-type': listType,
        placeholder: w('serve-list-hint'),
      }));
    }
    var input;
    if (t === 'enum' || t === 'boolean') {
      input = el('select', { name: path, id: 'f-' + path, 'data-type': t === 'boolean' ? 'boolean' : 'string' });
      input.append(el('option', { value: '' }, w('serve-unset')));
      var values = t === 'boolean' ? [true, false] : s.enum;
      var names = labels[key] || {};
      values.forEach(function (v) {
        var shownText = t === 'boolean' ? w(v ? 'serve-yes' : 'serve-no') : (names[v] ? names[v] + ' (' + v + ')' : String(v));
        input.append(el('option', { value: String(v) }, shownText));
      });
      var current = value === undefined || value === null ? '' : String(value);
      if (current && !Array.prototype.some.call(input.options, function (o) { return o.value === current; })) {
        // A word the reader accepts that the list does not show (an alias).
        input.append(el('option', { value: current }, current));
      }
      input.value = current;
    } else if ((t === 'integer' || t === 'number') && shows(value, /^-?\d+$/)) {
      input = el('input', { type: 'number', name: path, id: 'f-' + path, 'data-type': 'integer', min: s.minimum, step: 1 });
      input.value = value === undefined || value === null ? '' : String(value);
    } else if (t === 'date' && shows(value, /^\d{4}-\d{2}-\d{2}$/)) {
      input = el('input', { type: 'date', name: path, id: 'f-' + path, 'data-type': 'string' });
      input.value = value === undefined || value === null ? '' : String(value);
    } else if (t === 'integer' || t === 'number') {
      // A number or date written in a way its input cannot hold ("72 саат",
      // "03.11.2025") stays as written, in a text field, for the findings
      // to speak of.
      input = el('input', { type: 'text', name: path, id: 'f-' + path, 'data-type': 'integer' });
      input.value = String(value);
    } else {
      input = el('input', { type: 'text', name: path, id: 'f-' + path, 'data-type': 'string' });
      if (key === 'name' && people.length) { input.setAttribute('list', 'people'); }
      input.value = value === undefined || value === null ? '' : String(value);
    }
    return wrap(key, text, required, input);
  }

  // Whether an input that only holds values like `re` can show `value`.
  function shows(value, re) {
    return value === undefined || value === null || value === '' || re.test(String(value));
  }

  function wrap(key, text, required, input) {
    return el('div', { class: 'field' },
      el('label', { for: input.id, title: key }, text, required ? ' *' : ''), input,
      el('small', { class: 'key' }, key));
  }

  function fields(container, s, path, value) {
    var props = s.properties || {};
    var req = s.required || [];
    Object.keys(props).forEach(function (k) {
      var p = path ? path + '.' + k : k;
      container.append(field(k, props[k], p, value ? value[k] : undefined, req.indexOf(k) >= 0));
    });
    others(container, props, path, value);
  }

  // The keys of a document the form does not describe (a misspelt key, a
  // key of a newer version): kept with their container, written back as
  // they were, shown so that the user sees them and may remove them.
  function others(container, props, path, value) {
    container.extra = {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) { return; }
    var keys = Object.keys(value).filter(function (k) {
      return !Object.prototype.hasOwnProperty.call(props, k) && value[k] !== undefined;
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
    // In a row, before its remove button; elsewhere at the end.
    var rowButton = container.querySelector(':scope > .remove-row');
    if (rowButton) { container.insertBefore(box, rowButton); } else { container.append(box); }
  }

  // Repeating rows (plan teachers, program plan items): added and removed.
  function rows(key, s, items, path, values) {
    var box = el('fieldset', { class: 'rows', 'data-path': path }, el('legend', null, labelOf(key, s)));
    var list = el('div', { class: 'row-list' });
    box.append(list);
    function addRow(value) {
      var i = list.children.length;
      var row = el('fieldset', { class: 'row', 'data-path': path + '.' + i },
        el('legend', null, '№ ' + (i + 1)));
      fields(row, items, path + '.' + i, value || {});
      var remove = el('button', { type: 'button', class: 'remove-row' }, w('serve-remove-row'));
      remove.addEventListener('click', function () { removeRow(row); });
      row.append(remove);
      list.append(row);
      return row;
    }
    function removeRow(row) {
      var at = Array.prototype.indexOf.call(list.children, row);
      row.remove();
      // The rows after it move up: their names follow (teachers.3 → teachers.2).
      Array.prototype.slice.call(list.children, at).forEach(function (r, k) {
        var from = path + '.' + (at + k + 1);
        var to = path + '.' + (at + k);
        r.setAttribute('data-path', to);
        r.querySelector('legend').textContent = '№ ' + (at + k + 1);
        r.querySelectorAll('[name]').forEach(function (inp) {
          if (inp.name.indexOf(from + '.') === 0) {
            inp.name = to + inp.name.slice(from.length);
            inp.id = 'f-' + inp.name;
          }
        });
        r.querySelectorAll('label[for]').forEach(function (l) {
          var f = l.getAttribute('for');
          if (f.indexOf('f-' + from + '.') === 0) { l.setAttribute('for', 'f-' + to + f.slice(from.length + 2)); }
        });
        r.querySelectorAll('[data-path]').forEach(function (d) {
          var p = d.getAttribute('data-path');
          if (p.indexOf(from + '.') === 0) { d.setAttribute('data-path', to + p.slice(from.length)); }
        });
      });
      schedule();
    }
    values.forEach(function (v) { addRow(v); });
    var add = el('button', { type: 'button', class: 'add-row', 'data-path': path }, w('serve-add-row'));
    add.addEventListener('click', function () {
      var row = addRow({});
      var first = row.querySelector('input, select');
      if (first) { first.focus(); }
      schedule();
    });
    box.append(add);
    return box;
  }

  function build(data) {
    form.replaceChildren();
    fields(form, schema, '', data || {});
  }

  // ---- Fields to data to YAML ------------------------------------------

  function valueOf(inp) {
    var v = inp.value;
    var t = inp.getAttribute('data-type');
    if (v === '' || v === undefined) { return undefined; }
    if (t === 'integer') { return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v; }
    if (t === 'boolean') { return v === 'true' ? true : v === 'false' ? false : v; }
    if (t === 'list-int' || t === 'list-str') {
      var parts = v.split(/[,;]/).map(function (x) { return x.trim(); }).filter(function (x) { return x !== ''; });
      if (t === 'list-int') { parts = parts.map(function (x) { return /^-?\d+$/.test(x) ? parseInt(x, 10) : x; }); }
      return parts.length ? parts : undefined;
    }
    return v;
  }

  // The form's data: every named field by its dotted path; rows kept in
  // place (an empty row stays `{}`) so that a finding's line finds its row.
  function collect() {
    var data = {};
    otherPaths = {};
    // In the page's order, so that the YAML's keys follow the form's.
    form.querySelectorAll('.rows, [name]').forEach(function (e) {
      if (e.classList.contains('rows')) {
        var n = e.querySelector('.row-list').children.length;
        if (n) { put(data, e.getAttribute('data-path').split('.'), Array.apply(null, Array(n)).map(function () { return {}; }), true); }
        return;
      }
      var v = valueOf(e);
      if (v !== undefined) { put(data, e.name.split('.'), v); }
    });
    // What the form does not describe goes back where it was (a row's keys
    // move with the row when rows above it are removed).
    [form].concat(Array.prototype.slice.call(form.querySelectorAll('fieldset'))).forEach(function (box) {
      var extra = box.extra;
      if (!extra) { return; }
      var at = box === form ? [] : box.getAttribute('data-path').split('.');
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

  // ---- Findings and preview ---------------------------------------------

  var findingsList = document.getElementById('findings');
  var preview = document.getElementById('preview');
  var timer = null;
  var previewTimer = null;
  var seq = 0;
  var previewUrl = null;
  var current = null;

  // Every edit comes here: it makes the last "saved" or error old news, so
  // the check may speak again.
  function schedule() {
    checkSaid = true;
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  function fieldFor(path) {
    if (!path) { return null; }
    var exact = form.querySelector('[name="' + CSS.escape(path) + '"]');
    if (exact) { return exact; }
    return form.querySelector('[data-path="' + CSS.escape(path) + '"]');
  }

  function showFindings(list, paths) {
    form.querySelectorAll('.flagged').forEach(function (e) { e.classList.remove('flagged', 'error', 'warning'); });
    findingsList.replaceChildren();
    if (!list.length) {
      findingsList.append(el('li', { class: 'none' }, w('serve-no-findings')));
      return;
    }
    list.forEach(function (f) {
      var path = f.line > 0 ? paths[f.line - 1] : '';
      var target = fieldFor(path);
      var holder = target ? (target.closest('.field') || target) : null;
      if (holder) { holder.classList.add('flagged', f.severity); }
      var clause = f.clause && f.clause !== '—' ? w('clause').replace('%s', f.clause) : '';
      var li = el('li', { class: f.severity, 'data-rule': f.rule, 'data-clause': f.clause, 'data-path': path || null },
        el('span', { class: 'severity' }, w('severity-' + f.severity)), ' ',
        el('span', { class: 'message' }, f.message), ' ',
        el('span', { class: 'rule' }, f.rule + (clause ? ' · ' + clause : '')));
      if (target) {
        li.tabIndex = 0;
        li.addEventListener('click', function () {
          var focus = target.matches('input, select') ? target : target.querySelector('input, select, button');
          if (focus) { focus.focus(); }
        });
      }
      findingsList.append(li);
    });
  }

  function langOf(data) { return data.lang === 'ru' || data.lang === 'ky' ? data.lang : ''; }

  function update() {
    var my = ++seq;
    var data = collect();
    var y = toYaml(data);
    current = { yaml: y.text, lang: langOf(data) };
    document.body.setAttribute('data-checking', 'true');
    return api('/api/check', { method: 'POST', body: y.text, headers: { 'Content-Type': 'application/yaml' } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (my !== seq) { return; }
        showFindings(j.findings || [], y.paths);
        document.body.setAttribute('data-checking', 'false');
        var errors = (j.findings || []).some(function (f) { return f.severity === 'error'; });
        if (errors) {
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
    return api('/api/render' + q, { method: 'POST', body: current.yaml, headers: { 'Content-Type': 'application/yaml' } });
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
    });
  }

  function stem() {
    var n = document.getElementById('save-name').value.trim();
    return n.replace(/\.ya?ml$/i, '') || boot.form;
  }

  document.getElementById('download-pdf').addEventListener('click', function () {
    update().then(render).then(function (r) {
      if (!r.ok) { setMessage(w('serve-not-rendered'), true); return null; }
      return r.blob();
    }).then(function (blob) {
      if (blob) { download(blob, stem() + '.' + (current.lang || 'ky') + '.pdf'); }
    });
  });

  // The version this page replaces when it saves under its own name (the
  // ETag of the document it opened, then of its last save). Under any
  // other name a save only creates: it never replaces another document.
  var savedAs = { name: boot.name, etag: boot.etag };
  document.getElementById('save').addEventListener('click', function () {
    var name = document.getElementById('save-name').value.trim();
    if (!/\.yaml$/.test(name)) { name += '.yaml'; }
    var y = toYaml(collect()).text;
    var headers = { 'Content-Type': 'application/yaml' };
    if (savedAs.etag && name === savedAs.name) { headers['If-Match'] = savedAs.etag; } else { headers['If-None-Match'] = '*'; }
    api('/api/documents/' + encodeURIComponent(name), { method: 'PUT', body: y, headers: headers })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
      .then(function (res) {
        if (res.ok) {
          savedAs = { name: name, etag: res.j.etag };
          setMessage(w('serve-saved').replace('{$name}', name));
          document.getElementById('save-name').value = name;
          history.replaceState(null, '', '/edit/' + encodeURIComponent(name));
        } else {
          setMessage(w('serve-save-failed') + ': ' + (res.j.error || ''), true);
        }
      });
  });

  var pkg = document.getElementById('package');
  if (pkg) {
    pkg.addEventListener('click', function () {
      update().then(function () {
        var q = current.lang ? '?lang=' + current.lang : '';
        return api('/api/package' + q, { method: 'POST', body: current.yaml, headers: { 'Content-Type': 'application/yaml' } });
      }).then(function (r) {
        if (!r.ok) { setMessage(w('serve-not-rendered'), true); return null; }
        return r.blob();
      }).then(function (blob) { if (blob) { download(blob, stem() + '.zip'); } });
    });
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var opened = sessionStorage.getItem('tirkeme-open');
  var initial = boot.data || {};
  if (opened) {
    sessionStorage.removeItem('tirkeme-open');
    try { var o = JSON.parse(opened); if (o && o.form === boot.form) { initial = o; } } catch (e) { /* ignored */ }
  }
  if (!boot.name && !initial.lang) { initial.lang = boot.ui === 'ru' ? 'ru' : 'ky'; }
  build(initial);
  update();

  // ---- The roster's standing (index page) -------------------------------
  // A table of every teacher's standing, and a chart: a bar from the last
  // completion to the date it is due again, with today marked.
  function standing() {
    var box = document.getElementById('standing-table');
    if (!box) { return; }
    api('/api/status').then(function (r) { return r.ok ? r.json() : null; }).then(function (rows) {
      if (!rows || !rows.length) { return; }
      var head = el('tr', null);
      ['name', 'position', 'last', 'hours_5y', 'due', 'state'].forEach(function (k) {
        head.append(el('th', null, w('serve-col-' + k)));
      });
      var table = el('table', { class: 'standing' }, el('thead', null, head));
      var body = el('tbody', null);
      rows.forEach(function (r) {
        var tr = el('tr', { 'data-state': r.state });
        [r.name, r.position || '', r.last || '—', String(r.hours_5y), r.due || '—'].forEach(function (v) {
          tr.append(el('td', null, v));
        });
        tr.append(el('td', { class: 'state-' + r.state }, w('serve-state-' + r.state)));
        body.append(tr);
      });
      table.append(body);
      box.replaceChildren(table, chart(rows));
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
    var svg = s('svg', { class: 'chart', viewBox: '0 0 ' + (left + width + 10) + ' ' + (rows.length * rowH + 30), role: 'img' });
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

// budgetlens review site: filters, sorting and paging on the index and the flags view; severity filter, grouped
// flags and value-to-box highlighting on document pages. No network; works from disk.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var on = function (els, fn) { els.forEach(function (el) { el.addEventListener('input', fn); el.addEventListener('change', fn); }); };
  var cmp = function (x, y) {
    var nx = Number(x), ny = Number(y);
    if ((x === '') !== (y === '')) return x === '' ? 1 : -1; // blanks last
    return x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
  };

  // Index: filters, sorting, and only the first page-size matching rows shown (a batch has thousands).
  var table = $('docs');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var pageSize = Number(table.dataset.pageSize) || 200, limit = pageSize;
    var q = $('f-q'), dept = $('f-dept'), region = $('f-region'), year = $('f-year'), type = $('f-type'),
      status = $('f-status'), state = $('f-state'), errors = $('f-errors'), count = $('f-count'), more = $('docs-more');
    var apply = function () {
      var text = q.value.trim().toLowerCase(), d = dept.value.trim(), matched = 0;
      rows.forEach(function (r) {
        var ok = (!text || r.dataset.search.indexOf(text) >= 0) &&
          (!d || r.dataset.dept.indexOf(d) >= 0) &&
          (!region.value || r.dataset.region === region.value) &&
          (!year.value || r.dataset.year === year.value) &&
          (!type.value || r.dataset.type === type.value) &&
          (!status.value || r.dataset.status === status.value) &&
          (!state.value || r.dataset.state === state.value) &&
          (!errors.checked || r.dataset.state === 'errors');
        if (ok) matched++;
        r.hidden = !ok || matched > limit;
      });
      var shown = Math.min(matched, limit);
      count.textContent = '显示 ' + shown + ' / ' + rows.length + ' 份' + (matched > shown ? '（符合条件 ' + matched + ' 份）' : '');
      more.hidden = matched <= limit;
    };
    on([q, dept, region, year, type, status, state, errors], function () { limit = pageSize; apply(); });
    more.addEventListener('click', function () { limit += pageSize; apply(); });
    apply();

    var heads = table.tHead.rows[0].cells;
    each(heads, function (th) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var col = Number(button.dataset.col);
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        each(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var key = function (r) { return r.cells[col].dataset.sort || ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          return (x === '') !== (y === '') ? cmp(x, y) : cmp(x, y) * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        apply();
      });
    });
  }

  // Flags across documents, rendered from window.BUDGETLENS_FLAGS one page at a time.
  var all = $('all-flags'), data = window.BUDGETLENS_FLAGS;
  if (all && data) {
    var docs = {};
    data.docs.forEach(function (d) { docs[d[0]] = d; });
    var SEV = ['error', 'warning', 'info'], SEV_LABEL = ['错误', '警告', '提示'];
    var gq = $('g-q'), grule = $('g-rule'), gsev = $('g-sev'), gregion = $('g-region'), gdept = $('g-dept'), gsort = $('g-sort');
    var gcount = $('g-count'), gpage = $('g-page'), prev = $('g-prev'), next = $('g-next');
    var size = Number(all.dataset.pageSize) || 100, pageNo = 0, matched = [];
    var cell = function (tr, text, cls) {
      var td = document.createElement('td');
      if (cls) td.className = cls;
      if (text instanceof Node) td.appendChild(text); else td.textContent = text;
      tr.appendChild(td);
    };
    var render = function () {
      var tbody = all.tBodies[0];
      tbody.textContent = '';
      var pages = Math.max(1, Math.ceil(matched.length / size));
      pageNo = Math.min(pageNo, pages - 1);
      matched.slice(pageNo * size, pageNo * size + size).forEach(function (f) {
        var d = docs[f[1]] || [f[1], '', '', null, ''];
        var tr = document.createElement('tr');
        var badge = document.createElement('span');
        badge.className = 'badge ' + SEV[f[2]];
        badge.textContent = SEV_LABEL[f[2]];
        cell(tr, badge);
        var code = document.createElement('code');
        code.textContent = data.rules[f[3]];
        cell(tr, code);
        var who = document.createElement('span');
        who.textContent = d[1];
        if (d[2]) { var reg = document.createElement('div'); reg.className = 'file'; reg.textContent = d[2] + (d[3] ? ' · ' + d[3] : ''); who.appendChild(reg); }
        cell(tr, who);
        cell(tr, f[4], 'subject');
        var a = document.createElement('a');
        a.href = 'doc-' + f[1] + '.html#flag-' + f[0];
        a.textContent = f[5];
        cell(tr, a);
        tbody.appendChild(tr);
      });
      gcount.textContent = '符合条件 ' + matched.length + ' / ' + data.flags.length + ' 个问题';
      gpage.textContent = '第 ' + (pageNo + 1) + ' / ' + pages + ' 页';
      prev.disabled = pageNo === 0;
      next.disabled = pageNo >= pages - 1;
    };
    var last = null;
    var filter = function () {
      var text = gq.value.trim().toLowerCase(), rule = grule.value, sev = gsev.value, reg = gregion.value, dp = gdept.value.trim();
      // A search box fires 'change' again when it loses focus: redrawing then would pull the clicked link away.
      var state = [text, rule, sev, reg, dp, gsort.value].join('\u0000');
      if (state === last) return;
      last = state;
      matched = data.flags.filter(function (f) {
        var d = docs[f[1]] || [];
        return (!rule || f[3] === Number(rule)) && (!sev || f[2] === Number(sev)) && (!reg || d[2] === reg) &&
          (!dp || (d[4] || d[1] || '').indexOf(dp) >= 0) &&
          (!text || (f[4] + ' ' + f[5]).toLowerCase().indexOf(text) >= 0);
      });
      var by = gsort.value;
      var key = {
        sev: function (f) { return f[2]; },
        rule: function (f) { return data.rules[f[3]]; },
        dept: function (f) { return (docs[f[1]] || [])[1] || ''; },
        subject: function (f) { return f[4]; },
      }[by];
      matched.sort(function (a, b) {
        var x = key(a), y = key(b);
        var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return c || a[2] - b[2] || a[0] - b[0];
      });
      pageNo = 0;
      render();
    };
    on([gq, grule, gsev, gregion, gdept, gsort], filter);
    prev.addEventListener('click', function () { pageNo--; render(); });
    next.addEventListener('click', function () { pageNo++; render(); });
    filter();
  }

  // Document page: severity filter over the rule groups.
  var filterBar = document.querySelector('.sev-filter');
  if (filterBar) {
    var buttons = filterBar.querySelectorAll('button');
    each(buttons, function (b) {
      b.addEventListener('click', function () {
        each(buttons, function (o) { o.setAttribute('aria-pressed', o === b ? 'true' : 'false'); });
        var sev = b.dataset.sev;
        each(document.querySelectorAll('.flag'), function (f) {
          f.classList.toggle('sev-hidden', sev !== 'all' && f.dataset.sev !== sev);
        });
        each(document.querySelectorAll('.rule-group'), function (g) {
          g.hidden = sev !== 'all' && g.dataset.sevs.split(' ').indexOf(sev) < 0;
        });
      });
    });
  }

  // "Show more" inside a large rule group reveals the next step of flags.
  each(document.querySelectorAll('.rule-group .show-more'), function (btn) {
    btn.addEventListener('click', function () {
      var hidden = btn.parentNode.querySelectorAll('.flag.more[hidden]');
      var step = Number(btn.dataset.step) || 20;
      for (var i = 0; i < hidden.length && i < step; i++) hidden[i].hidden = false;
      var left = hidden.length - Math.min(step, hidden.length);
      if (left <= 0) btn.remove(); else btn.textContent = '再显示 ' + Math.min(left, step) + ' 条（还有 ' + left + ' 条）';
    });
  });

  // A link to #flag-N opens its group and reveals it, wherever it sits.
  var reveal = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    for (var p = el; p; p = p.parentElement) { if (p.tagName === 'DETAILS') p.open = true; if (p.hidden) p.hidden = false; }
    el.scrollIntoView();
  };
  window.addEventListener('hashchange', reveal);
  reveal();

  // Tables page: a value lights up its box on the page picture, and a box its value.
  var light = function (id, onOff) {
    each(document.querySelectorAll('[data-box="' + id + '"]'), function (el) { el.classList.toggle('hot', onOff); });
    var box = document.getElementById(id);
    if (box) box.classList.toggle('hot', onOff);
  };
  each(document.querySelectorAll('td[data-box]'), function (td) {
    var id = td.dataset.box;
    td.addEventListener('mouseenter', function () { light(id, true); });
    td.addEventListener('mouseleave', function () { light(id, false); });
    td.addEventListener('focus', function () {
      light(id, true);
      var box = document.getElementById(id);
      if (box) box.scrollIntoView({ block: 'nearest' });
    });
    td.addEventListener('blur', function () { light(id, false); });
  });
  each(document.querySelectorAll('.pv .box[id]'), function (box) {
    box.addEventListener('mouseenter', function () { light(box.id, true); });
    box.addEventListener('mouseleave', function () { light(box.id, false); });
  });
})();

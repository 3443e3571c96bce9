// budgetlens review site: filters and sorting on the index, severity filter on document pages. No network.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  var table = $('docs');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var q = $('f-q'), year = $('f-year'), type = $('f-type'), status = $('f-status'), errors = $('f-errors'), count = $('f-count');
    var apply = function () {
      var text = q.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) {
        var ok = (!text || r.dataset.search.indexOf(text) >= 0) &&
          (!year.value || r.dataset.year === year.value) &&
          (!type.value || r.dataset.type === type.value) &&
          (!status.value || r.dataset.status === status.value) &&
          (!errors.checked || Number(r.dataset.errors) > 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = '显示 ' + shown + ' / ' + rows.length + ' 份';
    };
    [q, year, type, status, errors].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
    apply();

    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var col = Number(button.dataset.col);
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var key = function (r) { return r.cells[col].dataset.sort || ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
          if ((x === '') !== (y === '')) return x === '' ? 1 : -1; // blanks last either way
          var c = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
          return c * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  var filter = document.querySelector('.sev-filter');
  if (filter) {
    var buttons = filter.querySelectorAll('button');
    var flags = document.querySelectorAll('.flag');
    Array.prototype.forEach.call(buttons, function (b) {
      b.addEventListener('click', function () {
        Array.prototype.forEach.call(buttons, function (o) { o.setAttribute('aria-pressed', o === b ? 'true' : 'false'); });
        Array.prototype.forEach.call(flags, function (f) { f.hidden = b.dataset.sev !== 'all' && f.dataset.sev !== b.dataset.sev; });
      });
    });
  }
})();

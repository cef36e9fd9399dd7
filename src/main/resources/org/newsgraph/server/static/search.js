/*
 * Type-ahead for the search boxes (inputs with data-suggest): names from /suggest while the reader types,
 * chosen with the mouse or the keyboard (Down/Up, Enter, Escape) as the WAI-ARIA combobox pattern
 * describes. Without this script the form still goes to the search page.
 */
(function () {
  'use strict';

  var DELAY_MS = 120;
  var MIN_LETTERS = 2;

  document.querySelectorAll('input[data-suggest]').forEach(enhance);

  function enhance(input) {
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    // The input's parent is positioned, so the list opens right under the input.
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    var items = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var shownFor = null;

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });
    input.addEventListener('keydown', onKey);
    // Closing waits a moment so that a click on a suggestion lands first.
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var li = e.target.closest('li');
      if (li) go(items[Number(li.dataset.index)]);
    });

    function suggest() {
      var q = input.value.trim();
      if (q.length < MIN_LETTERS) {
        show([], null);
        return;
      }
      if (q === shownFor && !list.hidden) return;
      if (pending) pending.abort();
      pending = new AbortController();
      fetch('suggest?q=' + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) {
          // Only if the box still holds what was asked for (answers can arrive out of order).
          if (input.value.trim() === q) show(found, q);
        })
        .catch(function (e) {
          if (e.name !== 'AbortError') show([], null);
        });
    }

    function show(found, q) {
      items = found;
      shownFor = q;
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.textContent = '';
      found.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.dataset.index = String(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.appendChild(span('suggestion-label', s.label));
        li.appendChild(span('suggestion-type', s.type));
        if (s.matched) li.appendChild(span('suggestion-match', 'also “' + s.matched + '”'));
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
      status.textContent = q === null ? '' : found.length === 0 ? 'No suggestions'
        : found.length + (found.length === 1 ? ' suggestion' : ' suggestions') + '; use the arrow keys to choose';
    }

    function span(className, text) {
      var s = document.createElement('span');
      s.className = className;
      s.textContent = text;
      return s;
    }

    function onKey(e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (items.length === 0) return;
        e.preventDefault();
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        // From the box down through the suggestions and round again; -1 is the box itself.
        if (e.key === 'ArrowDown') select(active + 1 < items.length ? active + 1 : -1);
        else select(active - 1 >= -1 ? active - 1 : items.length - 1);
      } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
        e.preventDefault();
        go(items[active]);
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        close();
      }
    }

    function select(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) {
        li.setAttribute('aria-selected', String(j === active));
      });
      if (active < 0) {
        input.removeAttribute('aria-activedescendant');
      } else {
        input.setAttribute('aria-activedescendant', list.children[active].id);
        list.children[active].scrollIntoView({ block: 'nearest' });
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      select(-1);
    }

    function go(item) {
      if (item) window.location.href = item.href;
    }
  }
})();

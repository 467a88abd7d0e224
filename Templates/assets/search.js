/* Dossier search: narrows the search page's list of pages with the index that the build writes
   (search-index.js, which defines DOSSIER_SEARCH). No dependencies, no server: it works from any
   host and from the folder opened on disk. Without JavaScript the page stays a full list of pages.
   What it says to readers comes with the index (DOSSIER_SEARCH.words), from the theme's strings in
   the report's language; counted phrases take the form Intl.PluralRules gives for the page's lang. */
(function (root) {
  'use strict';

  function fill(text, values) {
    return text.replace(/\{([a-z][a-z0-9-]*)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  /* The status line: how many pages hold every word of the query, in the index's words. */
  function statusLine(words, count, query, language) {
    if (count === 0) { return fill(words.none, { query: query }); }
    var form = 'other';
    try { form = new Intl.PluralRules(language || undefined).select(count); } catch (ignored) { /* an unknown tag */ }
    return fill(words.found[form] || words.found.other || words.found.one, { count: String(count), query: query });
  }

  /* Lower case without diacritics, as the build folds the indexed words. */
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (term) { return term.length > 0; });
  }

  /* The pages matching every word of the query, best first: a word in the title weighs most, then
     in a heading, the summary, and the text (word prefixes match, so "belaru" finds Belarus). */
  function search(index, query) {
    var kinds = index.words.kinds;
    var wanted = terms(query);
    if (wanted.length === 0) { return []; }
    var results = [];
    index.pages.forEach(function (page) {
      var title = fold(page.t), summary = fold(page.s), words = ' ' + page.w;
      var score = 0, headings = [];
      for (var i = 0; i < wanted.length; i++) {
        var term = wanted[i], hit = 0;
        if (title.indexOf(term) >= 0) { hit += 10; }
        page.h.forEach(function (heading) {
          if (fold(heading[0]).indexOf(term) >= 0) {
            hit += 3;
            if (headings.indexOf(heading) < 0) { headings.push(heading); }
          }
        });
        if (summary.indexOf(term) >= 0) { hit += 2; }
        if (words.indexOf(' ' + term) >= 0) { hit += 1; }
        if (hit === 0) { return; }
        score += hit;
      }
      results.push({ title: page.t, url: page.u, kind: kinds[page.k] || index.words.other, summary: page.s || '',
                     headings: headings.slice(0, 3), score: score });
    });
    results.sort(function (a, b) { return b.score - a.score || a.title.localeCompare(b.title); });
    return results;
  }

  function render(list, results) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.title;
      item.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' · ' + result.kind;
      item.appendChild(kind);
      if (result.summary) {
        var summary = document.createElement('p');
        summary.textContent = result.summary;
        item.appendChild(summary);
      }
      if (result.headings.length > 0) {
        var sections = document.createElement('ul');
        result.headings.forEach(function (heading) {
          var entry = document.createElement('li');
          var anchor = document.createElement('a');
          anchor.href = result.url + '#' + heading[1];
          anchor.textContent = heading[0];
          entry.appendChild(anchor);
          sections.appendChild(entry);
        });
        item.appendChild(sections);
      }
      list.appendChild(item);
    });
  }

  function attach(index) {
    var form = document.querySelector('.search-form');
    var input = document.getElementById('search-q');
    var list = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    if (!form || !input || !list || !status) { return; }
    var everything = list.innerHTML, everythingStatus = status.textContent;
    function update(query, remember) {
      if (terms(query).length === 0) {
        list.innerHTML = everything;
        status.textContent = everythingStatus;
      } else {
        var results = search(index, query);
        render(list, results);
        status.textContent = statusLine(index.words, results.length, query, document.documentElement.lang);
      }
      if (remember && root.history && root.history.replaceState) {
        try { root.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : root.location.pathname); } catch (ignored) { /* file:// in some browsers */ }
      }
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); update(input.value, true); });
    input.addEventListener('input', function () { update(input.value, true); });
    var query = new URLSearchParams(root.location.search).get('q') || '';
    input.value = query;
    update(query, false);
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { search: search, fold: fold, status: statusLine };
  } else if (root.document && root.DOSSIER_SEARCH) {
    attach(root.DOSSIER_SEARCH);
  }
})(this);

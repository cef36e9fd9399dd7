/*
 * The SPARQL editor: CodeMirror with SPARQL highlighting over the page's text area (the form still
 * submits it, and works as a plain text area without this script). Ctrl+Enter (Cmd+Enter) runs the query;
 * Tab leaves the editor, so the keyboard is never trapped; a syntax error's line is marked.
 */
(function () {
  'use strict';

  var textarea = document.getElementById('query');
  if (!textarea || typeof window.CodeMirror !== 'function') return;
  var form = textarea.form;

  function run() {
    editor.save();
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  var editor = window.CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    inputStyle: 'contenteditable',
    screenReaderLabel: 'SPARQL query',
    extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run, 'Tab': false, 'Shift-Tab': false }
  });

  var error = document.getElementById('query-error');
  if (error && error.dataset.line) {
    var line = Number(error.dataset.line) - 1;
    editor.addLineClass(line, 'wrap', 'error-line');
    editor.setCursor({ line: line, ch: Math.max(0, Number(error.dataset.column || 1) - 1) });
  }
})();

// The google.script.run stand-in the preview injects into the real Sidebar.html: same chainable
// handlers, one argument per call, errors as Error objects, answers always asynchronous.

/** The message the shim posts to the preview page after every call, so the sheet view redraws. */
export const CALLED_MESSAGE = 'okr-kra:called';

/** A `<script>` element, to be placed before the sidebar's own script. */
export function shimScript(callNames: readonly string[]): string {
  // JSON inside a script element must not close it: `<` is written as an escape.
  const names = JSON.stringify(callNames).replace(/</g, '\\u003c');
  const script = SHIM.replace('__NAMES__', () => names).replace('__MESSAGE__', () =>
    JSON.stringify(CALLED_MESSAGE),
  );
  return `<script>${script}</script>`;
}

const SHIM = `(function () {
  'use strict';
  var names = __NAMES__;

  function send(name, args) {
    return fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name, args: args })
    })
      .then(function (response) { return response.json(); })
      .catch(function () {
        return { ok: false, error: 'The preview server did not answer; is it still running?' };
      });
  }

  function tellPage(name, args, ok) {
    if (window.parent === window) return;
    window.parent.postMessage({ type: __MESSAGE__, name: name, args: args, ok: ok }, location.origin);
  }

  function runner(onSuccess, onFailure, userObject) {
    var run = {
      withSuccessHandler: function (handler) { return runner(handler, onFailure, userObject); },
      withFailureHandler: function (handler) { return runner(onSuccess, handler, userObject); },
      withUserObject: function (value) { return runner(onSuccess, onFailure, value); }
    };
    names.forEach(function (name) {
      run[name] = function () {
        // Arguments cross as JSON, as they do in Apps Script.
        var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
        send(name, args).then(function (body) {
          tellPage(name, args, body.ok === true);
          if (body.ok === true) {
            if (onSuccess) onSuccess(body.result === undefined ? null : body.result, userObject);
          } else if (onFailure) {
            onFailure(new Error(String(body.error || 'The call failed.')), userObject);
          }
        });
      };
    });
    return run;
  }

  var noop = function () {};
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: { close: noop, setHeight: noop, setWidth: noop, editor: { focus: noop } }
    }
  };
})();`;

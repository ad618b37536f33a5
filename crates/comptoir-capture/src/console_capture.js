// Comptoir's website console capture: runs in the capture window before the page's own
// scripts, on every navigation. It reaches one command, `capture_event`; the shell validates
// and bounds what it sends. Kept small and dependency-free.
(function () {
  "use strict";
  if (window.top !== window || window.__comptoirCapture) return;
  Object.defineProperty(window, "__comptoirCapture", { value: true });
  var internals = window.__TAURI_INTERNALS__;
  if (!internals || typeof internals.invoke !== "function") return;
  // Bound at start: the page cannot swap it out later.
  var invoke = internals.invoke.bind(internals);
  var seq = 0;
  var MAX = 8192;

  function text(v) {
    try {
      if (typeof v === "string") return v;
      if (v instanceof Error) return String(v.name) + ": " + String(v.message);
      var s = JSON.stringify(v);
      return s === undefined ? String(v) : s;
    } catch (e) {
      return String(v);
    }
  }
  function clip(s) {
    s = String(s);
    return s.length > MAX ? s.slice(0, MAX) : s;
  }
  function send(event) {
    event.t = Date.now();
    event.seq = ++seq;
    try {
      invoke("capture_event", { event: event }).catch(function () {});
    } catch (e) {
      /* the window is closing */
    }
  }

  ["debug", "log", "info", "warn", "error"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var parts = [];
      for (var i = 0; i < arguments.length; i++) parts.push(text(arguments[i]));
      send({ type: "console", level: level, text: clip(parts.join(" ")) });
      return original.apply(console, arguments);
    };
  });

  // Capture phase: an ErrorEvent is an uncaught error; an element target is a failed load.
  window.addEventListener(
    "error",
    function (e) {
      var el = e.target;
      if (el && el !== window && el.tagName) {
        var url = el.currentSrc || el.src || el.href || "";
        send({ type: "resource", url: clip(url), element: el.tagName.toLowerCase(), status: null });
        return;
      }
      send({
        type: "error",
        message: clip(e.message || "error"),
        source: e.filename ? clip(e.filename) : null,
        line: e.lineno || null,
        column: e.colno || null,
        stack: e.error && e.error.stack ? clip(e.error.stack) : null,
      });
    },
    true,
  );

  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    // Comptoir's own plugin scripts (injected into every webview) asking for a command this
    // window may not use: Tauri's refusal, not the page's problem.
    if (/^[a-z_-]+\.[a-z_]+ not allowed\. Permissions associated with this command/.test(text(r))) return;
    send({
      type: "rejection",
      reason: clip(text(r)),
      stack: r && r.stack ? clip(r.stack) : null,
    });
  });

  document.addEventListener("securitypolicyviolation", function (e) {
    // Tauri's own IPC falls back from ipc:// under a strict CSP: not the page's problem.
    if (String(e.blockedURI).indexOf("ipc:") === 0) return;
    send({ type: "csp", blocked: clip(e.blockedURI || ""), directive: clip(e.violatedDirective || "") });
  });

  // Requests: status codes the page sees (skip Tauri's own ipc: traffic).
  var origFetch = window.fetch;
  if (origFetch) {
    window.fetch = function (input, init) {
      var url = typeof input === "string" ? input : (input && input.url) || String(input);
      var p = origFetch.apply(this, arguments);
      if (url.indexOf("ipc:") === 0 || url.indexOf("http://ipc.localhost") === 0) return p;
      p.then(
        function (res) {
          if (res.status >= 400)
            send({ type: "resource", url: clip(res.url || url), element: "fetch", status: res.status });
        },
        function () {
          send({ type: "resource", url: clip(url), element: "fetch", status: null });
        },
      );
      return p;
    };
  }
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var xhr = this;
    var u = String(url);
    if (u.indexOf("ipc:") !== 0) {
      xhr.addEventListener("loadend", function () {
        if (xhr.status === 0 || xhr.status >= 400)
          send({ type: "resource", url: clip(xhr.responseURL || u), element: "xhr", status: xhr.status || null });
      });
    }
    return open.apply(this, arguments);
  };
})();

/*
 * Shorewise host snippet (docs/embedding.md). Include it where the advisor should appear:
 *
 *   <script src="https://apps.example.com/shorewise/embed.js" async></script>
 *
 * It puts the app in an iframe right after the script tag (or inside the element named by
 * data-target="#id"), sizes the frame to the app's content, and forwards the app's messages
 * as DOM events on the iframe: shorewise:ready, shorewise:resize, shorewise:step and
 * shorewise:completed (event.detail is the message). data-start="example/retail" opens a
 * screen or an example company; data-title names the frame for screen readers.
 * The iframe gets a `shorewise` property: frame.shorewise.openExample(id) and
 * frame.shorewise.setLanguage('en', 'de', 'fr' or 'es'). data-language="de" starts it in German (else the
 * visitor's own choice, the site's setting or the browser's languages decide).
 * Plain JavaScript, no dependencies, nothing inline: it runs under a strict CSP on the host.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var app = new URL('./', script.src);
  var start = (script.getAttribute('data-start') || '').replace(/^\/+/, '');
  var language = (script.getAttribute('data-language') || '').toLowerCase();
  var code = /^(en|de|fr|es)([-_]|$)/.test(language) ? language.slice(0, 2) : '';
  var query = code ? '?lang=' + code : '';
  // The frame's name for screen readers, in the language it starts in.
  var titles = {
    de: 'Shorewise Outsourcing-Berater',
    fr: 'Shorewise, conseiller en externalisation',
    es: 'Shorewise, asesor de externalización',
  };
  var frame = document.createElement('iframe');
  frame.src = new URL('index.html' + query + '#embed' + (start ? '/' + start : ''), app).href;
  frame.title =
    script.getAttribute('data-title') || titles[code] || 'Shorewise outsourcing advisor';
  frame.className = 'shorewise-frame';
  frame.setAttribute('loading', 'eager');
  // Set through the CSSOM, which a style-src policy allows.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '40rem';
  frame.style.overflow = 'hidden';

  var target = script.getAttribute('data-target');
  var into = target ? document.querySelector(target) : null;
  if (into) {
    into.appendChild(frame);
  } else {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }

  function send(message) {
    message.source = 'shorewise-host';
    if (frame.contentWindow) frame.contentWindow.postMessage(message, app.origin);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.source !== 'shorewise' || typeof message.type !== 'string') return;
    if (message.type === 'resize' && typeof message.height === 'number' && message.height > 0) {
      frame.style.height = Math.ceil(message.height) + 'px';
    }
    frame.dispatchEvent(new CustomEvent('shorewise:' + message.type, { detail: message, bubbles: true }));
  });

  // Introduces this page, for browsers that do not tell the app who embeds it. The app
  // may still be starting when the frame has loaded, so say it again until the app is
  // ready (for at most 20 seconds).
  var ready = false;
  frame.addEventListener('shorewise:ready', function () {
    ready = true;
  });
  frame.addEventListener('load', function () {
    var tries = 0;
    (function hello() {
      if (ready || tries++ > 80) return;
      send({ type: 'hello' });
      setTimeout(hello, 250);
    })();
  });

  frame.shorewise = {
    openExample: function (id) {
      send({ type: 'open-example', id: String(id) });
    },
    setLanguage: function (tag) {
      send({ type: 'set-language', language: String(tag) });
    },
  };
})();

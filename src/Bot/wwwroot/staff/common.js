// Shared by the staff console and the editor page: element creation (text only, never HTML) and API calls
// with the antiforgery token; a lost session goes back to sign-in.
window.HelpBotPage = (function () {
  'use strict';
  let csrf = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /** Calls the API; resolves to { status, body }. */
  async function request(path, options = {}, returnPath = location.pathname) {
    const init = { credentials: 'same-origin', ...options, headers: { ...(options.headers || {}) } };
    if (init.method && init.method !== 'GET') {
      csrf = csrf || (await (await fetch('/api/staff/antiforgery', { credentials: 'same-origin' })).json()).token;
      init.headers['X-CSRF-TOKEN'] = csrf;
      init.headers['Content-Type'] = 'application/json';
    }
    const r = await fetch(path, init);
    if (r.status === 401) {
      location.assign('/staff/login?ReturnUrl=' + encodeURIComponent(returnPath));
      throw new Error('signed out');
    }
    return { status: r.status, body: await r.json().catch(() => null) };
  }

  return { el, request };
})();

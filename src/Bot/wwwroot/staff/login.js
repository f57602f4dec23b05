// Staff sign-in: fetch an antiforgery token, post the credentials, go back where the user came from.
(function () {
  const form = document.getElementById('signin');
  const message = document.getElementById('message');

  async function token() {
    const r = await fetch('/api/staff/antiforgery', { credentials: 'same-origin' });
    return (await r.json()).token;
  }

  function returnUrl() {
    const target = new URLSearchParams(location.search).get('ReturnUrl');
    // Only local paths, never another site.
    return target && target.startsWith('/') && !target.startsWith('//') ? target : '/staff';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const r = await fetch('/api/staff/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': await token() },
        body: JSON.stringify({ login: form.login.value, password: form.password.value }),
      });
      if (r.ok) {
        location.assign(returnUrl());
        return;
      }
      const body = await r.json().catch(() => null);
      message.textContent = body?.error?.message ?? 'サインインできませんでした。';
    } catch {
      message.textContent = '通信できませんでした。しばらくしてからもう一度お試しください。';
    }
  });
})();

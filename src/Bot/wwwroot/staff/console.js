// The staff console. Everything residents wrote is shown with textContent, never as HTML.
(function () {
  'use strict';
  const WARDS = ['川崎区', '幸区', '中原区', '高津区', '宮前区', '多摩区', '麻生区'];
  const KINDS = { mimamori: 'みまもり支援センター', houkatsu: '地域包括支援センター', shakyo: '社会福祉協議会', emergency: '緊急', other: '専門窓口', out_of_scope: 'その他（市政）' };
  const URGENCY = { emergency: '緊急', crisis: '危機', normal: '通常' };
  const STATUS = { waiting: '対応前', claimed: '対応中', closed: '終了' };
  const CHANNEL = { directline: 'Web', line: 'LINE', test: 'テスト' };
  const $ = (id) => document.getElementById(id);
  const { el, request } = window.HelpBotPage;
  let me = null, queue = [], selected = null, canned = {}, seenUrgent = new Set(), audio = null, loadedAt = Date.now();

  /** Calls the API and returns the body; a refusal becomes an error with the server's Japanese message. */
  async function api(path, options = {}) {
    const { status, body } = await request(path, options, '/staff');
    if (status < 200 || status >= 300) throw new Error(body?.error?.message || `エラー（${status}）`);
    return body;
  }

  function waiting(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    if (s < 60) return `${s}秒`;
    if (s < 3600) return `${Math.floor(s / 60)}分`;
    return `${Math.floor(s / 3600)}時間${Math.floor((s % 3600) / 60)}分`;
  }

  function beep() {
    if (!audio || audio.state !== 'running') return;
    const t = audio.currentTime;
    [0, 0.35].forEach((offset) => {
      const o = audio.createOscillator(), g = audio.createGain();
      o.frequency.value = 880; g.gain.setValueAtTime(0.25, t + offset); g.gain.exponentialRampToValueAtTime(0.001, t + offset + 0.3);
      o.connect(g).connect(audio.destination); o.start(t + offset); o.stop(t + offset + 0.3);
    });
  }

  function showAlert(text) {
    const a = $('alert');
    a.textContent = text;
    a.hidden = !text;
  }

  function filtered() {
    const status = $('f-status').value, ward = $('f-ward').value, kind = $('f-kind').value;
    return queue.filter((e) =>
      (status === 'all' || (status === 'open' ? e.status !== 'closed' : e.status === status)) &&
      (!ward || e.ward === ward) && (!kind || e.kind === kind));
  }

  function renderQueue() {
    const list = $('list');
    list.replaceChildren();
    const items = filtered();
    $('count').textContent = `（${items.length}件）`;
    $('empty').hidden = items.length > 0;
    const elapsed = (Date.now() - loadedAt) / 1000;
    for (const e of items) {
      const li = el('li', `item urgency-${e.urgency} status-${e.status}` + (selected === e.id ? ' selected' : ''));
      const button = el('button', 'pick');
      button.type = 'button';
      button.dataset.id = e.id;
      button.setAttribute('aria-current', selected === e.id ? 'true' : 'false');
      const top = el('span', 'row');
      top.append(el('span', `badge ${e.urgency}`, URGENCY[e.urgency] || e.urgency), el('span', 'status', STATUS[e.status] || e.status),
        el('span', 'wait', '待ち ' + waiting(e.status === 'waiting' ? e.waiting_seconds + elapsed : e.waiting_seconds)));
      const second = el('span', 'row');
      second.append(el('span', 'ward', e.ward || '区不明'), el('span', 'kind', KINDS[e.kind] || e.kind), el('span', 'channel', CHANNEL[e.channel] || e.channel));
      button.append(top, second, el('span', 'topic', e.topic || '（話題なし）'));
      if (e.claimed_by) button.append(el('span', 'claimed', '担当: ' + e.claimed_by));
      button.addEventListener('click', () => select(e.id));
      li.append(button);
      list.append(li);
    }
  }

  async function loadQueue() {
    const all = $('f-status').value === 'all';
    queue = await api('/api/staff/escalations' + (all ? '?closed=true' : ''));
    loadedAt = Date.now();
    let alarm = false;
    for (const e of queue) {
      if (e.urgency !== 'normal' && e.status === 'waiting' && !seenUrgent.has(e.id)) { seenUrgent.add(e.id); alarm = true; }
    }
    const urgentWaiting = queue.filter((e) => e.urgency !== 'normal' && e.status === 'waiting');
    showAlert(urgentWaiting.length ? `緊急の相談が ${urgentWaiting.length} 件、担当を待っています。` : '');
    if (alarm) beep();
    renderQueue();
  }

  function renderTranscript(items, shared) {
    $('d-shared').textContent = shared ? '住民の同意（または緊急）により、会話の記録を表示しています。'
      : '住民が共有に同意していないため、職員への引き継ぎより前の会話は表示していません。';
    const list = $('transcript');
    list.replaceChildren();
    for (const a of items) {
      if (a.type === 'typing' || a.name === 'helpbot.routing' || a.name === 'helpbot.unanswered' || a.name === 'helpbot.generation') continue;
      let who = a.direction === 'in' ? '住民' : a.role === 'staff' ? '職員' : 'ボット';
      let text = a.text || '';
      let cls = a.direction === 'in' ? 'resident' : a.role === 'staff' ? 'staff' : 'bot';
      if (a.name === 'helpbot.note') { who = 'メモ'; cls = 'note'; text = (a.value?.by || '') + ': ' + (a.value?.text || ''); }
      else if (a.name === 'handoff.initiate') { who = '記録'; cls = 'event'; text = '職員への引き継ぎ（' + (URGENCY[a.value?.urgency] || '') + '）'; }
      else if (a.name === 'handoff.status') { who = '記録'; cls = 'event'; text = '状態: ' + (a.value?.state || '') + (a.value?.by ? '（' + a.value.by + '）' : ''); }
      else if (a.name === 'helpbot.transfer') { who = '記録'; cls = 'event'; text = '担当を回しました'; }
      else if (a.type === 'event') continue;
      if (a.cards && a.cards.length) text += (text ? '\n' : '') + '［相談先: ' + a.cards.join('、') + '］';
      const li = el('li', 'msg ' + cls);
      li.append(el('span', 'who', who), el('span', 'when', new Date(a.at).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' })), el('span', 'text', text));
      list.append(li);
    }
    list.scrollTop = list.scrollHeight;
  }

  async function select(id) {
    selected = id;
    renderQueue();
    const d = await api('/api/staff/escalations/' + encodeURIComponent(id));
    const e = d.escalation;
    $('placeholder').hidden = true;
    $('detail').hidden = false;
    $('d-urgency').replaceChildren(el('span', `badge ${e.urgency}`, URGENCY[e.urgency] || e.urgency));
    $('d-kind').textContent = KINDS[e.kind] || e.kind;
    $('d-ward').textContent = e.ward || '不明';
    $('d-channel').textContent = CHANNEL[e.channel] || e.channel;
    $('d-status').textContent = (STATUS[e.status] || e.status) + (e.claimed_by ? '（' + e.claimed_by + '）' : '') + (e.outcome ? '：' + e.outcome : '');
    $('d-topic').textContent = e.topic || '';
    $('d-reason').textContent = (d.routing && d.routing.reason) || e.reason || '';
    $('d-counters').textContent = (d.suggested_counters || []).map((c) => c.name + (c.phone ? `（${c.phone}${c.phone_label ? '・' + c.phone_label : ''}）` : '')).join('、') || 'なし';
    $('claim').hidden = e.status !== 'waiting';
    const mine = e.status === 'claimed' && (e.claimed_by === me.login || me.role === 'admin');
    $('reply-form').hidden = !mine;
    $('close-form').hidden = e.status === 'closed';
    $('transfer-form').hidden = e.status === 'closed';
    $('note-form').hidden = false;
    $('t-ward').value = e.ward || '';
    $('t-kind').value = e.kind;
    const options = [...(canned[e.kind] || []), ...(canned.any || [])];
    const select = $('canned');
    select.replaceChildren(el('option', '', '定型文をえらぶ…'));
    select.firstChild.value = '';
    for (const text of options) { const o = el('option', '', text); o.value = text; select.append(o); }
    renderTranscript(d.transcript, d.transcript_shared);
  }

  async function act(path, body, done) {
    const message = $('action-message');
    message.textContent = '';
    try {
      await api(path, { method: 'POST', body: JSON.stringify(body || {}) });
      if (done) done();
      message.textContent = '送信しました。';
      await loadQueue();
      if (selected) await select(selected);
    } catch (err) {
      message.textContent = err.message;
    }
  }

  function fillSelect(select, entries, blank) {
    if (blank !== undefined) { const o = el('option', '', blank); o.value = ''; select.append(o); }
    for (const [value, label] of entries) { const o = el('option', '', label); o.value = value; select.append(o); }
  }

  function listen() {
    const source = new EventSource('/api/staff/events');
    source.addEventListener('connected', () => { $('live').textContent = '最新の状態を表示中'; });
    source.addEventListener('queueChanged', () => loadQueue().catch(() => {}));
    source.addEventListener('conversationChanged', (m) => {
      const open = queue.find((e) => e.id === selected);
      if (open && open.conversation_id === m.data) select(selected).catch(() => {});
    });
    source.addEventListener('emergencyUnclaimed', () => { beep(); loadQueue().catch(() => {}); });
    source.onerror = () => { $('live').textContent = '再接続中…'; };
  }

  async function start() {
    me = await api('/api/staff/me');
    $('me').textContent = `${me.login}（${me.role === 'admin' ? '管理者' : '職員'}${me.wards.length ? '・' + me.wards.join('、') : ''}）`;
    $('staffing').textContent = me.staffed_now ? '受付時間内' : '受付時間外';
    canned = await api('/api/staff/canned');
    fillSelect($('f-ward'), WARDS.map((w) => [w, w]));
    fillSelect($('f-kind'), Object.entries(KINDS));
    fillSelect($('t-ward'), WARDS.map((w) => [w, w]), '区不明');
    fillSelect($('t-kind'), Object.entries(KINDS));
    ['f-status', 'f-ward', 'f-kind'].forEach((id) => $(id).addEventListener('change', () => (id === 'f-status' ? loadQueue() : renderQueue())));
    $('claim').addEventListener('click', () => act(`/api/staff/escalations/${selected}/claim`));
    $('canned').addEventListener('change', (ev) => { if (ev.target.value) { $('reply').value = ev.target.value; $('reply').focus(); } });
    $('reply').addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) $('reply-form').requestSubmit(); });
    $('reply-form').addEventListener('submit', (ev) => { ev.preventDefault(); const t = $('reply').value.trim(); if (t) act(`/api/staff/escalations/${selected}/reply`, { text: t }, () => { $('reply').value = ''; }); });
    $('note-form').addEventListener('submit', (ev) => { ev.preventDefault(); const t = $('note').value.trim(); if (t) act(`/api/staff/escalations/${selected}/notes`, { text: t }, () => { $('note').value = ''; }); });
    $('transfer-form').addEventListener('submit', (ev) => { ev.preventDefault(); act(`/api/staff/escalations/${selected}/transfer`, { ward: $('t-ward').value || null, kind: $('t-kind').value }); });
    $('close-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const choice = $('outcome').value, note = $('outcome-note').value.trim();
      if (!confirm('この相談を終了します。ボットが住民への案内を再開します。よろしいですか？')) return;
      act(`/api/staff/escalations/${selected}/close`, { outcome: choice === 'unreachable' ? choice : (note ? `${choice}：${note}` : choice) }, () => { $('outcome-note').value = ''; });
    });
    $('sound').addEventListener('click', async () => {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      await audio.resume();
      $('sound').textContent = '音：オン';
      beep();
    });
    $('logout').addEventListener('click', async () => { await api('/api/staff/logout', { method: 'POST' }).catch(() => {}); location.assign('/staff/login'); });
    setInterval(renderQueue, 1000);
    setInterval(() => loadQueue().catch(() => {}), 30000);
    await loadQueue();
    listen();
  }

  start().catch((err) => { $('live').textContent = err.message; });
})();

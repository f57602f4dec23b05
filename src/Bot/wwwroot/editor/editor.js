// The editor page. Text from content and from residents is shown with textContent; only the
// search highlight (HTML-escaped on the server, with <mark>) is turned into elements, by hand.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const WARDS = ['川崎区', '幸区', '中原区', '高津区', '宮前区', '多摩区', '麻生区'];
  const { el, request } = window.HelpBotPage;
  const api = (path, options) => request(path, options, '/editor');

  /** The server's highlight is escaped text with <mark>…</mark>: rebuild it without innerHTML. */
  function highlighted(html) {
    const span = el('span');
    const parts = html.split(/(<mark>|<\/mark>)/);
    let inMark = false;
    for (const part of parts) {
      if (part === '<mark>') { inMark = true; continue; }
      if (part === '</mark>') { inMark = false; continue; }
      const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent;
      span.append(inMark ? el('mark', '', text) : document.createTextNode(text));
    }
    return span;
  }

  function showGeneration(g) {
    const dl = $('generation');
    dl.replaceChildren();
    const rows = [
      ['世代', g.name], ['作成', new Date(g.built_at).toLocaleString('ja-JP')],
      ['文書', `${g.documents}（` + Object.entries(g.documents_by_collection).map(([k, v]) => `${k} ${v}`).join('、') + '）'],
      ['相談先', g.counters], ['コミット', g.content_commit ? g.content_commit.slice(0, 10) : '（git ではありません）'],
    ];
    for (const [k, v] of rows) { const d = el('div'); d.append(el('dt', '', k), el('dd', '', v)); dl.append(d); }
    $('stale-count').textContent = `（${g.stale_counters.length}件）`;
    $('stale').replaceChildren(...g.stale_counters.map((s) => el('li', '', `${s.id}：${s.verified}`)));
  }

  async function loadGeneration() {
    const r = await api('/api/editor/generation');
    if (r.status === 200) showGeneration(r.body);
  }

  async function reindex() {
    $('reindex').disabled = true;
    $('reindex-status').textContent = '再構築しています…';
    $('errors').replaceChildren();
    try {
      const r = await api('/api/editor/reindex', { method: 'POST' });
      if (r.status === 200) {
        $('reindex-status').textContent = `新しい索引 ${r.body.generation.name} に切り替えました（警告 ${r.body.warnings.length} 件）。`;
        showGeneration(r.body.generation);
      } else if (r.status === 422) {
        $('reindex-status').textContent = `エラーが ${r.body.errors.length} 件あります。いまの索引のまま変わっていません。`;
        $('errors').replaceChildren(...r.body.errors.map((e) => el('li', '', e.text)));
      } else {
        $('reindex-status').textContent = r.body?.error?.message || `エラー（${r.status}）`;
      }
    } finally {
      $('reindex').disabled = false;
    }
  }

  async function preview(ev) {
    ev.preventDefault();
    const r = await api('/api/editor/preview', { method: 'POST', body: JSON.stringify({ text: $('question').value, ward: $('ward').value || null }) });
    const box = $('preview');
    box.replaceChildren();
    if (r.status !== 200) { box.append(el('p', '', r.body?.error?.message || `エラー（${r.status}）`)); return; }
    const d = r.body.decision;
    box.append(el('p', 'decision', `窓口: ${d.kind}　緊急度: ${d.urgency}　確信度: ${d.confidence}` + (d.handoff ? '　職員へ引き継ぎ' : '') + (d.ward ? `　区: ${d.ward}` : '')));
    box.append(el('p', '', '理由: ' + d.reason));
    if (r.body.answer) {
      box.append(el('h3', '', 'ボットの答え'), el('p', '', r.body.answer.text), el('p', 'muted', '出典: ' + r.body.answer.title + '（' + r.body.answer.source + '）'));
    }
    if (r.body.ward_question) box.append(el('p', '', 'ボットがたずねること: ' + r.body.ward_question.text + ' ［' + r.body.ward_question.options.join(' / ') + '］'));
    if (d.counters.length) {
      box.append(el('h3', '', '相談先カード'));
      for (const c of d.counters) {
        const card = el('div', 'card');
        card.append(el('strong', '', c.name), el('div', '', [c.phone, c.phone_label && `（${c.phone_label}）`, c.hours].filter(Boolean).join(' ')), el('div', 'muted', (c.address || '') + `　確認日 ${c.verified}`));
        box.append(card);
      }
    }
    box.append(el('h3', '', '見つかった文書'));
    r.body.passages.forEach((p, i) => {
      const div = el('div', 'passage');
      div.append(el('div', '', `${i + 1}. ${d.passages[i].title}（${d.passages[i].collection}、スコア ${d.passages[i].score}）`), highlighted(p.highlight), el('div', 'muted', p.explanation));
      box.append(div);
    });
  }

  async function loadUnanswered() {
    const r = await api('/api/editor/unanswered');
    if (r.status !== 200) return;
    const list = $('unanswered');
    const reasons = { low_confidence: '確信度が低い', out_of_scope: '範囲外', not_helpful: '「いいえ」' };
    list.replaceChildren(...r.body.map((g) => {
      const li = el('li');
      li.append(el('span', 'count', `${g.count}件`), el('span', '', g.representative),
        el('div', 'muted', '最後: ' + new Date(g.last_seen).toLocaleString('ja-JP') + '　' + Object.entries(g.reasons).map(([k, v]) => `${reasons[k] || k} ${v}`).join('、')));
      return li;
    }));
    if (!r.body.length) list.append(el('li', 'muted', 'ありません。'));
  }

  for (const w of WARDS) { const o = el('option', '', w); o.value = w; $('ward').append(o); }
  $('reindex').addEventListener('click', reindex);
  $('preview-form').addEventListener('submit', preview);
  $('logout').addEventListener('click', async () => { await api('/api/staff/logout', { method: 'POST' }).catch(() => {}); location.assign('/staff/login?ReturnUrl=/editor'); });
  loadGeneration();
  loadUnanswered();
})();

// Drives HelpBot with the official Bot Framework Direct Line client (botframework-directlinejs),
// as Web Chat does, in WebSocket or polling mode:
//   node directline-conversation.js http://127.0.0.1:PORT websocket|polling
// A resident opens the chat, writes a worry, picks 中原区 from the quick replies and gets the card.
// Prints one JSON line with what happened; exits non-zero (with the reason on stderr) on any failure.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [base, mode = 'websocket'] = process.argv.slice(2);
if (!base || !['websocket', 'polling'].includes(mode)) {
  console.error('usage: node directline-conversation.js BASE_URL websocket|polling');
  process.exit(2);
}

const deadline = setTimeout(() => fail(new Error('timed out')), 45000);
const received = [];
const statuses = [];
let waiters = [];

function fail(error) {
  console.error(`FAILED (${mode}): ${error && error.stack ? error.stack : error}`);
  console.error(`statuses: ${statuses.join(',')}; received: ${JSON.stringify(received.map(a => [a.type, a.id, (a.text || '').slice(0, 30)]))}`);
  process.exit(1);
}

function waitFor(what, match) {
  const found = received.find(match);
  if (found) return Promise.resolve(found);
  return new Promise(resolve => waiters.push({ what, match, resolve }));
}

function post(directLine, activity) {
  return new Promise((resolve, reject) =>
    directLine.postActivity(activity).subscribe(id => (id === 'retry' ? reject(new Error('post answered retry')) : resolve(id)), reject));
}

const isBot = a => a.from && a.from.role === 'bot';

async function main() {
  const response = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`token: HTTP ${response.status}`);
  const { token, conversationId, expires_in } = await response.json();

  const directLine = new DirectLine({
    token,
    domain: `${base}/v3/directline`,
    webSocket: mode === 'websocket',
    pollingInterval: 200
  });
  directLine.connectionStatus$.subscribe(status => statuses.push(ConnectionStatus[status]));
  directLine.activity$.subscribe(
    activity => {
      received.push(activity);
      waiters = waiters.filter(w => (w.match(activity) ? (w.resolve(activity), false) : true));
    },
    error => fail(error)
  );

  const welcome = await waitFor('the welcome', a => isBot(a) && a.suggestedActions && a.suggestedActions.actions.length > 0);
  if (directLine.conversationId !== conversationId) throw new Error('the client talks to another conversation than the token says');

  const worryId = await post(directLine, {
    type: 'message',
    from: { id: 'r_node', role: 'user' },
    text: '母が最近もの忘れがひどくて心配です',
    locale: 'ja-JP',
    channelData: { clientActivityID: `node-${mode}-1` }
  });
  const echo = await waitFor('the echo of the worry', a => a.id === worryId);
  if (!echo.channelData || echo.channelData.clientActivityID !== `node-${mode}-1`) throw new Error('the echo lost channelData.clientActivityID');
  if (echo.from.role !== 'user') throw new Error('the echo is not from the user');
  await waitFor('the answer', a => isBot(a) && (a.text || '').includes('地域包括支援センター'));
  const question = await waitFor('the ward question', a => isBot(a) && a.suggestedActions && a.suggestedActions.actions.some(x => x.title === '中原区'));

  const ward = question.suggestedActions.actions.find(x => x.title === '中原区');
  const wardId = await post(directLine, {
    type: 'message',
    from: { id: 'r_node', role: 'user' },
    text: ward.value,
    channelData: { clientActivityID: `node-${mode}-2` }
  });
  await waitFor('the echo of the ward', a => a.id === wardId);
  const card = await waitFor('the 中原区 card', a =>
    isBot(a) && (a.attachments || []).some(x => x.contentType === 'application/vnd.microsoft.card.hero' && (x.content.title || '').includes('中原区の地域包括支援センター')));

  const ids = received.filter(a => a.id && a.type !== 'typing').map(a => a.id);
  const typing = received.some(a => a.type === 'typing');
  const internal = received.filter(a => a.type === 'event' || a.type === 'conversationUpdate');
  directLine.end();
  clearTimeout(deadline);
  console.log(JSON.stringify({
    ok: true,
    mode,
    conversationId,
    expires_in,
    welcome: welcome.text,
    card: card.attachments[0].content.title,
    messages: ids.length,
    duplicates: ids.length - new Set(ids).size,
    typing,
    internal: internal.length,
    watermark: directLine.watermark,
    statuses
  }));
  process.exit(0);
}

main().catch(fail);

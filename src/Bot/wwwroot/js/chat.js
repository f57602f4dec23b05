// The residents' chat page: gets a token for a new conversation from this server (no secret ever
// reaches the browser) and renders the official Web Chat over Direct Line — WebSocket first, polling
// when the socket cannot be opened (a proxy that drops upgrades, a blocked port).
(function () {
  'use strict';

  var domain = window.location.origin + '/v3/directline';
  var host = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var nonceMeta = document.querySelector('meta[name="csp-nonce"]');
  var nonce = nonceMeta ? nonceMeta.getAttribute('content') : undefined;

  function text(id) {
    var template = document.getElementById(id);
    return template ? template.textContent.trim() : '';
  }

  function say(message) {
    status.textContent = message;
  }

  // The city's look: its blue, generous sizes, every quick reply visible at once.
  var styleOptions = {
    accent: '#00558c',
    primaryFont: '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif',
    backgroundColor: '#ffffff',
    bubbleBackground: '#eef3f8',
    bubbleBorderColor: '#c9d6e3',
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 1,
    bubbleTextColor: '#1a1a1a',
    bubbleFromUserBackground: '#00558c',
    bubbleFromUserBorderColor: '#00558c',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 600,
    botAvatarInitials: '川',
    botAvatarBackgroundColor: '#00558c',
    hideUploadButton: true,
    sendBoxButtonColor: '#00558c',
    sendBoxTextWrap: true,
    sendBoxHeight: 56,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#00558c',
    suggestedActionBorderRadius: 20,
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: '#00558c',
    suggestedActionHeight: 44,
    subtle: '#595959',
    timestampColor: '#595959'
  };

  function postToken() {
    return fetch('/api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('token: HTTP ' + response.status);
        return response.json();
      });
  }

  // A WebSocket that reports when it closes before anything came through it: then streaming is not possible here.
  var NativeWebSocket = window.WebSocket;

  function watchedWebSocket(onUnusable) {
    var Native = NativeWebSocket;
    function Watched(url, protocols) {
      var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
      var received = false;
      socket.addEventListener('message', function () { received = true; });
      socket.addEventListener('close', function () { if (!received) onUnusable(); });
      return socket;
    }
    Watched.prototype = Native.prototype;
    Watched.CONNECTING = Native.CONNECTING;
    Watched.OPEN = Native.OPEN;
    Watched.CLOSING = Native.CLOSING;
    Watched.CLOSED = Native.CLOSED;
    return Watched;
  }

  var statusSubscription;

  function render(directLine) {
    var frame = document.createElement('div');
    host.replaceChildren(frame);
    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: 'ja-JP',
      styleOptions: styleOptions,
      nonce: nonce
    }, frame);
    if (statusSubscription) statusSubscription.unsubscribe();
    statusSubscription = directLine.connectionStatus$.subscribe(function (state) {
      // 2 = online; 4 = failed to connect; 3 = expired token, 5 = ended.
      if (state === 2) say('');
      else if (state === 3 || state === 4 || state === 5) say(text('text-failed'));
    });
  }

  // Same token, same conversation, now by polling: the transcript is read again from the start.
  function startPolling(streaming) {
    var token = streaming.token;
    var conversationId = streaming.conversationId;
    if (statusSubscription) statusSubscription.unsubscribe();
    statusSubscription = null;
    streaming.end();
    render(window.WebChat.createDirectLine({ token: token, conversationId: conversationId, domain: domain, webSocket: false }));
  }

  function start() {
    say(text('text-connecting'));
    postToken().then(function (conversation) {
      var fellBack = false;
      var directLine;
      var WebSocketForChat = watchedWebSocket(function () {
        if (fellBack || !directLine || !directLine.conversationId) return;
        fellBack = true;
        startPolling(directLine);
      });
      // Web Chat's createDirectLine takes no WebSocket option; Direct Line uses the page's, so the page's is watched.
      window.WebSocket = WebSocketForChat;
      directLine = window.WebChat.createDirectLine({ token: conversation.token, domain: domain, webSocket: true });
      render(directLine);
    }).catch(function () {
      say(text('text-failed'));
    });
  }

  document.querySelector('.skip-link').addEventListener('click', function (event) {
    var input = host.querySelector('input[type="text"], textarea');
    if (input) {
      event.preventDefault();
      input.focus();
    }
  });

  if (!window.WebChat) {
    say(text('text-failed'));
    return;
  }
  start();
})();

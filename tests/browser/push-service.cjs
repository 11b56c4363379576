// A local RFC 8030 push service for the browser tests: web-push-testing's own server (it
// checks the VAPID signature against the subscription's applicationServerKey, decrypts
// aes128gcm and keeps the plaintext for /get-notifications), listening on loopback only.
// Usage: node push-service.cjs <port>; prints "ready" once listening.
'use strict';
const TestingServer = require('web-push-testing/src/server.js');
const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');

const port = Number(process.argv[2]);
const server = new TestingServer(new PushApiModel(), port);
// startServer() listens on every interface: the same, on 127.0.0.1 only.
server._server = server._app.listen(port, '127.0.0.1', () => console.log('ready'));
server._server.on('error', (e) => { console.error(e); process.exit(1); });
server.setRequestHandlers();

// MaCNSS's service worker: shows a push notification and opens the message it names.
//
// A push carries only {id, title, body} (crates/api/src/push.rs, PushPayload): a generic
// title and sentence in the device's language and the inbox message's id — nothing personal.
// The notification's tag is that id, so a push delivered twice (at-least-once delivery) is
// shown once. A click opens /espace/messages/<id>, where the app fetches the message once
// signed in and shows the screen it concerns.
//
// No caching, no fetch handler: the app is never served from here.

'use strict';

const ID = /^[A-Za-z0-9_-]{43}$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** The notification a push shows: its own words, or the inbox's generic one. */
function notification(data) {
    let p = null;
    try {
        p = data ? data.json() : null;
    } catch (e) {
        p = null;
    }
    const id = p && typeof p.id === 'string' && ID.test(p.id) ? p.id : null;
    return {
        title: p && typeof p.title === 'string' && p.title ? p.title : 'CNSS',
        options: {
            body: p && typeof p.body === 'string' ? p.body : '',
            tag: id || 'macnss-inbox',
            dir: 'auto',
            icon: '/notification-icon.png',
            data: { path: id ? '/espace/messages/' + id : '/espace/messages' },
        },
    };
}

self.addEventListener('push', (event) => {
    const n = notification(event.data);
    event.waitUntil(self.registration.showNotification(n.title, n.options));
});

/**
 * Opens `path` in a window of the app: one already open is told to go there itself (a page
 * load would end the session, which the web app keeps in the tab's memory only), else a new
 * window, where the person signs in first.
 */
async function open(path) {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const mine = windows.find((w) => new URL(w.url).origin === self.location.origin);
    if (mine) {
        mine.postMessage({ macnss: 'open', path });
        await mine.focus().catch(() => {});
        return;
    }
    await self.clients.openWindow(new URL(path, self.location.origin).href);
}

self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const path = (event.notification.data && event.notification.data.path) || '/espace/messages';
    event.waitUntil(open(path));
});

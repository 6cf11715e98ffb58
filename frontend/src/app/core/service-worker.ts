/**
 * Registers the service worker (public/sw.js): the application shell stays available on a phone
 * with a weak network, and the browser can install Liaison. It needs a secure context (HTTPS or
 * localhost); anywhere else, or if registration fails, the application works as before.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .catch((e: unknown) => console.warn('Service worker not registered', e));
  } catch (e) {
    console.warn('Service worker not registered', e);
  }
}

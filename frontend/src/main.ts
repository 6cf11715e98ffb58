import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { login } from './app/core/auth';
import { registerServiceWorker } from './app/core/service-worker';

function start(): void {
  login()
    .then(() => bootstrapApplication(App, appConfig))
    .then(() => registerServiceWorker())
    .catch((err) => {
      console.error(err);
      document.documentElement.classList.remove('welcome');
      const box = document.getElementById(navigator.onLine ? 'boot-error' : 'boot-offline');
      if (box) box.hidden = false;
    });
}

// The start page's welcome: public/start.js (a plain script in the page's head, so it runs before
// the first paint, and kept tiny: it counts in the initial load) shows it on "/" when this device
// has not logged in yet or has logged out, unless Keycloak is returning to the page. There, log in
// on the button; anywhere else (a link from an e-mail, a device that has logged in before),
// straight to the login server as before.
const welcome = document.documentElement.classList.contains('welcome');
const button = document.getElementById('welcome-login');
if (welcome && button) {
  registerServiceWorker();
  button.addEventListener('click', start, { once: true });
} else {
  start();
}

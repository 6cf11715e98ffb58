import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { login } from './app/core/auth';
import { registerServiceWorker } from './app/core/service-worker';

login()
  .then(() => bootstrapApplication(App, appConfig))
  .then(() => registerServiceWorker())
  .catch((err) => {
    console.error(err);
    const box = document.getElementById(navigator.onLine ? 'boot-error' : 'boot-offline');
    if (box) box.hidden = false;
  });

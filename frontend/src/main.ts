import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { login } from './app/core/auth';

login()
  .then(() => bootstrapApplication(App, appConfig))
  .catch((err) => {
    console.error(err);
    const box = document.getElementById('boot-error');
    if (box) box.hidden = false;
  });

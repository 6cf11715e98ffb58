import { Injectable, Pipe, PipeTransform, inject, signal } from '@angular/core';
import { Feature, catalogue, loadMessages } from './catalogue';
import { Lang, MessageKey } from './messages';

const STORAGE_KEY = 'liaison.lang';

/**
 * The UI language (French by default) and the translation of catalogue keys. Dates are written
 * by the pipes of i18n/dates.ts, lazily loaded with the features that show them.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  readonly lang = signal<Lang>(I18n.initialLang());

  constructor() {
    document.documentElement.lang = this.lang();
  }

  private static initialLang(): Lang {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  }

  use(lang: Lang): void {
    this.lang.set(lang);
    localStorage.setItem(STORAGE_KEY, lang);
    document.documentElement.lang = lang;
  }

  t(key: MessageKey | string, params: Record<string, string | number> = {}): string {
    const entry = catalogue()[key];
    const text = entry ? entry[this.lang()] : key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  }
}

/** {{ 'key' | t }} or {{ 'key' | t: { name: value } }}; re-renders when the language changes. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: MessageKey | string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}

/**
 * loadComponent / loadChildren of a route that fetches the feature's texts alongside its code: the
 * route renders only once both are there, so no raw key ever flashes, and no round trip is added.
 */
export function withMessages<T>(features: Feature[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadMessages(features)]).then(([loaded]) => loaded);
}

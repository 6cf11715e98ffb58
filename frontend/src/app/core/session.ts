import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { loadMessages } from '../i18n/catalogue';
import { CurrentUser } from './models';
import { callError } from './problem';

/**
 * Who is logged in, as the directory knows him or her. It reads /api/me itself rather than through
 * Api, which the shell would otherwise pull, with all its calls, into the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  readonly user = signal<CurrentUser | null>(null);
  readonly failed = signal(false);
  readonly problem = signal('error.generic');

  load(): void {
    this.failed.set(false);
    this.http.get<CurrentUser>('/api/me').subscribe({
      next: (user) => this.user.set(user),
      // Its texts are shared ones, not in the first chunk (only the network's is there).
      error: (e) => {
        const fail = () => {
          this.problem.set(callError(e).messageKey);
          this.failed.set(true);
        };
        loadMessages([]).then(fail, fail);
      },
    });
  }

  hasRole(role: string): boolean {
    return this.user()?.roles.includes(role) ?? false;
  }

  isCaseManager(): boolean {
    return this.user()?.roles.includes('case_manager') ?? false;
  }
}

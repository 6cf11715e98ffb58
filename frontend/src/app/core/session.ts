import { Injectable, inject, signal } from '@angular/core';
import { Api } from './api';
import { CurrentUser } from './models';
import { callError } from './problem';

/** Who is logged in, as the directory knows him or her. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly api = inject(Api);
  readonly user = signal<CurrentUser | null>(null);
  readonly failed = signal(false);
  readonly problem = signal('error.generic');

  load(): void {
    this.failed.set(false);
    this.api.me().subscribe({
      next: (user) => this.user.set(user),
      error: (e) => {
        this.problem.set(callError(e).messageKey);
        this.failed.set(true);
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

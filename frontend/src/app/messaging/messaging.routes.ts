import { Routes } from '@angular/router';
import { withMessages } from '../i18n/i18n';
import { ConversationPlaceholder } from './conversation-placeholder';
import { MessagesPage } from './messages-page';

/** /messages: the list on the left, the conversation (or the new-conversation form) on the right. */
export const MESSAGING_ROUTES: Routes = [
  {
    path: '',
    component: MessagesPage,
    children: [
      { path: '', component: ConversationPlaceholder },
      {
        path: 'new',
        loadComponent: () => import('./new-conversation').then((m) => m.NewConversation),
      },
      {
        path: ':id',
        // The picker's texts and the sizes of the files joined to messages.
        loadComponent: withMessages(['directory', 'attachments'], () =>
          import('./conversation-view').then((m) => m.ConversationView),
        ),
      },
    ],
  },
];

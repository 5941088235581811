import './styles/app.css';
import './styles/forum.css';
import './styles/work.css';
import './styles/drafts.css';
import './styles/board.css';
import './styles/documents.css';
import './styles/sessions.css';
import './styles/reports.css';
import './styles/speakers.css';
import './styles/translation.css';
import './styles/radar.css';
import './app/plenary-app';
import { api } from './app/api';
import { reconcileLanguageAfterSignIn } from './app/language-choice';
import type { ClientConfig } from './app/model';
import { startSession } from './app/session';
import { detectLanguage, useLanguage } from './i18n/i18n';

async function boot(): Promise<void> {
  await useLanguage(detectLanguage(), { remember: false });
  const app = document.querySelector('plenary-app');
  if (!app) {
    return;
  }
  try {
    await startSession(await api.get<ClientConfig>('/client-config'));
    await reconcileLanguageAfterSignIn().catch(() => {
      // keeping this browser's language is a fine outcome when the account cannot be updated
    });
  } catch (error) {
    app.fail(error);
  }
  app.start();
}

void boot();

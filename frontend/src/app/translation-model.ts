import type { Language } from '../i18n/catalogue';

/** An unofficial machine translation (GET /posts/{id}/translation?to=): never the record, always beside it. */
export interface MachineTranslation {
  kind: 'post' | 'thread' | 'summary' | 'paragraph' | 'report' | 'practice';
  id: string;
  version: number;
  /** Sanitised by the server. */
  html: string;
  from: Language;
  to: Language;
  /** apertium or libretranslate */
  engine: string;
  /** The languages it went through (English to French through Spanish). */
  via: Language[];
  machine: true;
  cached: boolean;
  notice: string;
}

/** The engine as readers know it. */
export function engineName(engine: string): string {
  switch (engine) {
    case 'apertium':
      return 'Apertium';
    case 'libretranslate':
      return 'LibreTranslate';
    default:
      return engine;
  }
}

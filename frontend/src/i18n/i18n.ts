import en from './messages/en';
import { formatMessage } from './format';
import { directionOf, isLanguage, type Language, type MessageKey, type Messages } from './catalogue';
import { notifyChange } from '../app/store';

// English ships with the first page (it is also the fallback); the others load on demand.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  ar: () => import('./messages/ar'),
  zh: () => import('./messages/zh'),
  fr: () => import('./messages/fr'),
  ru: () => import('./messages/ru'),
  es: () => import('./messages/es'),
};

const STORAGE_KEY = 'plenary.language';

let current: Language = 'en';
let messages: Messages = en;
let numbers = new Intl.NumberFormat('en');

export function language(): Language {
  return current;
}

/** The language this browser chose explicitly with the switcher, if any. */
export function rememberedLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // storage may be disabled; the browser's languages still apply
  }
}

/** The remembered choice, else the first of the browser's languages that Plenary speaks, else English. */
export function detectLanguage(preferred: readonly string[] = navigator.languages ?? []): Language {
  const remembered = rememberedLanguage();
  if (remembered) {
    return remembered;
  }
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) {
      return base;
    }
  }
  return 'en';
}

export async function useLanguage(next: Language, options: { remember: boolean }): Promise<void> {
  messages = next === 'en' ? en : (await loaders[next]()).default;
  current = next;
  numbers = new Intl.NumberFormat(next);
  document.documentElement.lang = next;
  document.documentElement.dir = directionOf(next);
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across visits, but still applied now
    }
  }
  notifyChange();
}

/**
 * The message in the current language, an ICU MessageFormat pattern: {name} takes a parameter, numbers are
 * formatted for the language, and {count, plural, ...} picks the language's plural form (Russian and Arabic
 * have more than two).
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[key] ?? en[key];
  if (!params) {
    return template;
  }
  return formatMessage(template, current, params);
}

/**
 * A message whose key is built at run time (a topic's or tag's id), or undefined when the catalogue has
 * none: the caller then shows what the server sent.
 */
export function message(key: string): string | undefined {
  return (messages as Record<string, string>)[key] ?? (en as Record<string, string>)[key];
}

export function formatNumber(value: number): string {
  return numbers.format(value);
}

export function formatDateTime(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(current, options ?? { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days", "2 hours ago": the largest whole unit, in the current language. */
export function formatRelative(value: Date | string, now: Date = new Date()): string {
  const difference = new Date(value).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(difference) >= size) {
      return format.format(Math.round(difference / size), unit);
    }
  }
  return format.format(Math.round(difference / 60_000), 'minute');
}

/** The name of a language (BCP 47 tag) in the current language: "fr" reads "French", or "francés" in Spanish. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Text in another language (a thread's title) kept whole inside a sentence of the interface: Unicode isolates. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "France, Estonia and Brazil", joined as the current language joins lists. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { style: 'long', type: 'conjunction' }).format(items);
}

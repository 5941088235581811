import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatMessage } from './format';
import { LANGUAGES, type Language, type Messages } from './catalogue';
import en from './messages/en';
import ar from './messages/ar';
import zh from './messages/zh';
import fr from './messages/fr';
import ru from './messages/ru';
import es from './messages/es';

const catalogues: Record<Language, Messages> = { ar, zh, en, fr, ru, es };

/** The parameters a pattern takes, plural and plain alike. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      Object.values(element.options).forEach((option) => argumentsOf(option.value, into));
    }
  }
  return into;
}

describe('the catalogues', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every message is valid MessageFormat and takes the parameters the English one takes`, () => {
      for (const [key, english] of Object.entries(en)) {
        const translated = catalogues[language][key as keyof Messages];
        const expected = [...argumentsOf(parse(english, { ignoreTag: true }))].sort();
        const actual = [...argumentsOf(parse(translated, { ignoreTag: true }))].sort();
        expect(actual, `${language} ${key}`).toEqual(expected);
      }
    });
  }
});

describe('plural forms', () => {
  const states = (language: Language, count: number) =>
    formatMessage(catalogues[language]['summary.stateCount'], language, { count });

  it('Russian: 1 государство, 2 государства, 5 государств, 21 государство', () => {
    expect([1, 2, 5, 21].map((n) => states('ru', n))).toEqual([
      '1 государство',
      '2 государства',
      '5 государств',
      '21 государство',
    ]);
  });

  it('Arabic: one, the dual, 3-10 and 11-99 take their own forms', () => {
    expect([1, 2, 5, 21].map((n) => states('ar', n))).toEqual(['دولة واحدة', 'دولتان', '5 دول', '21 دولة']);
  });

  it('English and French say "1 State" but "2 States"; French counts 0 as singular', () => {
    expect([1, 2, 5, 21].map((n) => states('en', n))).toEqual(['1 State', '2 States', '5 States', '21 States']);
    expect(states('fr', 0)).toBe('0 État');
  });

  it('a second plural in one message: the days of an engagement in Russian', () => {
    const days = (n: number) => formatMessage(ru['board.days'], 'ru', { overlap: 1, days: n });
    expect([1, 2, 5, 21].map(days)).toEqual(['(1 из 1 дня)', '(1 из 2 дней)', '(1 из 5 дней)', '(1 из 21 дня)']);
  });
});

describe('plain messages', () => {
  it('place parameters and format numbers for the language, as before', () => {
    expect(formatMessage(en['directory.shown'], 'en', { count: 1234 })).toBe('Shown: 1,234');
    expect(formatMessage(fr['directory.shown'], 'fr', { count: 1234 })).toMatch(/1\s234/);
  });

  it('show a "<" and an apostrophe as written', () => {
    expect(formatMessage("The State's <b>{name}</b>", 'en', { name: 'France' })).toBe("The State's <b>France</b>");
  });

  it('leave the message whole when a parameter is missing', () => {
    expect(formatMessage('Post {number}', 'en', {})).toBe('Post {number}');
  });
});

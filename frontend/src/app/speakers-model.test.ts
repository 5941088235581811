import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/format';
import ar from '../i18n/messages/ar';
import en from '../i18n/messages/en';
import ru from '../i18n/messages/ru';
import { allEntries, changesList, type SpeakersEntry, type SpeakersList } from './speakers-model';

const entry = (id: string, kind: SpeakersEntry['kind']): SpeakersEntry => ({
  id,
  position: 1,
  organization: { id, name: id, kind: 'state' },
  category: 'state',
  kind,
  status: 'waiting',
  seconds: 300,
  inscribedAt: '2026-12-03T10:00:00Z',
});

describe('a live speakers list', () => {
  it('reads again only for an event about its own item that is newer than what it holds', () => {
    expect(changesList({ agendaItemId: 'item-5', version: 4 }, 'item-5', 3)).toBe(true);
    expect(changesList({ agendaItemId: 'item-5', version: 3 }, 'item-5', 3)).toBe(false);
    expect(changesList({ agendaItemId: 'item-4', version: 9 }, 'item-5', 3)).toBe(false);
    expect(changesList({ agendaItemId: 'item-5' }, 'item-5', 3)).toBe(true);
  });

  it('lists statements before the rights of reply of the day', () => {
    const list: SpeakersList = {
      sessionId: 's',
      agendaItemId: 'i',
      version: 1,
      limits: { nationalSeconds: 300, groupSeconds: 420, firstReplySeconds: 300, secondReplySeconds: 180 },
      statements: [entry('BRA', 'statement')],
      repliesOfTheDay: [entry('RUS', 'right-of-reply')],
    };
    expect(allEntries(list).map((e) => e.id)).toEqual(['BRA', 'RUS']);
  });
});

describe('time limits in words', () => {
  const minutes = (messages: typeof en, language: string, n: number) =>
    formatMessage(messages['speakers.minutes'], language, { minutes: n });

  it('English, Russian and Arabic plural forms', () => {
    expect([1, 5].map((n) => minutes(en, 'en', n))).toEqual(['1 minute', '5 minutes']);
    expect([1, 3, 5].map((n) => minutes(ru, 'ru', n))).toEqual(['1 минута', '3 минуты', '5 минут']);
    expect([1, 2, 3].map((n) => minutes(ar, 'ar', n))).toEqual(['دقيقة واحدة', 'دقيقتان', '3 دقائق']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';
import en from './messages/en';
import ar from './messages/ar';
import ru from './messages/ru';
import zh from './messages/zh';

/** The counts of topic cards and thread lists, which once read "1 threads" and one form for every number. */
describe('counts in topic cards and thread lists', () => {
  const threads = (messages: typeof en, language: string, count: number) =>
    formatMessage(messages['topics.threadCount'], language, { count });

  it('English: no thread yet, 1 thread, 2 threads', () => {
    expect([0, 1, 2].map((n) => threads(en, 'en', n))).toEqual(['No thread yet', '1 thread', '2 threads']);
  });

  it('Russian: one, few and many forms', () => {
    expect([1, 3, 5, 21].map((n) => threads(ru, 'ru', n))).toEqual([
      '1 обсуждение',
      '3 обсуждения',
      '5 обсуждений',
      '21 обсуждение',
    ]);
  });

  it('Arabic: one, the dual, 3-10 and 11-99 take their own forms', () => {
    expect([1, 2, 5, 11].map((n) => threads(ar, 'ar', n))).toEqual([
      'سلسلة نقاش واحدة',
      'سلسلتا نقاش',
      '5 سلاسل نقاش',
      '11 سلسلة نقاش',
    ]);
  });

  it('the States that spoke: "1 State spoke", "2 States spoke", and Russian "5 государств"', () => {
    const states = (messages: typeof en, language: string, count: number) =>
      formatMessage(messages['activity.states'], language, { count, codes: 'FRA' });
    expect(states(en, 'en', 1)).toBe('1 State spoke: FRA');
    expect(states(en, 'en', 2)).toBe('2 States spoke: FRA');
    expect(states(ru, 'ru', 5)).toBe('Выступили 5 государств: FRA');
    expect(states(zh, 'zh', 1)).toBe('1 个国家发言：FRA');
  });

  it('posts and positions of a thread', () => {
    expect(formatMessage(en['activity.posts'], 'en', { count: 0 })).toBe('No posts yet');
    expect(formatMessage(en['activity.posts'], 'en', { count: 1 })).toBe('1 post');
    expect(formatMessage(ru['activity.positions'], 'ru', { count: 2 })).toBe('2 официальные позиции');
    expect(formatMessage(ar['activity.positions'], 'ar', { count: 2 })).toBe('موقفان رسميان');
  });
});

import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('shows a rewritten clause as one deleted run and one inserted run, not words interleaved', () => {
    const parts = wordDiff(
      'States condemned the ransomware attacks attributed to State actors against hospitals.',
      'States expressed concern at the increase in ransomware attacks against hospitals.',
    );
    expect(parts.filter((part) => part.op === 'delete')).toHaveLength(1);
    expect(parts.filter((part) => part.op === 'insert')).toHaveLength(1);
    expect(parts[0]).toEqual({ op: 'equal', text: 'States ' });
    expect(parts.map((part) => part.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(parts.find((part) => part.op === 'delete')?.text).toContain('condemned the ransomware attacks attributed');
  });

  it('keeps both texts whole: the equal and deleted runs give the old text, the equal and inserted the new', () => {
    const before = 'The dialogue should guide national policies and report on them.';
    const after = 'The dialogue may guide national policy and discuss them over time.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('leaves a long unchanged stretch between two changes as it is', () => {
    const parts = wordDiff(
      'Alpha said the framework remains valid for every State present.',
      'Beta said the framework remains valid for every State here.',
    );
    expect(parts.map((part) => part.op)).toEqual(['delete', 'insert', 'equal', 'delete', 'insert', 'equal']);
    expect(parts[2].text).toBe(' said the framework remains valid for every State ');
  });
});

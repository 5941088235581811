import { describe, expect, it } from 'vitest';
import { figureOf, place, signed, type Radar, type RadarSignalFigures } from './radar-model';

const figures = {
  signal: { id: 's1', title: 'Ransomware' },
  all: { group: 'all', shown: true, raters: 10, likelihood: 3.5, impact: 4 },
  constituencies: [
    { group: 'states', shown: true, raters: 5, likelihood: 4, impact: 4 },
    { group: 'intergovernmental', shown: false },
  ],
  regionalGroups: [{ group: 'african', shown: false }],
} as unknown as RadarSignalFigures;

describe('the radar model', () => {
  it('places a signal by the medians of the group chosen', () => {
    expect(figureOf(figures, 'all').likelihood).toBe(3.5);
    expect(figureOf(figures, 'states').likelihood).toBe(4);
  });

  it('does not place a signal whose group has fewer than three raters', () => {
    expect(figureOf(figures, 'intergovernmental').shown).toBe(false);
    expect(figureOf(figures, 'african').likelihood).toBeUndefined();
    expect(figureOf(figures, 'asia-pacific').shown).toBe(false);
  });

  it('numbers the signals in order', () => {
    const radar = { signals: [figures, figures] } as unknown as Radar;
    expect(place(radar, 'all').map((p) => p.number)).toEqual([1, 2]);
  });

  it('writes movements with their sign', () => {
    expect(signed(1.5)).toBe('+1.5');
    expect(signed(-1)).toBe('−1');
    expect(signed(0)).toBe('0');
  });
});

import { describe, expect, it } from 'vitest';
import { wholePoints } from './capacity-model';

describe('wholePoints', () => {
  it('gives whole points that add up to the score shown', () => {
    const parts = [23.3, 7.5, 20, 7.5, 10.2, 4.6];
    const whole = wholePoints(parts, 73.1);
    expect(whole.reduce((sum, p) => sum + p, 0)).toBe(73);
    expect(whole.every(Number.isInteger)).toBe(true);
    expect(whole).toEqual([23, 8, 20, 7, 10, 5]);
  });

  it('leaves whole points as they are', () => {
    expect(wholePoints([35, 10, 20, 15, 15, 5], 100)).toEqual([35, 10, 20, 15, 15, 5]);
  });
});

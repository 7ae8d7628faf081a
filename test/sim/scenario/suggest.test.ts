import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../../sim/scenario/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('bed', 'beds')).toBe(1);
    expect(editDistance('beds', 'bed')).toBe(1);
    expect(editDistance('lognormel', 'lognormal')).toBe(1);
    expect(editDistance('maen', 'mean')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggest', () => {
  it('finds close field names, ignoring case', () => {
    expect(suggest('bed', ['id', 'kind', 'beds', 'slots'])).toBe('beds');
    expect(suggest('horizonDay', ['horizonDays', 'warmupDays'])).toBe('horizonDays');
    expect(suggest('Beds', ['beds'])).toBe('beds');
    expect(suggest('stay', ['stayDays', 'seed'])).toBe('stayDays');
  });
  it('gives nothing when nothing is close, or for odd input', () => {
    expect(suggest('xyz', ['beds', 'slots'])).toBeUndefined();
    expect(suggest('', ['beds'])).toBeUndefined();
    expect(suggest('a'.repeat(1000), ['beds'])).toBeUndefined();
    expect(suggest('beds', [])).toBeUndefined();
  });
  it('didYouMean builds the message tail', () => {
    expect(didYouMean('lng', ['long', 'short'])).toBe('; did you mean "long"?');
    expect(didYouMean('qqqq', ['long'])).toBe('');
  });
});

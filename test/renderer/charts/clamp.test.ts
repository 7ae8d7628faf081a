import { describe, expect, it } from 'vitest';
import { clampBand } from '../../../renderer/charts/clamp';

describe('clampBand', () => {
  it('raises values below the floor to it and leaves the rest', () => {
    expect(clampBand({ mean: [1, 0.5], lo: [-2, 0.1], hi: [4, 1] }, 0)).toEqual({ mean: [1, 0.5], lo: [0, 0.1], hi: [4, 1] });
  });
});

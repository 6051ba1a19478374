import { describe, expect, it } from '@jest/globals';
import { deportationProcedureSuspended, ResidenceStageLabels, ResidenceStages } from './track-r.js';

describe('track R stages', () => {
  it('labels every stage in both languages', () => {
    for (const stage of ResidenceStages) {
      expect(ResidenceStageLabels[stage].ja).not.toBe('');
      expect(ResidenceStageLabels[stage].en).not.toBe('');
    }
  });
});

describe('deportationProcedureSuspended (reference §2.4)', () => {
  it.each(ResidenceStages.map((stage) => [stage, stage === 'KARITAIZAI'] as const))('%s → %p', (stage, suspended) => {
    expect(deportationProcedureSuspended({ stage })).toBe(suspended);
  });
});

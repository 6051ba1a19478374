import { describe, expect, it } from '@jest/globals';
import {
  isActiveProtectionStage,
  isTerminalProtectionStage,
  newProtectionApplication,
  PendingProtectionStages,
  protectionStageCategory,
  ProtectionStageLabels,
  ProtectionStages,
  type ProtectionKind,
  type ProtectionStage,
  type ProtectionStageCategory,
} from './track-p.js';

const CATEGORIES: readonly [ProtectionStage, ProtectionKind, ProtectionStageCategory][] = [
  ['P0_INTAKE', 'REFUGEE_AND_CP', 'INTAKE'],
  ['P1_FILED', 'REFUGEE_AND_CP', 'PENDING'],
  ['P2_EXAMINATION', 'REFUGEE_AND_CP', 'PENDING'],
  ['P3_RECOGNISED_REFUGEE', 'REFUGEE_AND_CP', 'TERMINAL'],
  ['P3_CP_ONLY', 'REFUGEE_AND_CP', 'DECIDED'],
  ['P3_CP_ONLY', 'CP_ONLY', 'TERMINAL'],
  ['P3_REFUSED', 'REFUGEE_AND_CP', 'DECIDED'],
  ['P3_REFUSED', 'CP_ONLY', 'DECIDED'],
  ['P4_APPEAL_WINDOW', 'REFUGEE_AND_CP', 'WINDOW'],
  ['P4X_WINDOW_LAPSED', 'REFUGEE_AND_CP', 'WINDOW'],
  ['P5_APPEAL_PENDING', 'REFUGEE_AND_CP', 'PENDING'],
  ['P6_APPEAL_DECIDED', 'REFUGEE_AND_CP', 'DECIDED'],
  ['P7_LITIGATION_WINDOW', 'REFUGEE_AND_CP', 'WINDOW'],
  ['P8_LITIGATION', 'CP_ONLY', 'PENDING'],
  ['P9_FINAL_NEGATIVE', 'REFUGEE_AND_CP', 'TERMINAL'],
  ['P_WITHDRAWN', 'CP_ONLY', 'TERMINAL'],
];

describe('track P stages', () => {
  it.each(CATEGORIES)('%s (%s) is %s', (stage, kind, category) => {
    expect(protectionStageCategory(stage, kind)).toBe(category);
    expect(isTerminalProtectionStage(stage, kind)).toBe(category === 'TERMINAL');
    expect(isActiveProtectionStage(stage, kind)).toBe(category !== 'TERMINAL');
  });

  it('lists the stages waiting for an authority', () => {
    expect(PendingProtectionStages).toEqual(['P1_FILED', 'P2_EXAMINATION', 'P5_APPEAL_PENDING', 'P8_LITIGATION']);
  });

  it('labels every stage in both languages', () => {
    for (const stage of ProtectionStages) {
      expect(ProtectionStageLabels[stage].ja).not.toBe('');
      expect(ProtectionStageLabels[stage].en).not.toBe('');
    }
  });

  it('opens an application at intake with its number and kind', () => {
    expect(newProtectionApplication({ applicationNo: 3, kind: 'CP_ONLY' })).toEqual({
      applicationNo: 3,
      kind: 'CP_ONLY',
      stage: 'P0_INTAKE',
      cpGranted: false,
      filedOn: null,
      decision: null,
      review: null,
      litigation: null,
      litigationClock: null,
      lastEventOn: null,
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses application number %p', (applicationNo) => {
    expect(() => newProtectionApplication({ applicationNo, kind: 'REFUGEE_AND_CP' })).toThrow(RangeError);
  });
});

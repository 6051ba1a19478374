import { describe, expect, it } from '@jest/globals';
import { consentCovering, hasSingleConsentTarget, isConsentInForce, type ReferralConsentRecord } from './referral-consent.js';

const TODAY = '2025-06-10';
const SHELTER = 'partner-shelter';
const TARGET = { partnerId: SHELTER, serviceKind: 'housing' } as const;

const forPartner = (partnerId: string, givenOn: string, withdrawnOn: string | null = null): ReferralConsentRecord => ({
  partnerId,
  serviceKind: null,
  givenOn,
  withdrawnOn,
  scope: `partner ${partnerId} from ${givenOn}`,
});
const forKind = (serviceKind: ReferralConsentRecord['serviceKind'], givenOn: string, withdrawnOn: string | null = null): ReferralConsentRecord => ({
  partnerId: null,
  serviceKind,
  givenOn,
  withdrawnOn,
  scope: `kind ${serviceKind} from ${givenOn}`,
});

describe('consentCovering', () => {
  it.each<[string, readonly ReferralConsentRecord[], string | null]>([
    ['no consent at all', [], null],
    ['consent for this partner', [forPartner(SHELTER, '2025-06-01')], `partner ${SHELTER} from 2025-06-01`],
    ['consent for the service kind', [forKind('housing', '2025-06-01')], 'kind housing from 2025-06-01'],
    ['given today', [forPartner(SHELTER, TODAY)], `partner ${SHELTER} from ${TODAY}`],
    ['given tomorrow: not yet', [forPartner(SHELTER, '2025-06-11')], null],
    ['withdrawn today', [forPartner(SHELTER, '2025-06-01', TODAY)], null],
    ['withdrawn yesterday', [forKind('housing', '2025-06-01', '2025-06-09')], null],
    ['withdrawal recorded for tomorrow: still in force', [forPartner(SHELTER, '2025-06-01', '2025-06-11')], `partner ${SHELTER} from 2025-06-01`],
    ['consent for another partner', [forPartner('partner-other-shelter', '2025-06-01')], null],
    ['consent for another kind', [forKind('legal-aid', '2025-06-01')], null],
    ['another partner and another kind', [forPartner('partner-lawyers', '2025-06-01'), forKind('employment', '2025-06-01')], null],
    [
      'the partner-specific one is preferred over a newer one for the kind',
      [forKind('housing', '2025-06-05'), forPartner(SHELTER, '2025-01-01')],
      `partner ${SHELTER} from 2025-01-01`,
    ],
    [
      'the kind covers when the partner-specific one was withdrawn',
      [forPartner(SHELTER, '2025-01-01', '2025-05-01'), forKind('housing', '2025-03-01')],
      'kind housing from 2025-03-01',
    ],
    [
      'consent given again after a withdrawal',
      [forPartner(SHELTER, '2025-01-01', '2025-05-01'), forPartner(SHELTER, '2025-05-20')],
      `partner ${SHELTER} from 2025-05-20`,
    ],
    ['among two in force, the most recent', [forKind('housing', '2025-06-02'), forKind('housing', '2025-02-02')], 'kind housing from 2025-06-02'],
    [
      'a record naming both a partner and a kind covers nothing',
      [{ partnerId: SHELTER, serviceKind: 'housing', givenOn: '2025-06-01', withdrawnOn: null, scope: 'both' }],
      null,
    ],
    ['a record naming neither covers nothing', [{ partnerId: null, serviceKind: null, givenOn: '2025-06-01', withdrawnOn: null, scope: 'neither' }], null],
  ])('%s', (_name, consents, expectedScope) => {
    expect(consentCovering(consents, TARGET, TODAY)?.scope ?? null).toBe(expectedScope);
  });
});

describe('isConsentInForce', () => {
  it.each([
    ['2025-06-10', null, true],
    ['2025-06-11', null, false],
    ['2025-06-01', '2025-06-10', false],
    ['2025-06-01', '2025-06-11', true],
  ] as const)('given %s, withdrawn %s: %s on 2025-06-10', (givenOn, withdrawnOn, expected) => {
    expect(isConsentInForce({ givenOn, withdrawnOn }, TODAY)).toBe(expected);
  });
});

describe('hasSingleConsentTarget', () => {
  it.each([
    [SHELTER, null, true],
    [null, 'housing', true],
    [SHELTER, 'housing', false],
    [null, null, false],
  ] as const)('partner %s, kind %s: %s', (partnerId, serviceKind, expected) => {
    expect(hasSingleConsentTarget({ partnerId, serviceKind })).toBe(expected);
  });
});

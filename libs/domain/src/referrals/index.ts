export * from './referral-vocabulary.js';
export * from './referral-lifecycle.js';
export * from './referral-consent.js';
export * from './referral-eligibility.js';
export * from './referral-follow-up.js';
export * from './referral-letter-date.js';
export * from './referral-sharing.js';

export * from './document-vocabulary.js';
export * from './translation-status.js';
export * from './translation-flag.js';
export * from './checklist.js';
export * from './default-checklists.js';

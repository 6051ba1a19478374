export { TEST_DATABASE_PREFIX, testConfig, withDatabase } from './test-config.js';
export { FakeClock } from './fake-clock.js';

export {
  createTestDatabase,
  TEST_DATABASE_PREFIX,
  TEST_ROLES,
  testAdminUrl,
  testConfig,
  withDatabase,
  type TestDatabaseUrls,
} from './test-config.js';
export { FakeClock } from './fake-clock.js';

// Runs in every test file before it loads: keep stray dotenv files out of the tests' configuration.
if (!process.env.YORISOI_TEST_RUN) {
  throw new Error('integration tests must run through `npm test` (the global setup creates their database)');
}

import { describe, expect, it } from '@jest/globals';
import { safeLocalPath } from './safe-local-path.js';

const ORIGIN = 'https://yorisoi.example.org';

describe('safeLocalPath', () => {
  it.each([
    ['/clients/42', '/clients/42'],
    ['/clients/42?tab=deadlines#top', '/clients/42?tab=deadlines#top'],
    ['/audit?clientId=a%2Fb', '/audit?clientId=a%2Fb'],
    ['/./team/../caseload', '/caseload'],
    // A NUL stays inside the path, percent-encoded: still our origin.
    ['/\u0000/evil.example', '/%00/evil.example'],
  ])('keeps the local path %j as %j', (input, expected) => {
    expect(safeLocalPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['clients/42'],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example/path'],
    ['/\t/evil.example/path'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['/\t\\evil.example'],
    ['\t//evil.example'],
    ['javascript:alert(1)'],
  ])('refuses %j', (input) => {
    expect(safeLocalPath(input, ORIGIN)).toBeNull();
  });
});

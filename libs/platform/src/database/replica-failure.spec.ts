import { describe, expect, it } from '@jest/globals';
import { failureCode, isReplicaFailure } from './replica-failure.js';

/** A node-postgres error as the driver raises it: a message and a SQLSTATE code. */
function pgError(code: string, message = 'error'): Error {
  return Object.assign(new Error(message), { code });
}

/** TypeORM's wrapper around a driver error. */
function queryFailed(driverError: unknown): Error {
  return Object.assign(new Error('query failed'), { name: 'QueryFailedError', driverError });
}

describe('isReplicaFailure', () => {
  it.each([
    ['a recovery conflict', queryFailed(pgError('40001', 'canceling statement due to conflict with recovery'))],
    ['a deadlock with the replay', queryFailed(pgError('40P01'))],
    ['a fast shutdown of the replica', queryFailed(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a replica still starting', pgError('57P03', 'the database system is starting up')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' })],
    ['a reset connection', queryFailed(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))],
    ['a connection lost mid-query', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['a connection that timed out', new Error('timeout exceeded when trying to connect')],
    ['a connection exception class', pgError('08006')],
    ['too many connections', pgError('53300')],
  ])('is true for %s', (_, error) => {
    expect(isReplicaFailure(error)).toBe(true);
  });

  it.each([
    ['a syntax error', queryFailed(pgError('42601'))],
    ['a statement timeout', queryFailed(pgError('57014', 'canceling statement due to statement timeout'))],
    ['a permission error', queryFailed(pgError('42501'))],
    ['a domain error', Object.assign(new Error('No such client.'), { code: 'CLIENT_NOT_FOUND' })],
    ['a plain error', new Error('boom')],
    ['a string', 'Connection terminated'],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isReplicaFailure(error)).toBe(false);
  });
});

describe('failureCode', () => {
  it('gives the outermost code, never the message', () => {
    expect(failureCode(queryFailed(pgError('40001', 'canceling statement for Tanaka')))).toBe('40001');
    expect(failureCode(new Error('Connection terminated unexpectedly'))).toBe('connection');
  });
});

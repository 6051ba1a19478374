import { describe, expect, it } from '@jest/globals';
import { getMetadataArgsStorage } from 'typeorm';
import { AfterCommitSubscriber } from './after-commit.js';

describe('AfterCommitSubscriber', () => {
  it('is a TypeORM subscriber, so data sources instantiate it', () => {
    expect(getMetadataArgsStorage().filterSubscribers([AfterCommitSubscriber])).toHaveLength(1);
  });
});

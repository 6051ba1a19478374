import { Injectable, Module } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserEntity } from '../entities/user.entity.js';

/**
 * What other libraries may know about people with an account: their display names, to show who
 * uploaded or recorded something. Published here so no other library reads `user_account`.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async displayNames(userIds: readonly (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.getRepository(UserEntity).find({ select: { id: true, displayName: true }, where: { id: In(ids) } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }
}

/** The directory alone, for processes and libraries that need names but not accounts (the worker). */
@Module({ providers: [UserDirectory], exports: [UserDirectory] })
export class UserDirectoryModule {}

import { Injectable } from '@nestjs/common';
import { checkPassword, DomainError, PASSWORD_PROBLEM_MESSAGES } from '#domain';
import { commonPasswords } from '../security/common-passwords.js';
import { PasswordHasher } from '../security/password-hasher.js';

/** Applies the password rule, then hashes. */
@Injectable()
export class Passwords {
  constructor(private readonly hasher: PasswordHasher) {}

  async hashAcceptable(password: string, email: string): Promise<string> {
    const problems = checkPassword(password, { commonPasswords: commonPasswords(), email });
    if (problems.length > 0) {
      throw new DomainError('PASSWORD_REJECTED', problems.map((p) => PASSWORD_PROBLEM_MESSAGES[p]).join(' '), {
        problems,
      });
    }
    return this.hasher.hash(password);
  }
}

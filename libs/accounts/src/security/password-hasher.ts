import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/**
 * argon2id (the library's default algorithm; a unit test checks the hash says so) with OWASP's
 * recommended parameters: 19 MiB of memory, 2 iterations, 1 lane.
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same effort as a real check when there is no account (or no password yet), so
   * the answer's timing does not tell whether an email address has an account.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('yorisoi-timing-equaliser');
    await this.verify(await this.dummy, password);
    return false;
  }
}

import { createHmac, hkdfSync } from 'node:crypto';

/**
 * HMAC-SHA256 under a key derived from AUTH_SECRET, one key per purpose. For short secrets that
 * must be stored (recovery codes) and for identifiers that must be recognisable but not readable
 * (an email address in a Redis key or an audit row): a plain SHA-256 of either can be reversed by
 * trying every candidate, a keyed hash cannot without AUTH_SECRET.
 */
export class KeyedHash {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'yorisoi', `keyed-hash:${purpose}`, 32));
  }

  digest(value: string): Buffer {
    return createHmac('sha256', this.key).update(value, 'utf8').digest();
  }

  hex(value: string): string {
    return this.digest(value).toString('hex');
  }
}

import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { AppConfig } from '#platform';
import { SecretBox } from '../security/secret-box.js';

export interface TotpEnrolment {
  /** Base32, for typing into an authenticator app by hand. */
  readonly secret: string;
  readonly otpauthUri: string;
  /** The same URI as a QR code, an SVG data URL the dashboard can show in an <img>. */
  readonly qrCodeDataUrl: string;
  /** What to store: the secret encrypted under AUTH_SECRET. */
  readonly sealedSecret: string;
}

/** RFC 6238 one-time codes: 6 digits, 30-second steps, one step of clock drift either way. */
@Injectable()
export class Totp {
  private readonly box: SecretBox;

  constructor(config: AppConfig) {
    this.box = new SecretBox(config.auth.secret, 'totp-secret');
  }

  async enrol(accountLabel: string): Promise<TotpEnrolment> {
    const secret = generateSecret();
    const otpauthUri = generateURI({ issuer: 'Yorisoi', label: accountLabel, secret });
    const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return {
      secret,
      otpauthUri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      sealedSecret: this.box.seal(secret),
    };
  }

  /**
   * The time step of a valid code, or undefined. A code of a step at or before `lastTimeStep`
   * (already used) is refused, so an overheard code cannot be replayed.
   */
  async verify(sealedSecret: string, code: string, now: Date, lastTimeStep: number | null): Promise<number | undefined> {
    if (!/^\d{6}$/.test(code)) return undefined;
    const result = await verify({
      secret: this.box.open(sealedSecret),
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: 30,
      ...(lastTimeStep !== null ? { afterTimeStep: lastTimeStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  }
}

import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current time, injected. Services take `now` from here (and pass it down to the pure
 * domain functions) so tests can move time without fake timers: session expiry, token validity,
 * deadlines "due in 7 days".
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}

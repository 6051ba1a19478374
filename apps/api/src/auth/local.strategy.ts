import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { SignInService, type IssuedSession } from '#accounts';

/** passport-local: email and password from the JSON body, checked by the sign-in service. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: Request, email: string, password: string): Promise<IssuedSession> {
    return this.signIn.signIn(email, password, { ip: request.ip, userAgent: request.headers['user-agent'] });
  }
}

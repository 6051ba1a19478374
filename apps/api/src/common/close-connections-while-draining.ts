import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ShutdownState } from '#platform';

/**
 * While the process drains (SIGTERM, see closeOnSignals) every answer says `Connection: close`:
 * Node then closes the connection after it, so a proxy or browser holding a keep-alive connection
 * opens its next one elsewhere instead of finding it cut when the server closes, and a connection
 * still busy when the server stops accepting does not hold the exit back for the keep-alive timeout.
 */
export function closeConnectionsWhileDraining(app: INestApplication) {
  // Looked up on the first request: the middleware is registered before the application has
  // resolved its providers (and an OpenAPI preview build never resolves them).
  let shutdown: ShutdownState | undefined;
  const draining = (): boolean => (shutdown ??= app.get<ShutdownState>(ShutdownState)).draining;
  return (_request: Request, response: Response, next: NextFunction): void => {
    // Decided when the answer's headers go out, not when the request arrived: a request received
    // before SIGTERM and answered during the drain, or after, closes its connection too.
    const writeHead = response.writeHead.bind(response);
    response.writeHead = ((...args: Parameters<typeof writeHead>) => {
      if (draining()) response.setHeader('Connection', 'close');
      return writeHead(...args);
    }) as typeof response.writeHead;
    next();
  };
}

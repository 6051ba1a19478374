import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

/** Where `npm run build` puts the dashboard (apps/dashboard, built by Vite). */
export const DASHBOARD_BUILD_DIR = resolve('dist/dashboard');

// Case-insensitive, as Express routing is: /API/… is an API route too.
const API_PATHS = /^\/(api|health)(\/|$)/i;
/** A path naming a file (`/favicon.ico`, `/robots.txt`) that does not exist gets a 404, not the app. */
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * Serves the built dashboard from the api, so one address serves both: hashed assets cached for
 * a year, every other GET that is neither an API route nor a file name answered with index.html (client-side
 * routing). Skipped when the dashboard has not been built (API-only deployments, some tests).
 */
export function serveDashboard(app: NestExpressApplication, directory = DASHBOARD_BUILD_DIR): boolean {
  const index = resolve(directory, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/assets',
    express.static(resolve(directory, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false, index: false }),
  );
  // Never for an API route: every request would cost a look at the disk for a file of its name.
  const files = express.static(directory, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (API_PATHS.test(request.path)) next();
    else void files(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || FILE_PATH.test(request.path) || !request.accepts('html')) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}

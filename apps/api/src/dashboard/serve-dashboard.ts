import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { RequestContext } from '#platform';

/** Where `npm run build` puts the dashboard (apps/dashboard, built by Vite). */
export const DASHBOARD_BUILD_DIR = resolve('dist/dashboard');

const API_PATHS = /^\/(api|health)(\/|$)/;
/** A path naming a file (`/favicon.ico`, `/robots.txt`) that does not exist gets a 404, not the app. */
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]+$/;
const SOURCE_MAP = /\.map$/i;

export interface ServeDashboardOptions {
  /** Defaults to DASHBOARD_BUILD_DIR. */
  readonly directory?: string;
  /** Serve the `.map` files beside the bundles (development only). */
  readonly sourceMaps?: boolean;
}

/**
 * Serves the built dashboard from the api, so one address serves both: hashed assets cached for
 * a year, every other GET that is neither an API route nor a file name answered with index.html (client-side
 * routing). Skipped when the dashboard has not been built (API-only deployments, some tests).
 */
export function serveDashboard(app: NestExpressApplication, options: ServeDashboardOptions = {}): boolean {
  const directory = options.directory ?? DASHBOARD_BUILD_DIR;
  const index = resolve(directory, 'index.html');
  if (!existsSync(index)) return false;
  if (!options.sourceMaps) {
    // Source maps hand anyone the dashboard's readable source, comments included: a developer's
    // tool, never served outside development.
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (!SOURCE_MAP.test(request.path)) {
        next();
        return;
      }
      response.status(404).json({ code: 'ROUTE_NOT_FOUND', message: 'No such file.', correlationId: RequestContext.correlationId() ?? 'unknown' });
    });
  }
  app.use(
    '/assets',
    express.static(resolve(directory, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false, index: false }),
  );
  app.use(express.static(directory, { index: false, maxAge: '1h' }));
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

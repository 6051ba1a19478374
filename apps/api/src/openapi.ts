import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const API_PREFIX = 'api';
/** Routes outside the `/api` prefix: probes for load balancers. */
export const UNPREFIXED_ROUTES = ['health/{*path}'];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Yorisoi API')
    .setDescription(
      'Case management for NGO support workers accompanying asylum seekers through Japan\'s refugee-recognition procedure. ' +
        'Every error answers `{ code, message, details?, correlationId }`.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('yorisoi_session', { type: 'apiKey', in: 'cookie', name: 'yorisoi_session' }, 'session')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at `/api/docs`, the JSON at `/api/docs-json`. */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    yamlDocumentUrl: `${API_PREFIX}/docs-yaml`,
    customSiteTitle: 'Yorisoi API',
  });
}

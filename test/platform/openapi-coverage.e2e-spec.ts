import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument } from '../../apps/api/src/openapi.js';
import { MATRIX_ROUTE_KEYS } from '../clients/access-matrix.routes.js';
import { readOpenApiJson, routesOf, type OpenApiDocument } from '../support/openapi-document.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Path parameters that name a client's file or a record in it, whatever the path around them. */
const RECORD_ID_PARAMS = new Set(['clientId', 'applicationId', 'deadlineId', 'appointmentId', 'documentId', 'referralId']);
/** Collections whose `{id}` is such a record: `/api/referrals/{id}`. */
const RECORD_COLLECTIONS = new Set(['clients', 'applications', 'deadlines', 'appointments', 'documents', 'referrals']);

/**
 * Whether a route reaches client data through its path: everything under `/api/clients/`, and any
 * path with a client, application, deadline, appointment, document or referral id in it. Lists
 * that take such an id as a filter (`/api/audit-events?clientId=`) are scoped lists answering 200,
 * covered by their own tests.
 */
export function takesClientDataId(path: string): boolean {
  if (path.startsWith('/api/clients/')) return true;
  const segments = path.split('/');
  return segments.some((segment, i) => {
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (param === undefined) return false;
    return RECORD_ID_PARAMS.has(param) || (param === 'id' && RECORD_COLLECTIONS.has(segments[i - 1]));
  });
}

function clientDataRoutes(document: OpenApiDocument): string[] {
  return routesOf(document)
    .filter((route) => takesClientDataId(route.path))
    .map((route) => route.key);
}

/**
 * A new route that reaches a client's file cannot skip the access matrix
 * (test/clients/access-matrix.e2e-spec.ts): each one needs a row in access-matrix.routes.ts.
 */
describe('access matrix coverage of openapi.json', () => {
  let api: TestApi;
  let served: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApi();
    // The document the running api serves: also catches a route added since openapi.json was written.
    served = buildOpenApiDocument(api.app) as unknown as OpenApiDocument;
  });
  afterAll(async () => {
    await api.close();
  });

  it('tells client-data routes from the others', () => {
    expect(
      [
        '/api/clients/{id}',
        '/api/clients/{clientId}/deadlines/{deadlineId}/waive',
        '/api/clients/duplicate-check',
        '/api/referrals/{id}',
        '/api/documents/{documentId}/content',
        '/api/partners/{partnerId}/referrals/{referralId}',
      ].filter((path) => !takesClientDataId(path)),
    ).toEqual([]);
    expect(['/api/clients', '/api/users/{id}', '/api/teams/{id}', '/api/admin/caught-mail/{id}', '/api/auth/sessions/{id}', '/api/caseload'].filter(takesClientDataId)).toEqual([]);
  });

  it('has a matrix row for every client-data route in openapi.json', () => {
    const routes = clientDataRoutes(readOpenApiJson());
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes.filter((route) => !MATRIX_ROUTE_KEYS.includes(route))).toEqual([]);
  });

  it('has a matrix row for every client-data route the api serves', () => {
    expect(clientDataRoutes(served).filter((route) => !MATRIX_ROUTE_KEYS.includes(route))).toEqual([]);
  });

  it('has no matrix row for a route the api does not serve, and no row twice', () => {
    const keys = new Set(routesOf(served).map((route) => route.key));
    expect(MATRIX_ROUTE_KEYS.filter((route) => !keys.has(route))).toEqual([]);
    expect(MATRIX_ROUTE_KEYS.filter((route, i) => MATRIX_ROUTE_KEYS.indexOf(route) !== i)).toEqual([]);
  });
});

/**
 * The rows of the access matrix (access-matrix.e2e-spec.ts), in a module of their own so that the
 * OpenAPI coverage test (test/platform/openapi-coverage.e2e-spec.ts) can check that every route
 * taking a client, application, deadline, appointment, document or referral id has a row.
 *
 * A row names its route exactly as openapi.json does (`METHOD /api/path/{param}`); the matrix
 * test fills the path's ids from a fresh fixture and sends `body`, so the route a row names is the
 * route it calls. A path parameter the fixture does not hold fails the matrix test with its name:
 * add it to `Fixture` and to `FIXTURE_PARAMS`.
 */
import { DOCUMENT_FIELDS, tinyPdf, tinyPng, PDF, PNG, type Part } from '../support/documents.js';

export type Actor =
  | 'assigned caseworker'
  | 'team colleague'
  | 'other team caseworker'
  | 'team supervisor'
  | 'other team supervisor'
  | 'administrator'
  | 'no session';

export type MatrixRole = 'caseworker' | 'supervisor' | 'admin';

/** One client file made by the assigned caseworker, with one of each record under it. */
export interface Fixture {
  clientId: string;
  version: number;
  applicationId: string;
  applicationVersion: number;
  appointmentId: string;
  appointmentVersion: number;
  deadlineId: string;
  deadlineVersion: number;
  /** An emergency access to the file by someone who is none of the actors (only for rows that need one). */
  grantId: string;
  /** A document with one version, uploaded by the assigned caseworker (only for rows under a document). */
  documentId: string;
  documentVersion: number;
  documentVersionNumber: number;
  /** ISA's request for materials, recorded by the assigned caseworker (only for rows under one). */
  materialsRequestId: string;
  materialsRequestVersion: number;
  /** A partner's service in the directory (made once for the whole matrix). */
  serviceId: string;
  /**
   * A referral of the file to that service, under the client's consent for the partner (only for
   * rows under a referral): a draft, or sent for the rows of its reply link.
   */
  referralId: string;
  referralVersion: number;
  /** The client's consent to share with the partner (only for rows under a referral or a consent). */
  consentId: string;
  consentVersion: number;
}

export interface MatrixRoute {
  /** `METHOD /api/path/{param}`, exactly as the route appears in openapi.json. */
  readonly route: `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`;
  readonly body?: (f: Fixture) => object;
  /** For an upload route: the parts of its multipart/form-data body (sent instead of `body`). */
  readonly multipart?: (f: Fixture) => readonly Part[];
  /** The status for an actor allowed to do it (in scope, of an allowed role). */
  readonly ok: number;
  /** Roles refused outright (403) rather than scoped; all roles when not given. */
  readonly roles?: readonly MatrixRole[];
  /** The route reads no file (a check before intake): every actor of an allowed role gets `ok`. */
  readonly unscoped?: boolean;
  /** Answers that differ from the rule above, by actor (emergency access reaches files outside scope). */
  readonly answers?: Partial<Record<Actor, number>>;
  /** Needs no session at all (the partner's reply link): every actor, signed in or not, gets `ok`. */
  readonly public?: boolean;
  /** The error code expected with `ok` when it is a 404 other than RECORD_NOT_FOUND. */
  readonly notFoundCode?: string;
  /** Path parameters the row fills itself, for records that hang off no client file (the partner directory). */
  readonly params?: Readonly<Record<string, string>>;
}

/** Which fixture value fills each path parameter. */
export const FIXTURE_PARAMS: Readonly<Record<string, keyof Fixture>> = {
  id: 'clientId',
  clientId: 'clientId',
  applicationId: 'applicationId',
  appointmentId: 'appointmentId',
  deadlineId: 'deadlineId',
  grantId: 'grantId',
  documentId: 'documentId',
  number: 'documentVersionNumber',
  requestId: 'materialsRequestId',
  referralId: 'referralId',
  consentId: 'consentId',
};

/** A partner organisation and a service that do not exist (the directory's rows below). */
const NO_PARTNER = { partnerId: '00000000-0000-4000-8000-0000000000a1', serviceId: '00000000-0000-4000-8000-0000000000a2' };

export const MATRIX_ROUTES: readonly MatrixRoute[] = [
  { route: 'POST /api/clients/duplicate-check', body: () => ({ familyName: 'Hussain', givenName: 'Amina' }), ok: 200, roles: ['caseworker', 'supervisor'], unscoped: true },
  { route: 'GET /api/clients/{id}', ok: 200 },
  { route: 'PATCH /api/clients/{id}', body: (f) => ({ version: f.version, phone: '03-1234-5678' }), ok: 200 },
  { route: 'POST /api/clients/{id}/close', body: (f) => ({ version: f.version, reason: 'Matrix test' }), ok: 200 },
  // The fixture's file is open: reopening it is refused in scope (409) and hidden outside it (404).
  { route: 'POST /api/clients/{id}/reopen', body: (f) => ({ version: f.version }), ok: 409 },
  {
    route: 'PUT /api/clients/{id}/assignments',
    body: (f) => ({ version: f.version, primaryWorkerId: f.clientId, otherWorkerIds: [] }),
    ok: 409,
    roles: ['supervisor'],
  },
  {
    route: 'POST /api/clients/{id}/break-glass',
    body: () => ({ reason: 'Client at the office in crisis; caseworker unreachable' }),
    ok: 200,
    roles: ['supervisor', 'admin'],
    answers: { 'other team supervisor': 200, administrator: 200 },
  },
  {
    route: 'POST /api/clients/{id}/export',
    body: () => ({ purpose: 'subject-access', reason: 'Asked for by the client in person' }),
    ok: 200,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'GET /api/clients/{clientId}/applications', ok: 200 },
  { route: 'POST /api/clients/{clientId}/applications', body: () => ({ kind: 'REFUGEE_AND_CP' }), ok: 409 },
  { route: 'GET /api/clients/{clientId}/applications/{applicationId}', ok: 200 },
  { route: 'PATCH /api/clients/{clientId}/applications/{applicationId}', body: (f) => ({ version: f.applicationVersion, regionalBureau: 'Osaka' }), ok: 200 },
  {
    route: 'POST /api/clients/{clientId}/applications/{applicationId}/steps',
    body: (f) => ({ version: f.applicationVersion, to: 'P1_FILED', dates: { filedOn: '2026-11-02' } }),
    ok: 201,
  },
  // The fixture's application has no step yet: there is nothing to correct (400) in scope.
  {
    route: 'POST /api/clients/{clientId}/applications/{applicationId}/steps/correction',
    body: (f) => ({ version: f.applicationVersion, dates: { filedOn: '2026-11-03' }, note: 'Typo in the filing date' }),
    ok: 400,
  },
  { route: 'GET /api/clients/{clientId}/status-options', ok: 200 },
  { route: 'GET /api/clients/{clientId}/status-history', ok: 200 },
  { route: 'POST /api/clients/{clientId}/residence/steps', body: (f) => ({ version: f.version, to: 'KARITAIZAI', dates: {} }), ok: 400 },
  {
    route: 'POST /api/clients/{clientId}/custody/steps',
    body: (f) => ({ version: f.version, to: 'D1_INVESTIGATION', dates: { investigationStartedOn: '2026-11-01' } }),
    ok: 400,
  },
  { route: 'GET /api/clients/{clientId}/appointments', ok: 200 },
  { route: 'POST /api/clients/{clientId}/appointments', body: () => ({ kind: 'lawyer-meeting', startsAt: '2026-12-10T01:00:00.000Z' }), ok: 201 },
  { route: 'PATCH /api/clients/{clientId}/appointments/{appointmentId}', body: (f) => ({ version: f.appointmentVersion, place: 'Room 2' }), ok: 200 },
  { route: 'GET /api/clients/{clientId}/timeline', ok: 200 },
  { route: 'POST /api/clients/{clientId}/notes', body: () => ({ body: 'Called the client.' }), ok: 201 },
  { route: 'GET /api/clients/{clientId}/deadlines', ok: 200 },
  {
    route: 'POST /api/clients/{clientId}/deadlines/{deadlineId}/override',
    body: (f) => ({ version: f.deadlineVersion, dueDate: '2026-06-01', reason: 'Agreed with the bureau' }),
    ok: 200,
  },
  { route: 'POST /api/clients/{clientId}/deadlines/{deadlineId}/waive', body: (f) => ({ version: f.deadlineVersion, reason: 'Not applicable' }), ok: 200 },
  { route: 'POST /api/clients/{clientId}/deadlines/{deadlineId}/met', body: (f) => ({ version: f.deadlineVersion, on: '2026-01-05' }), ok: 200 },
  { route: 'POST /api/clients/{clientId}/deadlines/{deadlineId}/recompute', body: (f) => ({ version: f.deadlineVersion }), ok: 200 },
  // Emergency access oversight: the listing is filtered per caller; ending one is for the file's team supervisors (and its holder).
  { route: 'GET /api/emergency-access', ok: 200, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'POST /api/emergency-access/{grantId}/end', ok: 200, roles: ['supervisor', 'admin'] },
  // Evidence documents (issue 11). An upload is text fields first, then one file part.
  { route: 'GET /api/clients/{id}/documents', ok: 200 },
  {
    route: 'POST /api/clients/{id}/documents',
    multipart: () => [...Object.entries(DOCUMENT_FIELDS).map(([name, value]) => ({ name, value })), { name: 'file', value: tinyPdf('Matrix upload'), fileName: 'passport.pdf', type: PDF }],
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'GET /api/clients/{id}/documents/{documentId}', ok: 200 },
  { route: 'PATCH /api/clients/{id}/documents/{documentId}', body: (f) => ({ version: f.documentVersion, title: 'Passport, all pages' }), ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'DELETE /api/clients/{id}/documents/{documentId}', body: (f) => ({ version: f.documentVersion, reason: 'Uploaded to the wrong file' }), ok: 204, roles: ['caseworker', 'supervisor'] },
  {
    route: 'POST /api/clients/{id}/documents/{documentId}/versions',
    multipart: () => [{ name: 'file', value: tinyPng(0x40), fileName: 'passport-rescan.png', type: PNG }],
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'GET /api/clients/{id}/documents/{documentId}/versions/{number}/content', ok: 200 },
  { route: 'DELETE /api/clients/{id}/documents/{documentId}/versions/{number}', body: () => ({ reason: 'Wrong scan, pages missing' }), ok: 200, roles: ['caseworker', 'supervisor'] },
  {
    route: 'POST /api/clients/{id}/export/archive',
    body: () => ({ purpose: 'subject-access', reason: 'Asked for by the client in person', documents: 'all' }),
    ok: 200,
    roles: ['caseworker', 'supervisor'],
  },
  // The fixture's document is in Farsi: its translation is needed, and may be declared not needed.
  { route: 'PUT /api/clients/{id}/documents/{documentId}/translation', body: (f) => ({ version: f.documentVersion, status: 'not-needed' }), ok: 200, roles: ['caseworker', 'supervisor'] },
  {
    route: 'POST /api/clients/{id}/documents/{documentId}/submissions',
    body: (f) => ({ versionNumber: f.documentVersionNumber, submittedTo: 'isa', submittedOn: '2026-01-05' }),
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'GET /api/clients/{id}/applications/{applicationId}/checklist', ok: 200 },
  { route: 'GET /api/clients/{id}/materials-requests', ok: 200 },
  {
    route: 'POST /api/clients/{id}/materials-requests',
    body: () => ({ receivedOn: '2026-01-05', dueDate: '2026-01-20', description: 'Original of the arrest warrant and its translation' }),
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  {
    route: 'PATCH /api/clients/{id}/materials-requests/{requestId}',
    body: (f) => ({ version: f.materialsRequestVersion, description: 'Original arrest warrant, translation and envelope' }),
    ok: 200,
    roles: ['caseworker', 'supervisor'],
  },
  // The partner directory (issue 12): no client data, so no scope; everyone signed in reads it,
  // supervisors and administrators maintain it. Its records hang off no client file: the rows
  // under one name an organisation and a service that do not exist, so a role that may act gets
  // 404 and the others 403 (the role is checked first). Acting on real records, role by role, is
  // in test/referrals/partners.e2e-spec.ts.
  { route: 'GET /api/partner-services', ok: 200, unscoped: true },
  { route: 'GET /api/partners', ok: 200, unscoped: true },
  { route: 'POST /api/partners', body: () => ({ name: 'Matrix partner (test)', referralEmail: 'matrix@partner.example.org' }), ok: 201, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'GET /api/partners/{partnerId}', params: NO_PARTNER, ok: 404, unscoped: true },
  { route: 'PATCH /api/partners/{partnerId}', params: NO_PARTNER, body: () => ({ version: 1, notes: 'Closed on Mondays' }), ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'POST /api/partners/{partnerId}/deactivate', params: NO_PARTNER, ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'POST /api/partners/{partnerId}/reactivate', params: NO_PARTNER, ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  {
    route: 'POST /api/partners/{partnerId}/services',
    params: NO_PARTNER,
    body: () => ({ kind: 'housing', name: 'Shelter', languages: ['ja'], prefectures: ['tokyo'] }),
    ok: 404,
    roles: ['supervisor', 'admin'],
    unscoped: true,
  },
  { route: 'GET /api/partners/{partnerId}/services/{serviceId}', params: NO_PARTNER, ok: 404, unscoped: true },
  { route: 'PATCH /api/partners/{partnerId}/services/{serviceId}', params: NO_PARTNER, body: () => ({ version: 1, name: 'Shelter' }), ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'PUT /api/partners/{partnerId}/services/{serviceId}/capacity', params: NO_PARTNER, body: () => ({ version: 1, available: 3 }), ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'POST /api/partners/{partnerId}/services/{serviceId}/deactivate', params: NO_PARTNER, ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  { route: 'POST /api/partners/{partnerId}/services/{serviceId}/reactivate', params: NO_PARTNER, ok: 404, roles: ['supervisor', 'admin'], unscoped: true },
  // Referrals (issue 12): the file's scope, like every record under it; not under emergency access.
  { route: 'GET /api/referrals/waiting', ok: 200, roles: ['caseworker', 'supervisor'], unscoped: true },
  { route: 'GET /api/clients/{id}/referrals', ok: 200 },
  {
    route: 'POST /api/clients/{id}/referrals',
    body: (f) => ({ serviceId: f.serviceId, reason: 'Needs a bed tonight', urgency: 'today', sharedFields: ['name'] }),
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'GET /api/clients/{id}/referrals/{referralId}', ok: 200 },
  { route: 'PATCH /api/clients/{id}/referrals/{referralId}', body: (f) => ({ version: f.referralVersion, urgency: 'this-week' }), ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'GET /api/clients/{id}/referrals/{referralId}/letter', ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'POST /api/clients/{id}/referrals/{referralId}/send', body: (f) => ({ version: f.referralVersion }), ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'POST /api/clients/{id}/referrals/{referralId}/steps', body: (f) => ({ version: f.referralVersion, action: 'cancel' }), ok: 200, roles: ['caseworker', 'supervisor'] },
  // The fixture's referral is a draft: an appointment comes only with an accepted one (409 for those who may act).
  {
    route: 'POST /api/clients/{id}/referrals/{referralId}/appointment',
    body: (f) => ({ version: f.referralVersion, kind: 'other', startsAt: '2026-12-10T09:00:00.000Z' }),
    ok: 409,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'POST /api/clients/{id}/referrals/{referralId}/link', ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'DELETE /api/clients/{id}/referrals/{referralId}/link', ok: 200, roles: ['caseworker', 'supervisor'] },
  { route: 'GET /api/clients/{id}/referral-consents', ok: 200 },
  {
    route: 'POST /api/clients/{id}/referral-consents',
    body: () => ({ serviceKind: 'housing', givenOn: '2026-01-05', scope: 'Housing partners, to find a shelter' }),
    ok: 201,
    roles: ['caseworker', 'supervisor'],
  },
  { route: 'POST /api/clients/{id}/referral-consents/{consentId}/withdrawal', body: (f) => ({ version: f.consentVersion }), ok: 200, roles: ['caseworker', 'supervisor'] },
  // The partner's side needs no session, and a session is worth nothing there: without the
  // referral's own token everyone, the file's caseworker included, gets the same 404.
  { route: 'POST /api/partner-replies/{referralId}', body: () => ({ token: 'A'.repeat(43) }), ok: 404, public: true, notFoundCode: 'REPLY_LINK_INVALID' },
  { route: 'POST /api/partner-replies/{referralId}/letter', body: () => ({ token: 'A'.repeat(43) }), ok: 404, public: true, notFoundCode: 'REPLY_LINK_INVALID' },
  { route: 'POST /api/partner-replies/{referralId}/answer', body: () => ({ token: 'A'.repeat(43), action: 'accept' }), ok: 404, public: true, notFoundCode: 'REPLY_LINK_INVALID' },
];

/** `GET /api/clients/{id}` for every row: what the coverage test compares with openapi.json. */
export const MATRIX_ROUTE_KEYS: readonly string[] = MATRIX_ROUTES.map((r) => r.route);

/** The row's path with the fixture's ids in place of its parameters. */
export function matrixPath(route: MatrixRoute, f: Fixture): string {
  const template = route.route.slice(route.route.indexOf(' ') + 1);
  return template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const own = route.params?.[name];
    if (own !== undefined) return own;
    const field = FIXTURE_PARAMS[name];
    if (!field) throw new Error(`${route.route}: the matrix fixture has no value for {${name}}; add it to Fixture and FIXTURE_PARAMS`);
    return String(f[field]);
  });
}

/** The status an actor must get for a row. */
export function expectedAnswer(route: MatrixRoute, actor: Actor): number {
  if (route.public) return route.ok;
  if (actor === 'no session') return 401;
  const special = route.answers?.[actor];
  if (special !== undefined) return special;
  const role: MatrixRole = actor === 'administrator' ? 'admin' : actor.includes('supervisor') ? 'supervisor' : 'caseworker';
  if (route.roles && !route.roles.includes(role)) return 403;
  if (route.unscoped) return route.ok;
  const inScope = actor === 'assigned caseworker' || actor === 'team supervisor';
  return inScope ? route.ok : 404;
}

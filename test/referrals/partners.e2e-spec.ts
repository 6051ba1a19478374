import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt, randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { localDate, SERVICE_KINDS, PROGRAMMES } from '#domain';
import { PartnerDirectoryService } from '#referrals';
import { seedDemoPartners, DEMO_PARTNERS } from '../../apps/api/src/demo/demo-partners.js';
import { signedIn, type SignedInBrowser } from '../support/accounts.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Service {
  id: string;
  partnerId: string;
  kind: string;
  programme: string | null;
  name: string;
  languages: string[];
  prefectures: string[];
  capacityAvailable: number | null;
  capacityUpdatedOn: string | null;
  active: boolean;
  version: number;
}

interface Listing extends Service {
  partner: { id: string; name: string; nameEn: string | null; active: boolean };
}

interface Partner {
  id: string;
  name: string;
  nameEn: string | null;
  contactPerson: string | null;
  referralEmail: string;
  phone: string | null;
  website: string | null;
  notes: string | null;
  active: boolean;
  version: number;
  services: Service[];
}

// Tue 10 Mar 2026, 10:00 in Tokyo.
const NOW = new Date('2026-03-10T01:00:00Z');
const TODAY = '2026-03-10';

/** Katakana no other test writes, so that a Japanese search finds this run's partners only. */
function uniqueKana(length = 6): string {
  return Array.from({ length }, () => String.fromCodePoint(0x30a2 + randomInt(0, 80))).join('');
}

const hiragana = (katakana: string): string => katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x60));

/** The same text in full-width Latin letters and digits: what a Japanese keyboard may type. */
const fullWidth = (text: string): string => text.replace(/[0-9a-z]/gi, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

/**
 * The partner directory through HTTP: searching by kind, language, prefecture and name in both
 * languages, paging, maintaining organisations and services with optimistic versions, capacity,
 * who may do what, the audit trail, and the demo's partners.
 */
describe('partner directory', () => {
  let api: TestApi;
  let admin: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(NOW);
    admin = await signedIn(api, { role: 'admin' });
    supervisor = await signedIn(api, { role: 'supervisor' });
    caseworker = await signedIn(api, { role: 'caseworker' });
  });
  afterAll(async () => {
    await api.close();
  });

  async function createPartner(fields: Record<string, unknown>, by: SignedInBrowser = admin): Promise<Partner> {
    const response = await by.post('/api/partners', { referralEmail: `referrals-${randomUUID().slice(0, 6)}@partner.example.org`, ...fields });
    if (response.status !== 201) throw new Error(`create partner failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Partner;
  }

  async function addService(partnerId: string, fields: Record<string, unknown>, by: SignedInBrowser = admin): Promise<Service> {
    const response = await by.post(`/api/partners/${partnerId}/services`, { languages: ['ja'], prefectures: ['tokyo'], ...fields });
    if (response.status !== 201) throw new Error(`add service failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Service;
  }

  /** Every page of a search, as the service ids in order (fails on any page that is not 200). */
  async function searchAll(query: Record<string, string>, limit = 200): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
      const page = await caseworker.get(`/api/partner-services?${params.toString()}`);
      expect(page.status).toBe(200);
      ids.push(...(page.body.items as Listing[]).map((item) => item.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    return ids;
  }

  const organisationCount = async (): Promise<number> =>
    (await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM partner_organisation'))[0].n;
  const serviceCount = async (): Promise<number> => (await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM partner_service'))[0].n;

  describe('search', () => {
    const marker = `m${randomUUID().slice(0, 8)}`;
    const kana = uniqueKana();
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const hikari = await createPartner({ name: `ひかり支援ネット${kana}`, nameEn: `Hikari Support ${marker}` });
      ids.hikariHousing = (await addService(hikari.id, { kind: 'housing', name: `夜間シェルター${kana}`, languages: ['ja', 'en'], prefectures: ['tokyo'] })).id;
      ids.hikariLegal = (await addService(hikari.id, { kind: 'legal-aid', programme: 'jfba-legal-aid', name: 'Legal aid', languages: ['ja', 'fa'], prefectures: ['osaka'] })).id;
      const care = await addService(hikari.id, { kind: 'psychosocial', name: 'Counselling', languages: ['ja'], prefectures: ['tokyo'] });
      ids.hikariInactive = care.id;
      expect((await admin.post(`/api/partners/${hikari.id}/services/${care.id}/deactivate`)).status).toBe(200);

      const zephyr = await createPartner({ name: `Zephyr Aid ${marker}`, nameEn: null });
      ids.zephyrClass = (await addService(zephyr.id, { kind: 'japanese-language', name: 'Japanese class', languages: ['ja', 'my'], prefectures: ['saitama', 'tokyo'] })).id;

      const closed = await createPartner({ name: `閉鎖した団体${kana}`, nameEn: `Closed House ${marker}` });
      ids.closedHousing = (await addService(closed.id, { kind: 'housing', name: 'Shared house', languages: ['ja', 'en'], prefectures: ['tokyo'] })).id;
      expect((await admin.post(`/api/partners/${closed.id}/deactivate`)).status).toBe(200);
    });

    it('finds services by kind, language and prefecture, leaving out inactive services and organisations', async () => {
      expect(new Set(await searchAll({ q: marker }))).toEqual(new Set([ids.hikariHousing, ids.hikariLegal, ids.zephyrClass]));
      expect(await searchAll({ q: marker, kind: 'housing' })).toEqual([ids.hikariHousing]);
      expect(await searchAll({ q: marker, language: 'fa' })).toEqual([ids.hikariLegal]);
      expect(await searchAll({ q: marker, language: 'my' })).toEqual([ids.zephyrClass]);
      expect(new Set(await searchAll({ q: marker, prefecture: 'tokyo' }))).toEqual(new Set([ids.hikariHousing, ids.zephyrClass]));
      expect(await searchAll({ q: marker, kind: 'housing', language: 'en', prefecture: 'tokyo' })).toEqual([ids.hikariHousing]);
      expect(await searchAll({ q: marker, kind: 'housing', prefecture: 'osaka' })).toEqual([]);
      expect(new Set(await searchAll({ q: marker, includeInactive: 'true' }))).toEqual(
        new Set([ids.hikariHousing, ids.hikariLegal, ids.hikariInactive, ids.zephyrClass, ids.closedHousing]),
      );
    });

    it('matches the organisation’s name in Japanese and English and the service’s name, whatever the case, width, kana or spacing', async () => {
      expect(new Set(await searchAll({ q: `支援ネット${kana}` }))).toEqual(new Set([ids.hikariHousing, ids.hikariLegal]));
      expect(new Set(await searchAll({ q: `hikari SUPPORT ${marker.toUpperCase()}` }))).toEqual(new Set([ids.hikariHousing, ids.hikariLegal]));
      expect(new Set(await searchAll({ q: fullWidth(`Hikari Support ${marker}`) }))).toEqual(new Set([ids.hikariHousing, ids.hikariLegal]));
      expect(await searchAll({ q: `シェルター${kana}` })).toEqual([ids.hikariHousing]);
      // Katakana and hiragana are one for the search, as are half-width and full-width forms.
      expect(await searchAll({ q: `しぇるたー${hiragana(kana)}` })).toEqual([ids.hikariHousing]);
      expect(new Set(await searchAll({ q: `ひかり 支援 ﾈｯﾄ${kana}` }))).toEqual(new Set([ids.hikariHousing, ids.hikariLegal]));
      expect(await searchAll({ q: `zephyr aid ${marker}` })).toEqual([ids.zephyrClass]);
    });

    it('shows each hit with its organisation, ordered by the organisation’s name', async () => {
      const page = await caseworker.get(`/api/partner-services?q=${marker}&kind=japanese-language`);
      expect(page.body.items).toEqual([
        expect.objectContaining({
          id: ids.zephyrClass,
          kind: 'japanese-language',
          programme: null,
          languages: ['ja', 'my'],
          prefectures: ['saitama', 'tokyo'],
          active: true,
          partner: expect.objectContaining({ name: `Zephyr Aid ${marker}`, nameEn: null, active: true }),
        }),
      ]);
      const names = ((await caseworker.get(`/api/partner-services?q=${marker}&includeInactive=true`)).body.items as Listing[]).map((item) => item.partner.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('never takes % or _ as a wildcard, and refuses a text with nothing to search for', async () => {
      expect(await searchAll({ q: `Hik%Support ${marker}` })).toEqual([]);
      expect(await searchAll({ q: `Zeph_r Aid ${marker}` })).toEqual([]);
      expect(await searchAll({ q: `Zephyr_Aid ${marker}` })).toEqual([ids.zephyrClass]);
      for (const q of ['%', '_', ' % _ ']) {
        const response = await caseworker.get(`/api/partner-services?q=${encodeURIComponent(q)}`);
        expect({ q, status: response.status, fields: response.body.details?.fields }).toEqual({ q, status: 400, fields: [{ field: 'q', problems: ['nothing to search for'] }] });
      }
    });

    it('refuses unknown kinds, prefectures and malformed language codes with 400', async () => {
      for (const query of ['kind=food', 'prefecture=tokio', 'language=EN', 'language=eng', 'limit=0', 'limit=201', `q=${'x'.repeat(101)}`, 'includeInactive=yes', 'colour=blue']) {
        const response = await caseworker.get(`/api/partner-services?${query}`);
        expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      }
    });
  });

  describe('paging', () => {
    const marker = `p${randomUUID().slice(0, 8)}`;
    let expected: string[];

    beforeAll(async () => {
      // Two services under one organisation: the service id breaks the tie on the name.
      const names = ['Delta', 'alpha', 'Charlie', 'Bravo'].map((name) => `${name} ${marker}`);
      const created: { name: string; serviceIds: string[] }[] = [];
      for (const name of names) {
        const partner = await createPartner({ name });
        const first = await addService(partner.id, { kind: 'other', name: 'Food' });
        const second = name.startsWith('Charlie') ? [(await addService(partner.id, { kind: 'other', name: 'Clothes' })).id] : [];
        created.push({ name, serviceIds: [first.id, ...second].sort() });
      }
      // The database's own order of the names (its collation), then the service ids.
      const order = await api.dataSource.query<{ name: string }[]>('SELECT name FROM partner_organisation WHERE name = ANY($1) ORDER BY name', [names]);
      expected = order.flatMap(({ name }) => created.find((c) => c.name === name)!.serviceIds);
    });

    it('walks the whole result a page at a time, each service once, in order', async () => {
      expect(expected).toHaveLength(5);
      expect(await searchAll({ q: marker }, 2)).toEqual(expected);
      expect(await searchAll({ q: marker }, 1)).toEqual(expected);
      const first = await caseworker.get(`/api/partner-services?q=${marker}&limit=5`);
      expect(first.body.nextCursor).toBeNull();
    });

    it('walks the organisations a page at a time too', async () => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await caseworker.get(`/api/partners?q=${marker}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        names.push(...(page.body.items as Partner[]).map((p) => p.name));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      const order = await api.dataSource.query<{ name: string }[]>(`SELECT name FROM partner_organisation WHERE name LIKE $1 ORDER BY name, id`, [`% ${marker}`]);
      expect(names).toEqual(order.map((o) => o.name));
    });

    it('answers a cursor that was not one of its own with 400', async () => {
      const edited = Buffer.from(JSON.stringify(['Delta', 'not-a-uuid'])).toString('base64url');
      const short = Buffer.from(JSON.stringify(['Delta'])).toString('base64url');
      for (const cursor of ['garbage!', edited, short, Buffer.from('[1,2]').toString('base64url')]) {
        for (const path of ['/api/partner-services', '/api/partners']) {
          const response = await caseworker.get(`${path}?cursor=${encodeURIComponent(cursor)}`);
          expect({ path, cursor, status: response.status, code: response.body.code, fields: response.body.details?.fields }).toEqual({
            path,
            cursor,
            status: 400,
            code: 'VALIDATION_FAILED',
            fields: [{ field: 'cursor', problems: ['unreadable'] }],
          });
        }
      }
    });
  });

  describe('maintaining the directory', () => {
    it('creates an organisation and its services as sent, trimmed, with blank optional text as none', async () => {
      const created = await admin.post('/api/partners', {
        name: '  NPO法人テスト支援  ',
        nameEn: 'Test Support',
        contactPerson: '   ',
        referralEmail: 'intake@test-support.example.org',
        phone: '03-0000-0000',
        website: 'https://test-support.example.org/referrals',
        notes: 'Weekdays only',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'NPO法人テスト支援',
        nameEn: 'Test Support',
        contactPerson: null,
        referralEmail: 'intake@test-support.example.org',
        phone: '03-0000-0000',
        website: 'https://test-support.example.org/referrals',
        active: true,
        version: 1,
        services: [],
      });
      const service = await supervisor.post(`/api/partners/${created.body.id}/services`, {
        kind: 'living-allowance',
        programme: 'rhq-protection-allowance',
        name: 'Protection allowance',
        eligibilityNotes: 'Destitute applicants',
        languages: ['ja', 'en'],
        prefectures: ['tokyo', 'chiba'],
      });
      expect(service.status).toBe(201);
      expect(service.body).toMatchObject({ partnerId: created.body.id, kind: 'living-allowance', programme: 'rhq-protection-allowance', capacityAvailable: null, capacityUpdatedOn: null, active: true, version: 1 });
      const detail = await caseworker.get(`/api/partners/${created.body.id}`);
      expect(detail.status).toBe(200);
      expect((detail.body as Partner).services.map((s) => s.id)).toEqual([service.body.id]);
      expect((await caseworker.get(`/api/partners/${created.body.id}/services/${service.body.id}`)).body).toEqual(service.body);
    });

    it('refuses invalid input with 400 and the fields, and stores nothing', async () => {
      const valid = { name: 'Valid name', referralEmail: 'ok@partner.example.org' };
      const partners = await organisationCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ ...valid, referralEmail: 'not-an-address' }, 'referralEmail'],
        [{ name: 'No address' }, 'referralEmail'],
        [{ ...valid, website: 'javascript:alert(1)' }, 'website'],
        [{ ...valid, website: 'ftp://files.example.org' }, 'website'],
        [{ ...valid, website: 'example.org' }, 'website'],
        [{ ...valid, name: '   ' }, 'name'],
        [{ ...valid, name: 'x'.repeat(201) }, 'name'],
        [{ ...valid, phone: 'call us' }, 'phone'],
        [{ ...valid, notes: 'x'.repeat(4001) }, 'notes'],
        [{ ...valid, active: false }, 'active'],
      ];
      for (const [body, field] of cases) {
        const response = await admin.post('/api/partners', body);
        expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
        expect((response.body.details.fields as { field: string }[]).map((f) => f.field)).toContain(field);
      }
      expect(await organisationCount()).toBe(partners);

      const partner = await createPartner({ name: 'Service validation' });
      const services = await serviceCount();
      const service = { kind: 'housing', name: 'Beds', languages: ['ja'], prefectures: ['tokyo'] };
      const serviceCases: [Record<string, unknown>, string][] = [
        [{ ...service, kind: 'food' }, 'kind'],
        [{ ...service, programme: 'rhq-anything' }, 'programme'],
        [{ ...service, languages: ['jpn'] }, 'languages'],
        [{ ...service, languages: ['JA'] }, 'languages'],
        [{ ...service, languages: [] }, 'languages'],
        [{ ...service, languages: ['ja', 'ja'] }, 'languages'],
        [{ ...service, prefectures: ['tokio'] }, 'prefectures'],
        [{ ...service, prefectures: [] }, 'prefectures'],
        [{ ...service, prefectures: 'tokyo' }, 'prefectures'],
        [{ ...service, name: '' }, 'name'],
        [{ ...service, eligibilityNotes: 'x'.repeat(4001) }, 'eligibilityNotes'],
      ];
      for (const [body, field] of serviceCases) {
        const response = await admin.post(`/api/partners/${partner.id}/services`, body);
        expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
        expect((response.body.details.fields as { field: string }[]).map((f) => f.field)).toContain(field);
      }
      expect(await serviceCount()).toBe(services);
    });

    it('updates against the version read; a stale version answers 409 and changes nothing', async () => {
      const u = randomUUID().slice(0, 8);
      const partner = await createPartner({ name: `Before ${u}`, notes: 'Old notes', phone: '03-0000-0001' });
      const updated = await supervisor.patch(`/api/partners/${partner.id}`, { version: partner.version, name: 'After', nameEn: `Renamed ${u}`, notes: null });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: 'After', nameEn: `Renamed ${u}`, notes: null, phone: '03-0000-0001', version: partner.version + 1 });
      // The search follows the new names.
      const listed = async (q: string) => ((await caseworker.get(`/api/partners?q=${encodeURIComponent(q)}`)).body.items as Partner[]).map((p) => p.id);
      expect(await listed(`renamed ${u}`)).toEqual([partner.id]);
      expect(await listed(`Before ${u}`)).toEqual([]);

      const stale = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, name: 'Lost update' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: partner.version + 1 } });
      expect((await caseworker.get(`/api/partners/${partner.id}`)).body).toMatchObject({ name: 'After', version: partner.version + 1 });

      // Nothing to change: no new version.
      const same = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version + 1, name: 'After' });
      expect(same.body.version).toBe(partner.version + 1);
      // A required field cannot be cleared.
      for (const body of [{ name: null }, { referralEmail: null }, { version: undefined, name: 'No version' }]) {
        const refused = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version + 1, ...body });
        expect(refused.status).toBe(400);
      }

      const service = await addService(partner.id, { kind: 'employment', name: 'Jobs', languages: ['ja'], prefectures: ['tokyo'] });
      const changed = await admin.patch(`/api/partners/${partner.id}/services/${service.id}`, { version: service.version, languages: ['ja', 'en', 'vi'], prefectures: ['osaka'], programme: 'rhq-settlement-programme' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ languages: ['ja', 'en', 'vi'], prefectures: ['osaka'], programme: 'rhq-settlement-programme', version: service.version + 1 });
      const staleService = await admin.patch(`/api/partners/${partner.id}/services/${service.id}`, { version: service.version, name: 'Lost' });
      expect(staleService.status).toBe(409);
      expect(staleService.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: service.version + 1 } });
      const cleared = await admin.patch(`/api/partners/${partner.id}/services/${service.id}`, { version: service.version + 1, programme: null });
      expect(cleared.body).toMatchObject({ programme: null, name: 'Jobs', version: service.version + 2 });
      expect(await searchAll({ q: `Job club ${u}` })).toEqual([]);
      await admin.patch(`/api/partners/${partner.id}/services/${service.id}`, { version: service.version + 2, name: `Job club ${u}` });
      expect(await searchAll({ q: `Job club ${u}` })).toEqual([service.id]);
    });

    it('answers unknown organisations and services, and a service under another organisation, with 404', async () => {
      const missing = '00000000-0000-4000-8000-00000000f00d';
      const partner = await createPartner({ name: 'Owner of the service' });
      const other = await createPartner({ name: 'Another organisation' });
      const service = await addService(partner.id, { kind: 'health', name: 'Clinic' });
      const attempts = [
        caseworker.get(`/api/partners/${missing}`),
        admin.patch(`/api/partners/${missing}`, { version: 1, name: 'X' }),
        admin.post(`/api/partners/${missing}/deactivate`),
        admin.post(`/api/partners/${missing}/services`, { kind: 'health', name: 'Clinic', languages: ['ja'], prefectures: ['tokyo'] }),
        caseworker.get(`/api/partners/${partner.id}/services/${missing}`),
        caseworker.get(`/api/partners/${other.id}/services/${service.id}`),
        admin.patch(`/api/partners/${other.id}/services/${service.id}`, { version: service.version, name: 'Moved' }),
        admin.put(`/api/partners/${other.id}/services/${service.id}/capacity`, { version: service.version, available: 1 }),
        admin.post(`/api/partners/${other.id}/services/${service.id}/deactivate`),
      ];
      for (const response of await Promise.all(attempts)) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'RECORD_NOT_FOUND' });
      }
      expect((await caseworker.get('/api/partners/not-a-uuid')).status).toBe(400);
      expect((await caseworker.get(`/api/partners/${partner.id}/services/${service.id}`)).body).toMatchObject({ name: 'Clinic', active: true, version: service.version });
    });

    it('deactivates and reactivates, once each, and an inactive organisation’s services leave the search', async () => {
      const name = `Toggle ${randomUUID().slice(0, 8)}`;
      const partner = await createPartner({ name });
      const service = await addService(partner.id, { kind: 'education', name: 'Homework help' });
      expect(await searchAll({ q: name })).toEqual([service.id]);
      const off = await supervisor.post(`/api/partners/${partner.id}/deactivate`);
      expect(off.body).toMatchObject({ active: false, version: partner.version + 1 });
      expect((await supervisor.post(`/api/partners/${partner.id}/deactivate`)).body.version).toBe(partner.version + 1);
      expect(await searchAll({ q: name })).toEqual([]);
      expect((await caseworker.get(`/api/partners?q=${encodeURIComponent(name)}`)).body.items).toEqual([]);
      expect(((await caseworker.get(`/api/partners?q=${encodeURIComponent(name)}&includeInactive=true`)).body.items as Partner[]).map((p) => p.id)).toEqual([partner.id]);
      expect((await supervisor.post(`/api/partners/${partner.id}/reactivate`)).body).toMatchObject({ active: true });
      expect(await searchAll({ q: name })).toEqual([service.id]);

      expect((await supervisor.post(`/api/partners/${partner.id}/services/${service.id}/deactivate`)).body).toMatchObject({ active: false });
      expect(await searchAll({ q: name })).toEqual([]);
      expect((await supervisor.post(`/api/partners/${partner.id}/services/${service.id}/reactivate`)).body).toMatchObject({ active: true });
      expect(await searchAll({ q: name })).toEqual([service.id]);
    });
  });

  describe('capacity', () => {
    it('records the places free and the day they were counted, today unless told', async () => {
      const partner = await createPartner({ name: 'Shelter with beds' });
      const service = await addService(partner.id, { kind: 'housing', name: 'Beds' });
      const path = `/api/partners/${partner.id}/services/${service.id}/capacity`;

      const today = await supervisor.put(path, { version: service.version, available: 3 });
      expect(today.status).toBe(200);
      expect(today.body).toMatchObject({ capacityAvailable: 3, capacityUpdatedOn: TODAY, version: service.version + 1 });

      const earlier = await supervisor.put(path, { version: today.body.version, available: 0, updatedOn: '2026-03-08' });
      expect(earlier.body).toMatchObject({ capacityAvailable: 0, capacityUpdatedOn: '2026-03-08' });

      for (const body of [
        { version: earlier.body.version, available: 2, updatedOn: '2026-03-11' },
        { version: earlier.body.version, available: -1 },
        { version: earlier.body.version, available: 1.5 },
        { version: earlier.body.version, available: 2, updatedOn: '2026-02-30' },
        { version: earlier.body.version },
      ]) {
        const refused = await supervisor.put(path, body);
        expect({ body, status: refused.status, code: refused.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
      const stale = await supervisor.put(path, { version: today.body.version, available: 9 });
      expect(stale.status).toBe(409);

      const cleared = await supervisor.put(path, { version: earlier.body.version, available: null, updatedOn: '2026-03-09' });
      expect(cleared.body).toMatchObject({ capacityAvailable: null, capacityUpdatedOn: null });
      expect((await caseworker.get(`/api/partners/${partner.id}/services/${service.id}`)).body).toMatchObject({ capacityAvailable: null, version: earlier.body.version + 1 });
    });
  });

  describe('who may do what', () => {
    it('lets everyone signed in read, supervisors and administrators change, and refuses a caseworker’s change with 403', async () => {
      const partner = await createPartner({ name: `Roles ${randomUUID().slice(0, 8)}` });
      const service = await addService(partner.id, { kind: 'other', name: 'Food' });
      const reads = [`/api/partner-services?q=${encodeURIComponent(partner.name)}`, '/api/partners', `/api/partners/${partner.id}`, `/api/partners/${partner.id}/services/${service.id}`];
      for (const browser of [caseworker, supervisor, admin]) {
        for (const path of reads) expect({ path, status: (await browser.get(path)).status }).toEqual({ path, status: 200 });
      }
      for (const path of reads) expect((await request(api.server).get(path)).status).toBe(401);

      // Each change reads the current version first: a refusal is about the role, never a stale version.
      const version = async (): Promise<number> => ((await caseworker.get(`/api/partners/${partner.id}`)).body as Partner).version;
      const serviceVersion = async (): Promise<number> => ((await caseworker.get(`/api/partners/${partner.id}/services/${service.id}`)).body as Service).version;
      const servicePath = `/api/partners/${partner.id}/services/${service.id}`;
      const changes: [name: string, ok: number, send: (b: SignedInBrowser) => Promise<Response>][] = [
        ['create', 201, async (b) => b.post('/api/partners', { name: `By ${b.user.role}`, referralEmail: 'x@partner.example.org' })],
        ['update', 200, async (b) => b.patch(`/api/partners/${partner.id}`, { version: await version(), notes: `By ${b.user.role}` })],
        ['deactivate', 200, async (b) => b.post(`/api/partners/${partner.id}/deactivate`)],
        ['reactivate', 200, async (b) => b.post(`/api/partners/${partner.id}/reactivate`)],
        ['add service', 201, async (b) => b.post(`/api/partners/${partner.id}/services`, { kind: 'other', name: 'More', languages: ['ja'], prefectures: ['tokyo'] })],
        ['update service', 200, async (b) => b.patch(servicePath, { version: await serviceVersion(), name: `By ${b.user.role}` })],
        ['capacity', 200, async (b) => b.put(`${servicePath}/capacity`, { version: await serviceVersion(), available: b.user.role === 'admin' ? 2 : 1 })],
        ['deactivate service', 200, async (b) => b.post(`${servicePath}/deactivate`)],
        ['reactivate service', 200, async (b) => b.post(`${servicePath}/reactivate`)],
      ];
      const before = { partners: await organisationCount(), services: await serviceCount() };
      for (const [name, , send] of changes) {
        const response = await send(caseworker);
        expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status: 403, code: 'FORBIDDEN' });
      }
      expect({ partners: await organisationCount(), services: await serviceCount() }).toEqual(before);
      expect((await caseworker.get(`/api/partners/${partner.id}`)).body).toMatchObject({ notes: null, active: true, version: partner.version, services: [{ name: 'Food', active: true, version: service.version }] });

      for (const browser of [supervisor, admin]) {
        for (const [name, ok, send] of changes) {
          const response = await send(browser);
          expect({ role: browser.user.role, name, status: response.status }).toEqual({ role: browser.user.role, name, status: ok });
        }
      }
      expect((await caseworker.get(`/api/partners/${partner.id}/services/${service.id}`)).body).toMatchObject({ name: 'By admin', capacityAvailable: 2, active: true });
    });
  });

  describe('audit trail', () => {
    it('records every change with who made it and the fields it touched, and none of the values', async () => {
      const contact = 'Audit Contact Person';
      const phone = '03-0000-4242';
      const email = `audit-${randomUUID().slice(0, 6)}@partner.example.org`;
      const partner = await createPartner({ name: 'Audited organisation', contactPerson: contact, phone, referralEmail: email }, supervisor);
      await supervisor.patch(`/api/partners/${partner.id}`, { version: partner.version, contactPerson: 'Another Contact', phone: '03-0000-4343' });
      await admin.post(`/api/partners/${partner.id}/deactivate`);
      await admin.post(`/api/partners/${partner.id}/reactivate`);
      const service = await addService(partner.id, { kind: 'housing', programme: null, name: 'Audited beds' }, supervisor);
      await admin.patch(`/api/partners/${partner.id}/services/${service.id}`, { version: service.version, eligibilityNotes: 'Families only' });
      await admin.put(`/api/partners/${partner.id}/services/${service.id}/capacity`, { version: service.version + 1, available: 4 });
      await admin.post(`/api/partners/${partner.id}/services/${service.id}/deactivate`);
      await admin.post(`/api/partners/${partner.id}/services/${service.id}/reactivate`);
      // Refused attempts change nothing and audit nothing.
      await caseworker.patch(`/api/partners/${partner.id}`, { version: partner.version + 3, notes: 'Refused' });
      await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, notes: 'Stale' });

      const rows = await api.dataSource.query<{ action: string; actor_user_id: string; actor_role: string; target_type: string; target_id: string; changed_fields: string[] | null; details: Record<string, unknown> | null }[]>(
        `SELECT action, actor_user_id, actor_role, target_type, target_id, changed_fields, details FROM audit_event WHERE target_id = ANY($1::uuid[]) ORDER BY id`,
        [[partner.id, service.id]],
      );
      expect(rows.map((r) => [r.action, r.actor_role, r.target_type, r.changed_fields])).toEqual([
        ['partner.created', 'supervisor', 'partner', null],
        ['partner.updated', 'supervisor', 'partner', ['contactPerson', 'phone']],
        ['partner.deactivated', 'admin', 'partner', null],
        ['partner.reactivated', 'admin', 'partner', null],
        ['partner.service.created', 'supervisor', 'partner-service', null],
        ['partner.service.updated', 'admin', 'partner-service', ['eligibilityNotes']],
        ['partner.service.capacity-set', 'admin', 'partner-service', null],
        ['partner.service.deactivated', 'admin', 'partner-service', null],
        ['partner.service.reactivated', 'admin', 'partner-service', null],
      ]);
      expect(rows[0].actor_user_id).toBe(supervisor.user.id);
      expect(rows[2].actor_user_id).toBe(admin.user.id);
      expect(rows[4].details).toEqual({ partnerId: partner.id, kind: 'housing', programme: null });
      expect(rows[6].details).toEqual({ partnerId: partner.id, available: 4, updatedOn: TODAY });
      const written = JSON.stringify(rows);
      for (const value of [contact, 'Another Contact', phone, '03-0000-4343', email, 'Families only', 'Audited organisation']) expect(written).not.toContain(value);
    });
  });

  describe('for referrals', () => {
    it('tells the referral service where a service’s referrals go, and whether it takes them', async () => {
      const directory = api.app.get(PartnerDirectoryService);
      const partner = await createPartner({ name: 'みなと支援センター', referralEmail: 'referrals@minato.example.jp' });
      const service = await addService(partner.id, { kind: 'legal-aid', programme: 'jfba-legal-aid', name: '法律援助' });
      expect(await directory.serviceForReferral(service.id)).toEqual({
        serviceId: service.id,
        partnerId: partner.id,
        kind: 'legal-aid',
        programme: 'jfba-legal-aid',
        serviceName: '法律援助',
        organisationName: 'みなと支援センター',
        referralEmail: 'referrals@minato.example.jp',
        active: true,
      });
      await admin.post(`/api/partners/${partner.id}/deactivate`);
      expect((await directory.serviceForReferral(service.id))?.active).toBe(false);
      await admin.post(`/api/partners/${partner.id}/reactivate`);
      await admin.post(`/api/partners/${partner.id}/services/${service.id}/deactivate`);
      expect((await directory.serviceForReferral(service.id))?.active).toBe(false);
      expect(await directory.serviceForReferral('00000000-0000-4000-8000-00000000beef')).toBeNull();
    });
  });

  describe('demo partners', () => {
    let demo: TestApi;

    beforeAll(async () => {
      demo = await startTestApi({ env: { DATABASE_URL: await freshDatabase('partners_demo') } });
      demo.clock.set(NOW);
    });
    afterAll(async () => {
      await demo.close();
    });

    it('seeds invented organisations of every kind once, with example addresses and the public programmes', async () => {
      const directory = demo.app.get(PartnerDirectoryService);
      expect(await seedDemoPartners(directory, localDate(TODAY))).toBe(DEMO_PARTNERS.length);
      expect(await seedDemoPartners(directory, localDate(TODAY))).toBe(0);

      const [counts] = await demo.dataSource.query<[{ partners: number; services: number; kinds: string[]; programmes: string[] }]>(
        `SELECT (SELECT count(*)::int FROM partner_organisation) AS partners, (SELECT count(*)::int FROM partner_service) AS services,
                (SELECT array_agg(DISTINCT kind ORDER BY kind) FROM partner_service) AS kinds,
                (SELECT array_agg(DISTINCT programme ORDER BY programme) FROM partner_service WHERE programme IS NOT NULL) AS programmes`,
      );
      expect(counts.partners).toBe(DEMO_PARTNERS.length);
      expect(counts.services).toBe(DEMO_PARTNERS.reduce((n, p) => n + p.services.length, 0));
      expect(counts.kinds).toEqual([...SERVICE_KINDS].sort());
      expect(counts.programmes).toEqual([...PROGRAMMES].sort());

      const organisations = await demo.dataSource.query<{ name: string; name_en: string; referral_email: string; website: string | null; active: boolean }[]>(
        'SELECT name, name_en, referral_email, website, active FROM partner_organisation',
      );
      for (const o of organisations) {
        expect(o.name).toMatch(/デモ|架空/);
        expect(o.name_en).toMatch(/fictional/);
        expect(o.referral_email).toMatch(/@[a-z0-9.-]+\.example\.(org|jp)$/);
        if (o.website !== null) expect(new URL(o.website).hostname).toMatch(/\.example\.(org|jp)$/);
      }
      expect(organisations.filter((o) => !o.active)).toHaveLength(1);

      const signedInUser = await signedIn(demo, { role: 'caseworker' });
      const shelters = await signedInUser.get('/api/partner-services?kind=housing&prefecture=tokyo');
      expect((shelters.body.items as Listing[]).map((s) => s.capacityAvailable)).toEqual([2]);
      expect((shelters.body.items as Listing[])[0].capacityUpdatedOn).toBe('2026-03-09');
    });
  });
});

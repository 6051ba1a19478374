import type pg from 'pg';
import { PREFECTURES, PROGRAMMES, SERVICE_KINDS, searchText } from '#domain';
import { ReferralLetterRenderer, renderRate } from '#referrals';

/** The directory size the issue measures: a national network's partners. */
export const PARTNERS = 1_000;
/** Referrals waiting for an answer per measured caseworker: a busy week. */
export const WAITING_PER_CASEWORKER = 30;

const LANGUAGES = ['ja', 'en', 'fa', 'ar', 'my', 'tr', 'ta', 'ku', 'vi', 'zh', 'ne', 'fr', 'es', 'ps', 'ur'];

/**
 * Fills the directory to PARTNERS organisations, each with one to three services of cycling kinds,
 * languages and prefectures (a few nationwide), so a search filters a realistic spread.
 * Idempotent: a directory already that large is left alone.
 */
export async function seedPartnerDirectory(db: pg.Client): Promise<void> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM partner_organisation');
  const have = Number(rows[0]?.n ?? 0);
  for (let i = have; i < PARTNERS; i++) {
    const name = `ベンチ支援団体${i}`;
    const nameEn = `Bench Partner ${i}`;
    const organisation = await db.query<{ id: string }>(
      `INSERT INTO partner_organisation (name, name_en, contact_person, referral_email, search_text, version) VALUES ($1, $2, '担当者', $3, $4, 1) RETURNING id`,
      [name, nameEn, `partner-${i}@bench.example.org`, searchText([name, nameEn])],
    );
    const organisationId = organisation.rows[0]?.id;
    for (let s = 0; s < 1 + (i % 3); s++) {
      const kind = SERVICE_KINDS[(i + s * 3) % SERVICE_KINDS.length] as string;
      const languages = ['ja', LANGUAGES[(i + s) % LANGUAGES.length], LANGUAGES[(i * 7 + s) % LANGUAGES.length]].filter((l, k, all) => all.indexOf(l) === k);
      const prefectures = i % 50 === 0 ? [...PREFECTURES] : [PREFECTURES[i % PREFECTURES.length] as string, PREFECTURES[(i * 5 + s) % PREFECTURES.length] as string].filter((p, k, all) => all.indexOf(p) === k);
      const serviceName = `${kind} サービス ${i}-${s}`;
      await db.query(
        `INSERT INTO partner_service (organisation_id, kind, programme, name, languages, prefectures, capacity_available, capacity_updated_on, search_text, active, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::int IS NULL THEN NULL ELSE current_date END, $8, $9, 1)`,
        [organisationId, kind, i % 40 === 0 ? PROGRAMMES[i % PROGRAMMES.length] : null, serviceName, languages, prefectures, kind === 'housing' ? i % 7 : null, searchText([serviceName]), i % 23 !== 0],
      );
    }
  }
}

/**
 * Gives each measured caseworker WAITING_PER_CASEWORKER referrals sent from their own files and
 * not yet answered, with follow-up dates around today. Idempotent per caseworker.
 */
export async function seedWaitingReferrals(db: pg.Client, caseworkerIds: readonly string[]): Promise<void> {
  const { rows: services } = await db.query<{ id: string; organisation_id: string; kind: string }>('SELECT id, organisation_id, kind FROM partner_service ORDER BY id LIMIT 200');
  for (const userId of caseworkerIds) {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM referral WHERE created_by = $1 AND status IN ('sent', 'acknowledged')`, [userId]);
    if (Number(rows[0]?.n ?? 0) >= WAITING_PER_CASEWORKER) continue;
    const { rows: files } = await db.query<{ client_id: string }>(
      `SELECT a.client_id FROM client_assignment a JOIN client c ON c.id = a.client_id AND c.status = 'open' WHERE a.user_id = $1 ORDER BY a.client_id LIMIT $2`,
      [userId, WAITING_PER_CASEWORKER],
    );
    for (const [index, file] of files.entries()) {
      const service = services[(index * 13 + userId.charCodeAt(0)) % services.length];
      if (!service) continue;
      await db.query(
        `INSERT INTO referral (client_id, service_id, partner_id, service_kind, reason, urgency, shared_fields, letter_locale, status, sent_on, follow_up_on, created_by, version)
         VALUES ($1, $2, $3, $4, 'Bench referral', 'this-week', '{name,languages}', 'ja', $5, current_date - $6::int, current_date + 5 - $6::int, $7, 2)`,
        [file.client_id, service.id, service.organisation_id, service.kind, index % 4 === 0 ? 'acknowledged' : 'sent', index % 9, userId],
      );
    }
  }
}

/** The searches a caseworker makes: by kind, prefecture and language, sometimes with a name. */
export function directorySearch(n: number): string {
  const kind = SERVICE_KINDS[n % SERVICE_KINDS.length] as string;
  const prefecture = PREFECTURES[(n * 7) % PREFECTURES.length] as string;
  const language = LANGUAGES[(n * 3) % LANGUAGES.length];
  const filters = [`kind=${kind}`, n % 2 === 0 ? `prefecture=${prefecture}` : '', n % 3 === 0 ? `language=${language}` : '', n % 5 === 0 ? `q=${encodeURIComponent(n % 10 === 0 ? '支援団体1' : 'partner 2')}` : ''];
  return `/api/partner-services?limit=50&${filters.filter(Boolean).join('&')}`;
}

/** Letters per second, three runs of `seconds` each, after one warm-up letter (fonts read once per process). */
export async function letterRates(seconds: number): Promise<number[]> {
  const renderer = new ReferralLetterRenderer();
  await renderRate(renderer, 0.2);
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) runs.push((await renderRate(renderer, seconds)).perSecond);
  return runs;
}

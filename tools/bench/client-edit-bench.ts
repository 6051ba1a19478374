import type pg from 'pg';

/** One caseworker editing one of their files: the session's cookie and the file. */
export interface Editor {
  readonly cookie: string;
  readonly clientId: string;
}

export interface EditsMeasured {
  readonly edits: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
  /** Audit rows the edits wrote, per edit (a write's own row is one). */
  readonly auditRowsPerEdit: number;
}

/**
 * A client edit (`PATCH /api/clients/:id`, a phone number) through the real api, each editor
 * saving one after another from the version the last answer carried, as a caseworker correcting
 * a file does: `warmUp` edits each, then every edit for `seconds` measured. Counts the audit
 * rows written per edit from the database.
 */
export async function measureClientEdits(base: string, db: pg.Client, editors: readonly Editor[], options: { warmUp: number; seconds: number }): Promise<EditsMeasured> {
  const sessions = await Promise.all(
    editors.map(async (editor) => {
      const me = await fetch(`${base}/api/auth/me`, { headers: { cookie: editor.cookie } });
      const { csrfToken } = (await me.json()) as { csrfToken: string };
      const file = await fetch(`${base}/api/clients/${editor.clientId}`, { headers: { cookie: editor.cookie } });
      if (!file.ok) throw new Error(`client edit bench: the editor cannot read the file (${file.status})`);
      const { version } = (await file.json()) as { version: number };
      return { ...editor, csrfToken, version };
    }),
  );
  let serial = 0;
  const edit = async (session: (typeof sessions)[number]): Promise<{ ms: number; ok: boolean }> => {
    serial++;
    const started = performance.now();
    const response = await fetch(`${base}/api/clients/${session.clientId}`, {
      method: 'PATCH',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ version: session.version, phone: `090-${String(serial % 10_000).padStart(4, '0')}-${String(serial % 7_919).padStart(4, '0')}` }),
    });
    const ms = performance.now() - started;
    if (!response.ok) {
      await response.arrayBuffer();
      return { ms, ok: false };
    }
    session.version = ((await response.json()) as { version: number }).version;
    return { ms, ok: true };
  };
  for (const session of sessions) for (let n = 0; n < options.warmUp; n++) await edit(session);

  const [{ before }] = (await db.query<{ before: string }>('SELECT coalesce(max(id), 0)::text AS before FROM audit_event')).rows as [{ before: string }];
  const latencies: number[] = [];
  let errors = 0;
  const ends = performance.now() + options.seconds * 1_000;
  await Promise.all(
    sessions.map(async (session) => {
      while (performance.now() < ends) {
        const { ms, ok } = await edit(session);
        latencies.push(ms);
        if (!ok) errors++;
      }
    }),
  );
  const [{ rows }] = (
    await db.query<{ rows: string }>('SELECT count(*)::text AS rows FROM audit_event WHERE id > $1 AND client_id = ANY($2::uuid[])', [before, sessions.map((s) => s.clientId)])
  ).rows as [{ rows: string }];
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN;
  return { edits: latencies.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors, auditRowsPerEdit: Number(rows) / Math.max(1, latencies.length - errors) };
}

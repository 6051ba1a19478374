import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SignedInBrowser } from './accounts.js';

export interface TestPartnerService {
  readonly partnerId: string;
  readonly serviceId: string;
  readonly email: string;
  readonly name: string;
}

/** A partner organisation with one service, made through the directory's API by a supervisor or administrator. */
export async function createPartnerService(
  editor: SignedInBrowser,
  service: { kind?: string; programme?: string | null; name?: string } = {},
): Promise<TestPartnerService> {
  const unique = randomUUID().slice(0, 8);
  const email = `intake-${unique}@partner.example.org`;
  const name = `テスト支援団体 ${unique}`;
  const partner = await editor.post('/api/partners', { name, nameEn: `Test partner ${unique}`, contactPerson: '佐藤 花子', referralEmail: email });
  if (partner.status !== 201) throw new Error(`partner: ${partner.status} ${JSON.stringify(partner.body)}`);
  const partnerId = (partner.body as { id: string }).id;
  const created = await editor.post(`/api/partners/${partnerId}/services`, {
    kind: service.kind ?? 'housing',
    programme: service.programme ?? null,
    name: service.name ?? '緊急シェルター',
    languages: ['ja', 'en'],
    prefectures: ['tokyo'],
  });
  if (created.status !== 201) throw new Error(`service: ${created.status} ${JSON.stringify(created.body)}`);
  return { partnerId, serviceId: (created.body as { id: string }).id, email, name };
}

/** The text of a PDF, as `pdftotext -layout` reads it (poppler-utils). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'yorisoi-pdf-'));
  try {
    const file = join(folder, 'letter.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import type { Principal } from '#accounts';
import type { DocumentsService, NewDocumentInput, TranslationsService } from '#documents';
import { addDays, type LocalDate } from '#domain';

/**
 * A few documents on the demo files, generated here: one-page PDFs, a small PNG "scan" and plain
 * text, each saying it is a demo. Nothing real is stored. They show the documents tab at work: an
 * ISA notice, a signed translation pair, and a personal statement whose translator is due in a
 * few days (its `translation-due` reminder is close).
 */
interface DemoDocument {
  readonly ref: string;
  readonly input: Omit<NewDocumentInput, 'applicationId' | 'translationOfId'> & { readonly forApplication: boolean; readonly translationOf?: string };
  readonly file: { readonly name: string; readonly mediaType: string; readonly bytes: () => Buffer };
  /** Translation steps to walk through after upload, from `needed`. */
  readonly translation?: (today: LocalDate) => readonly { status: 'not-needed' | 'requested' | 'draft' | 'checked' | 'signed'; translatorName?: string; dueDate?: string; signedOn?: string }[];
}

const DEMO_DOCUMENTS: Readonly<Record<string, readonly DemoDocument[]>> = {
  Kyaw: [
    {
      ref: 'refusal-notice',
      input: { category: 'isa-notice', title: '難民不認定通知書（デモ）', language: 'ja', forApplication: true },
      file: { name: 'refusal-notice-demo.pdf', mediaType: 'application/pdf', bytes: () => demoPdf('Demo: notice of refusal of refugee status (fictional)') },
    },
    {
      ref: 'arrest-warrant',
      input: { category: 'persecution-evidence', title: 'Arrest warrant, Yangon township court (demo scan)', language: 'my', forSubmission: true, forApplication: true },
      file: { name: 'arrest-warrant-demo.png', mediaType: 'image/png', bytes: () => demoPng(48, 32) },
      translation: (today) => [
        { status: 'requested', translatorName: 'Demo translator (Burmese)', dueDate: addDays(today, -3) },
        { status: 'draft' },
        { status: 'checked' },
        { status: 'signed', signedOn: addDays(today, -2) },
      ],
    },
    {
      ref: 'arrest-warrant-ja',
      input: { category: 'persecution-evidence', title: '逮捕状（日本語訳・デモ）', language: 'ja', forSubmission: true, forApplication: true, translationOf: 'arrest-warrant' },
      file: {
        name: 'arrest-warrant-translation-demo.txt',
        mediaType: 'text/plain',
        bytes: () => Buffer.from('【デモ用の架空の書類】\n逮捕状（日本語訳）\n本書は架空のものであり、実在の人物・機関とは関係ありません。\n翻訳者：デモ翻訳者（署名）\n', 'utf8'),
      },
    },
  ],
  Li: [
    {
      ref: 'personal-statement',
      input: { category: 'personal-statement', title: 'Personal statement (Chinese original, demo)', language: 'zh', forSubmission: true, forApplication: true },
      file: { name: 'personal-statement-demo.pdf', mediaType: 'application/pdf', bytes: () => demoPdf('Demo: personal statement, Chinese original (fictional)') },
      translation: (today) => [{ status: 'requested', translatorName: 'Demo translator (Chinese)', dueDate: addDays(today, 3) }],
    },
    {
      ref: 'passport',
      input: { category: 'identity', title: 'Passport, photo page (demo)', language: 'zh', forApplication: false },
      file: { name: 'passport-demo.png', mediaType: 'image/png', bytes: () => demoPng(40, 28) },
      // Shown at the counter, never handed in: no translation.
      translation: () => [{ status: 'not-needed' }],
    },
  ],
};

export interface DemoDocumentServices {
  readonly documents: DocumentsService;
  readonly translations: TranslationsService;
}

/** Uploads the client's demo documents as their caseworker would, through the real services. */
export async function seedDemoDocuments(
  services: DemoDocumentServices,
  worker: Principal,
  client: { readonly id: string; readonly familyName: string; readonly applicationId: string | null },
  today: LocalDate,
): Promise<number> {
  const demos = DEMO_DOCUMENTS[client.familyName] ?? [];
  const ids = new Map<string, string>();
  for (const demo of demos) {
    const { forApplication, translationOf, ...input } = demo.input;
    const created = await services.documents.create(
      worker,
      client.id,
      { ...input, applicationId: forApplication ? client.applicationId : null, translationOfId: translationOf ? ids.get(translationOf) : null },
      { stream: Readable.from([demo.file.bytes()]), mediaType: demo.file.mediaType, fileName: demo.file.name },
    );
    ids.set(demo.ref, created.id);
  }
  // Translations are walked once every document is in, so a source is signed only with its
  // translation already linked, as a caseworker would do it.
  for (const demo of demos) {
    const documentId = ids.get(demo.ref) as string;
    let version = (await services.documents.detail(client.id, documentId, true)).version;
    for (const step of demo.translation?.(today) ?? []) {
      version = (await services.translations.change(worker, client.id, documentId, { version, ...step })).version;
    }
  }
  return ids.size;
}

/** A valid one-page PDF showing one line of text (Helvetica), with a correct cross-reference table. */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 14 Tf 56 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A valid greyscale PNG of the given size: a pale page with dark "lines of text". */
export function demoPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 0xf4);
    row[0] = 0; // filter: none
    if (y % 6 === 3) row.fill(0x40, 4, width - 4 - (y % 12));
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

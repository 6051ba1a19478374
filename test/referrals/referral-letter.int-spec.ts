import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderRate } from '../../libs/referrals/src/letters/letter-rate.js';
import { ReferralLetterRenderer, type ReferralLetter } from '../../libs/referrals/src/letters/referral-letter.js';

// The letters are read back with poppler's tools, as a partner's viewer would show them: what
// pdftotext extracts is what the partner can read and copy.
const run = promisify(execFile);

const FOOTER = {
  ja: 'この紹介状には、ご本人が共有に同意した情報のみを記載しています。',
  en: 'This letter holds only the information the client agreed to share.',
};
// The renderer's page: A4 with 57 pt (20 mm) side margins and 71 pt at the bottom for the footer.
const A4 = { width: 595.28, height: 841.89 };
const SIDE_MARGIN = 57;
const BOTTOM_MARGIN = 71;

// Everything the client file holds about an invented client; a letter shares a part of it.
const CLIENT = {
  name: 'アイディン・ユルマズ（Aydın Yılmaz）',
  dateOfBirth: '1990年4月1日',
  nationality: 'トルコ',
  languages: 'クルド語（クルマンジー）、トルコ語',
  address: '東京都新宿区西新宿9-99-9 ヨリソイハイツ101',
  phone: '090-4417-2283',
  email: 'aydin.private@example.net',
  vulnerabilities: '拷問のサバイバー、PTSDの治療中',
  nativeName: 'Nguyễn Thị Hương',
};

function jaLetter(shared: ReferralLetter['shared']): ReferralLetter {
  return {
    locale: 'ja',
    reference: 'R-2026-0042',
    date: '2026-03-05',
    from: { organisation: '特定非営利活動法人 よりそいネット', caseworker: '佐藤 花子', contact: '03-5555-0100' },
    to: { organisation: '東京緊急シェルター', service: '緊急宿泊支援', contactPerson: '山田 一郎' },
    serviceKind: '住まい・シェルター',
    urgency: '本日中',
    reason: '難民認定申請中で、昨夜から住む場所がありません。本日中の宿泊先の確保をお願いいたします。',
    shared,
  };
}

const SHARED_JA = [
  { label: '氏名', value: CLIENT.name },
  { label: '生年月日', value: CLIENT.dateOfBirth },
  { label: '国籍', value: CLIENT.nationality },
  { label: '言語', value: CLIENT.languages },
  { label: '住所', value: CLIENT.address },
  { label: '母語での氏名', value: CLIENT.nativeName },
];
const NOT_SHARED = [CLIENT.phone, CLIENT.email, CLIENT.vulnerabilities];

let directory: string;
let renderer: ReferralLetterRenderer;

async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: apt-get install poppler-utils`, { cause: error });
    throw error;
  }
}

async function saved(pdf: Buffer): Promise<string> {
  const file = join(directory, `${randomUUID()}.pdf`);
  await writeFile(file, pdf);
  return file;
}

const textOf = async (pdf: Buffer) => poppler('pdftotext', ['-layout', '-enc', 'UTF-8', await saved(pdf), '-']);
const infoOf = async (pdf: Buffer) => poppler('pdfinfo', ['-enc', 'UTF-8', await saved(pdf)]);
const pageCount = async (pdf: Buffer) => Number(/^Pages:\s+(\d+)$/m.exec(await infoOf(pdf))?.[1]);

/** The letter's text without its footers, with no white space: wrapping and pages ignored. */
function bodyText(text: string, locale: 'ja' | 'en'): string {
  return text
    .split('\n')
    .filter((line) => !line.includes(FOOTER[locale]))
    .join('')
    .replace(/\s+/g, '');
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box, page by page, from `pdftotext -bbox`. */
async function wordsByPage(pdf: Buffer): Promise<{ width: number; height: number; words: Word[] }[]> {
  const html = await poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', await saved(pdf), '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)![1]),
      height: Number(/height="([\d.]+)"/.exec(page)![1]),
      words: [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        text: match[5],
      })),
    }));
}

/**
 * Nothing runs past the side margins or into the footer, and each footer says exactly what it
 * should: no body text spilled into it.
 */
async function expectLaidOutWithinPages(pdf: Buffer, locale: 'ja' | 'en', reference: string): Promise<void> {
  const pages = await wordsByPage(pdf);
  pages.forEach((page, index) => {
    expect(page.width).toBeCloseTo(A4.width, 1);
    expect(page.height).toBeCloseTo(A4.height, 1);
    const footerTop = page.height - BOTTOM_MARGIN;
    for (const word of page.words) {
      expect(word.xMin).toBeGreaterThanOrEqual(SIDE_MARGIN - 1);
      expect(word.xMax).toBeLessThanOrEqual(page.width - SIDE_MARGIN + 1);
      expect(word.yMin).toBeGreaterThanOrEqual(0);
      if (word.yMin < footerTop) expect(word.yMax).toBeLessThanOrEqual(footerTop + 1);
    }
    const footer = page.words.filter((word) => word.yMin >= footerTop).map((word) => word.text);
    expect(footer.join(' ')).toBe(`${FOOTER[locale]} ${reference} ${index + 1} / ${pages.length}`);
  });
}

beforeAll(async () => {
  await poppler('pdftotext', ['-v']);
  directory = await mkdtemp(join(tmpdir(), 'yorisoi-letters-'));
  renderer = new ReferralLetterRenderer();
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('a Japanese referral letter', () => {
  it('reads back exactly, with every shared field, on one page', async () => {
    const pdf = await renderer.render(jaLetter(SHARED_JA));
    const text = await textOf(pdf);

    for (const expected of ['紹介状', '紹介番号: R-2026-0042', '2026年3月5日', '東京緊急シェルター', '山田 一郎 様', '難民認定申請中', '東京都新宿区']) {
      expect(text).toContain(expected);
    }
    for (const row of SHARED_JA) {
      expect(text).toContain(row.label);
      expect(text).toContain(row.value);
    }
    expect(text).toContain(FOOTER.ja);
    expect(await pageCount(pdf)).toBe(1);
    await expectLaidOutWithinPages(pdf, 'ja', 'R-2026-0042');
  });

  it('addresses the organisation 御中 when no one is named there', async () => {
    const letter = jaLetter(SHARED_JA);
    const text = await textOf(await renderer.render({ ...letter, to: { ...letter.to, contactPerson: null } }));

    expect(text).toContain('東京緊急シェルター 御中');
    expect(text).not.toContain('様');
  });

  it('holds nothing of the client file that was not shared: not in the text, the bytes or the metadata', async () => {
    const pdf = await renderer.render(jaLetter(SHARED_JA));
    const text = await textOf(pdf);
    const info = await infoOf(pdf);

    for (const value of NOT_SHARED) {
      expect(text).not.toContain(value);
      expect(squeezed(text)).not.toContain(squeezed(value));
      expect(pdf.includes(Buffer.from(value, 'utf8'))).toBe(false);
      expect(pdf.includes(Buffer.from(value, 'utf16le').swap16())).toBe(false);
      expect(pdf.toString('latin1').toLowerCase()).not.toContain(Buffer.from(value, 'utf16le').swap16().toString('hex'));
    }
    // The metadata can be read without opening the letter: it names no one.
    expect(info).toMatch(/^Title:\s+紹介状$/m);
    expect(info).not.toMatch(/^(Author|Subject|Keywords):/m);
    for (const personal of [CLIENT.name, 'ユルマズ', 'Yılmaz', '佐藤', '山田', ...SHARED_JA.map((row) => row.value)]) {
      expect(info).not.toContain(personal);
    }
  });

  it('embeds its fonts, so no font of the reader’s machine is used', async () => {
    const pdf = await renderer.render(jaLetter(SHARED_JA));
    const fonts = (await poppler('pdffonts', [await saved(pdf)])).trim().split('\n').slice(2);

    expect(pdf.includes('/FontFile2')).toBe(true);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      // name, type, encoding, then emb, sub, uni: yes yes yes for an embedded, subset, mapped font.
      expect(font).toMatch(/\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
    }
    expect(fonts.some((font) => font.includes('BIZUDPGothic-Regular'))).toBe(true);
    expect(fonts.some((font) => font.includes('BIZUDPGothic-Bold'))).toBe(true);
  });

  it('draws letters of other alphabets with the fallback font instead of dropping them', async () => {
    const names = ['Nguyễn Thị Hương', 'Ștefan Țurcanu', 'Məmmədov Əli', 'Çiğdem Doğan'];
    const pdf = await renderer.render(jaLetter(names.map((value) => ({ label: '氏名', value }))));
    const text = await textOf(pdf);

    for (const name of names) expect(text).toContain(name);
  });

  it('continues a long reason over pages without losing any of it', async () => {
    const sentences = Array.from(
      { length: 120 },
      (_, index) => `${index + 1}. 母国では政治活動を理由に拘束され、家族も脅迫を受けました (statement ${index + 1}, translated).`,
    );
    const reason = sentences.join(' ');
    const pdf = await renderer.render({ ...jaLetter(SHARED_JA), reason });
    const text = await textOf(pdf);

    expect(await pageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(bodyText(text, 'ja')).toContain(squeezed(reason));
    for (const row of SHARED_JA) expect(text).toContain(row.value);
    await expectLaidOutWithinPages(pdf, 'ja', 'R-2026-0042');
  });

  it('puts 40 shared fields and a value longer than a page on new pages, inside the margins', async () => {
    const longValue = Array.from({ length: 260 }, (_, index) => `経過${index + 1}：入管に出頭し、仮放免の延長を申請した。`).join('');
    const unbroken = `https://example.org/${'a'.repeat(400)}`;
    const shared = Array.from({ length: 40 }, (_, index) => ({ label: `項目${index + 1}`, value: `値${index + 1}は東京都の記録` }));
    shared[4] = { label: '経過', value: longValue };
    shared[9] = { label: 'URL', value: unbroken };
    const pdf = await renderer.render(jaLetter(shared));
    const text = await textOf(pdf);
    const body = bodyText(text, 'ja');

    expect(await pageCount(pdf)).toBeGreaterThanOrEqual(3);
    for (const row of shared) {
      expect(body).toContain(squeezed(row.label));
      expect(body).toContain(squeezed(row.value));
    }
    await expectLaidOutWithinPages(pdf, 'ja', 'R-2026-0042');
    // The value longer than a page starts under the rows before it, not after a blank half page.
    const pages = await wordsByPage(pdf);
    expect(pages.findIndex((page) => page.words.some((word) => word.text === '経過'))).toBe(0);
    expect(pages.findIndex((page) => page.words.some((word) => word.text.startsWith('経過1：')))).toBe(0);
  });

  it('comes out the same, byte for byte, for the same letter', async () => {
    const letter = jaLetter(SHARED_JA);
    const [first, second] = [await renderer.render(letter), await renderer.render(letter)];

    expect(first.equals(second)).toBe(true);
  });

  it('refuses a date that is not a day of the calendar', async () => {
    await expect(renderer.render({ ...jaLetter(SHARED_JA), date: '2026-02-30' })).rejects.toThrow('YYYY-MM-DD');
    await expect(renderer.render({ ...jaLetter(SHARED_JA), date: '5 March 2026' })).rejects.toThrow('YYYY-MM-DD');
  });
});

describe('an English referral letter', () => {
  const letter: ReferralLetter = {
    locale: 'en',
    reference: 'R-2026-0043',
    date: '2026-03-05',
    from: { organisation: 'Yorisoi Support Network', caseworker: 'Hanako Sato', contact: null },
    to: { organisation: 'Kanto Legal Aid Office', service: 'Refugee legal aid (JFBA-commissioned)', contactPerson: null },
    serviceKind: 'Legal aid',
    urgency: 'This week',
    reason: 'The review request is due in 5 days; the client needs a lawyer to prepare it.',
    shared: [
      { label: 'Name', value: 'Aydın Yılmaz (アイディン・ユルマズ)' },
      { label: 'Address', value: '東京都新宿区西新宿9-99-9' },
      { label: 'Procedure stage', value: 'Negative first-instance decision, 2026-02-27' },
    ],
  };

  it('reads back in English with the shared fields and nothing of the contact left out', async () => {
    const pdf = await renderer.render(letter);
    const text = await textOf(pdf);

    const wording = ['Referral letter', 'Reference: R-2026-0043', '5 March 2026', "Information shared with the client's consent", FOOTER.en];
    for (const expected of [...wording, 'Kanto Legal Aid Office', 'Service requested', 'This week']) {
      expect(text).toContain(expected);
    }
    for (const row of letter.shared) expect(text).toContain(row.value);
    expect(text).not.toContain('Attn:');
    expect(text).not.toContain('Contact');
    expect(await infoOf(pdf)).toMatch(/^Title:\s+Referral letter$/m);
    await expectLaidOutWithinPages(pdf, 'en', 'R-2026-0043');
  });

  it('says so when no field is shared', async () => {
    const text = await textOf(await renderer.render({ ...letter, shared: [] }));

    expect(text).toContain('No personal details are shared.');
  });
});

describe('renderRate', () => {
  it('counts the letters rendered in the time given', async () => {
    const rate = await renderRate(renderer, 0.3);

    expect(rate.letters).toBeGreaterThanOrEqual(1);
    expect(rate.elapsedMs).toBeGreaterThanOrEqual(300);
    expect(rate.perSecond).toBeCloseTo((rate.letters * 1000) / rate.elapsedMs);
  });
});

import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { breakLongRuns } from './break-long-runs.js';
import { letterFonts, splitByFace, type LetterFonts } from './letter-fonts.js';

type Locale = 'ja' | 'en';
type Weight = keyof LetterFonts;

/** One shared field, its label already in the letter's language. */
export interface ReferralLetterRow {
  readonly label: string;
  readonly value: string;
}

/**
 * Everything a referral letter shows. The caller builds it from the referral and only the fields
 * the caseworker chose (and the client consented to share, APPI Art. 27): the renderer draws
 * these values and its own fixed wording, nothing else.
 */
export interface ReferralLetter {
  readonly locale: Locale;
  /** The referral's short number, how the partner names it when answering. */
  readonly reference: string;
  /** YYYY-MM-DD, the day the letter is issued. */
  readonly date: string;
  readonly from: {
    readonly organisation: string;
    readonly caseworker: string;
    /** Phone or e-mail of the caseworker's office. */
    readonly contact: string | null;
  };
  readonly to: {
    readonly organisation: string;
    readonly service: string;
    readonly contactPerson: string | null;
  };
  /** Label of the kind of service asked for, in the letter's language. */
  readonly serviceKind: string;
  /** Label of the urgency, in the letter's language. */
  readonly urgency: string;
  readonly reason: string;
  readonly shared: readonly ReferralLetterRow[];
}

interface Wording {
  readonly title: string;
  readonly reference: string;
  readonly addressee: (organisation: string, hasContactPerson: boolean) => string;
  readonly attention: (person: string) => string;
  readonly from: string;
  readonly caseworker: string;
  readonly contact: string;
  readonly serviceKind: string;
  readonly urgency: string;
  readonly intro: string;
  readonly reason: string;
  readonly shared: string;
  readonly nothingShared: string;
  readonly closing: string;
  readonly footer: string;
}

const WORDING: Record<Locale, Wording> = {
  ja: {
    title: '紹介状',
    reference: '紹介番号',
    // A letter to an organisation is addressed 御中; to a named person, 様 on the person alone.
    addressee: (organisation, hasContactPerson) => (hasContactPerson ? organisation : `${organisation} 御中`),
    attention: (person) => `${person} 様`,
    from: '紹介元',
    caseworker: '担当者',
    contact: '連絡先',
    serviceKind: 'ご依頼の内容',
    urgency: '緊急度',
    intro: '下記の方をご紹介いたします。ご対応のほど、よろしくお願い申し上げます。',
    reason: '紹介の理由',
    shared: 'ご本人の同意を得て共有する情報',
    nothingShared: '共有する個人情報はありません。',
    closing: '本件についてのお問い合わせは、上記の担当者までお願いいたします。',
    footer: 'この紹介状には、ご本人が共有に同意した情報のみを記載しています。',
  },
  en: {
    title: 'Referral letter',
    reference: 'Reference',
    addressee: (organisation) => organisation,
    attention: (person) => `Attn: ${person}`,
    from: 'From',
    caseworker: 'Caseworker',
    contact: 'Contact',
    serviceKind: 'Service requested',
    urgency: 'Urgency',
    intro: 'We are referring the person described below to your service and would be grateful for your help.',
    reason: 'Reason for the referral',
    shared: "Information shared with the client's consent",
    nothingShared: 'No personal details are shared.',
    closing: 'Please direct any questions about this referral to the caseworker named above.',
    footer: 'This letter holds only the information the client agreed to share.',
  },
};

/** A4 in points; 20 mm side margins, room at the bottom for the footer. */
const PAGE = { size: 'A4', margins: { top: 57, bottom: 71, left: 57, right: 57 } } as const;
const LINE_GAP = 3;
const BODY = { size: 10.5, color: '#1a1a1a' } as const;
const MUTED = '#555555';
const RULE = '#c8c8c8';

function parseIssueDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const issued = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (issued === null || issued.toISOString().slice(0, 10) !== date) throw new Error('a referral letter date is YYYY-MM-DD');
  return issued;
}

/** 2026年3月5日, 5 March 2026. Built once: making a formatter is slow next to using one. */
const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/**
 * Referral letters as PDF, in Japanese or English, with fonts that ship in npm packages and are
 * embedded as subsets: the letter reads the same on a partner's machine with no Japanese font.
 */
@Injectable()
export class ReferralLetterRenderer {
  private readonly fonts = letterFonts();

  /** An A4 letter, one page for a usual referral, more when the reason or the fields need them. */
  async render(letter: ReferralLetter): Promise<Buffer> {
    const issued = parseIssueDate(letter.date);
    const doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margins,
      bufferPages: true,
      lang: letter.locale,
      displayTitle: true,
      // The document information is readable without opening the letter: it names no one. The
      // issue date instead of the time of rendering keeps the bytes the same for the same letter.
      info: { Title: WORDING[letter.locale].title, Creator: 'Yorisoi', CreationDate: issued },
    });
    const bytes = new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    new LetterLayout(doc, this.fonts, WORDING[letter.locale]).draw(letter, DATE_FORMATS[letter.locale].format(issued));
    doc.end();
    return bytes;
  }
}

interface TextStyle {
  readonly weight: Weight;
  readonly size: number;
  readonly color: string;
}

interface Placement {
  readonly x: number;
  readonly y?: number;
  readonly width: number;
  readonly align?: 'left' | 'right';
  /** Keeps the text inside this height instead of continuing on a new page. */
  readonly height?: number;
}

/** Draws one letter; a new one per document, as pdfkit keeps its state on the document. */
class LetterLayout {
  private readonly left = PAGE.margins.left;
  private readonly width: number;
  private readonly covers: Record<Weight, ((codePoint: number) => boolean)[]>;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: LetterFonts,
    private readonly wording: Wording,
  ) {
    this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
    for (const face of [...fonts.regular, ...fonts.bold]) {
      // pdfkit embeds a parsed fontkit font as it embeds a file; handing over the parsed font
      // spares every letter from parsing the Japanese font again.
      doc.registerFont(face.name, face.font as unknown as PDFKit.Mixins.PDFFontSource);
    }
    const coverage = (weight: Weight) => fonts[weight].map(({ font }) => (codePoint: number) => font.hasGlyphForCodePoint(codePoint));
    this.covers = { regular: coverage('regular'), bold: coverage('bold') };
  }

  draw(letter: ReferralLetter, issuedOn: string): void {
    const { doc, wording } = this;
    const top = doc.y;
    this.write(wording.title, { weight: 'bold', size: 18, color: BODY.color }, { x: this.left, y: top, width: this.width });
    const afterTitle = doc.y;
    const meta = { weight: 'regular', size: 9.5, color: MUTED } as const;
    this.write(`${wording.reference}: ${letter.reference}`, meta, { x: this.left, y: top, width: this.width, align: 'right' });
    this.write(issuedOn, meta, { x: this.left, width: this.width, align: 'right' });
    doc.y = Math.max(doc.y, afterTitle) + 14;

    const addressee = { weight: 'bold', size: 12, color: BODY.color } as const;
    this.write(wording.addressee(letter.to.organisation, letter.to.contactPerson !== null), addressee, { x: this.left, width: this.width });
    this.write(letter.to.service, { ...BODY, weight: 'regular' }, { x: this.left, width: this.width });
    if (letter.to.contactPerson !== null) {
      this.write(wording.attention(letter.to.contactPerson), { ...BODY, weight: 'regular' }, { x: this.left, width: this.width });
    }
    doc.y += 12;

    const facts = [
      { label: wording.from, value: letter.from.organisation },
      { label: wording.caseworker, value: letter.from.caseworker },
      ...(letter.from.contact === null ? [] : [{ label: wording.contact, value: letter.from.contact }]),
      { label: wording.serviceKind, value: letter.serviceKind },
      { label: wording.urgency, value: letter.urgency },
    ];
    this.rows(facts, { labelWidth: 100, ruled: false });
    doc.y += 10;

    this.paragraph(wording.intro);
    this.heading(wording.reason);
    this.paragraph(letter.reason);
    this.heading(wording.shared);
    if (letter.shared.length === 0) this.paragraph(wording.nothingShared);
    else this.rows(letter.shared, { labelWidth: 150, ruled: true });
    doc.y += 8;
    this.paragraph(wording.closing);
    this.footers(letter.reference);
  }

  private paragraph(text: string): void {
    this.write(text, { ...BODY, weight: 'regular' }, { x: this.left, width: this.width });
    this.doc.y += 8;
  }

  /** A heading never ends a page: it moves to the next one with the first lines under it. */
  private heading(text: string): void {
    const style = { weight: 'bold', size: 12, color: BODY.color } as const;
    this.keepSpace(this.heightOf(text, style, this.width) + 3 * this.lineHeight({ ...BODY, weight: 'regular' }));
    this.doc.y += 6;
    this.write(text, style, { x: this.left, width: this.width });
    this.doc.y += 4;
  }

  /**
   * Label and value side by side. A row that does not fit starts on the next page; a value longer
   * than a page starts where there is room for its label and first lines and continues in its
   * column on the next pages.
   */
  private rows(rows: readonly ReferralLetterRow[], options: { labelWidth: number; ruled: boolean }): void {
    const { doc } = this;
    const gap = 12;
    const valueX = this.left + options.labelWidth + gap;
    const valueWidth = this.width - options.labelWidth - gap;
    const labelStyle = { weight: 'regular', size: 9.5, color: MUTED } as const;
    const valueStyle = { ...BODY, weight: 'regular' } as const;
    const padding = options.ruled ? 5 : 2;
    const pageBody = this.maxY() - PAGE.margins.top;
    for (const row of rows) {
      const labelHeight = this.heightOf(row.label, labelStyle, options.labelWidth);
      const whole = Math.max(labelHeight, this.heightOf(row.value, valueStyle, valueWidth)) + 2 * padding;
      this.keepSpace(whole <= pageBody ? whole : Math.max(labelHeight, 3 * this.lineHeight(valueStyle)) + 2 * padding);
      const startPage = this.lastPage();
      const y = doc.y + padding;
      this.write(row.value, valueStyle, { x: valueX, y, width: valueWidth });
      const valueEnd = { page: this.lastPage(), y: doc.y };
      if (valueEnd.page !== startPage) doc.switchToPage(startPage);
      this.write(row.label, labelStyle, { x: this.left, y, width: options.labelWidth, height: this.maxY() - y });
      const labelEnd = doc.y;
      if (valueEnd.page !== startPage) doc.switchToPage(valueEnd.page);
      doc.y = (valueEnd.page === startPage ? Math.max(valueEnd.y, labelEnd) : valueEnd.y) + padding;
      if (options.ruled) {
        doc.moveTo(this.left, doc.y).lineTo(this.left + this.width, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
      }
    }
  }

  /**
   * The footer on every page, drawn in the bottom margin once all pages exist: the sharing notice,
   * and the reference with the page number, so a loose page still says which referral it is from.
   */
  private footers(reference: string): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      const y = doc.page.height - PAGE.margins.bottom + 22;
      doc.moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
      const face = this.fonts.regular[0].name;
      doc.font(face).fontSize(8).fillColor(MUTED);
      // lineBreak: false draws below the bottom margin without pdfkit starting another page.
      doc.text(this.wording.footer, this.left, y, { lineBreak: false });
      const number = `${reference}  ${index + 1} / ${range.count}`;
      doc.text(number, this.left + this.width - doc.widthOfString(number), y, { lineBreak: false });
    }
  }

  /** Draws text with the main face, switching to a fallback face only for characters it lacks. */
  private write(text: string, style: TextStyle, at: Placement): void {
    const { doc } = this;
    const faces = this.fonts[style.weight];
    const runs = splitByFace(breakLongRuns(text), this.covers[style.weight]);
    doc.fontSize(style.size).fillColor(style.color);
    const options: PDFKit.Mixins.TextOptions = {
      width: at.width,
      align: at.align ?? 'left',
      lineGap: LINE_GAP,
      ...(at.height === undefined ? {} : { height: at.height, ellipsis: true }),
    };
    runs.forEach((run, index) => {
      doc.font(faces[run.face].name);
      const continued = index < runs.length - 1;
      if (index === 0) doc.text(run.text, at.x, at.y ?? doc.y, { ...options, continued });
      else doc.text(run.text, { ...options, continued });
    });
  }

  private heightOf(text: string, style: TextStyle, width: number): number {
    this.doc.font(this.fonts[style.weight][0].name).fontSize(style.size);
    return this.doc.heightOfString(breakLongRuns(text), { width, lineGap: LINE_GAP });
  }

  private lineHeight(style: TextStyle): number {
    return this.heightOf('—', style, this.width);
  }

  private keepSpace(height: number): void {
    if (this.doc.y + height > this.maxY() && this.doc.y > PAGE.margins.top) this.doc.addPage();
  }

  private maxY(): number {
    return this.doc.page.height - PAGE.margins.bottom;
  }

  private lastPage(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }
}

import { performance } from 'node:perf_hooks';
import type { ReferralLetter, ReferralLetterRenderer } from './referral-letter.js';

/** How many letters one process renders in a row, one after the other. */
export interface LetterRate {
  readonly letters: number;
  readonly elapsedMs: number;
  readonly perSecond: number;
}

/** A usual Japanese referral, invented: a shelter bed for tonight, seven fields shared. */
export const TYPICAL_JA_LETTER: ReferralLetter = {
  locale: 'ja',
  reference: 'R-2026-0042',
  date: '2026-03-05',
  from: { organisation: '特定非営利活動法人 よりそいネット', caseworker: '佐藤 花子', contact: '03-0000-0000' },
  to: { organisation: '東京緊急シェルター', service: '緊急宿泊支援', contactPerson: '山田 一郎' },
  serviceKind: '住まい・シェルター',
  urgency: '本日中',
  reason:
    '難民認定申請中の方で、昨夜から住む場所がありません。所持金がほとんどなく、RHQの保護費は申請の準備中で、' +
    '支給が始まるまで時間がかかる見込みです。本日中の宿泊先の確保をお願いしたく、ご紹介いたします。' +
    '日本語での会話は難しいため、面談には通訳が必要です。当方の担当者が初回の面談に同行できます。',
  shared: [
    { label: '氏名', value: 'アイディン・ユルマズ（Aydın Yılmaz）' },
    { label: '生年月日', value: '1990年4月1日' },
    { label: '国籍', value: 'トルコ' },
    { label: '言語', value: 'クルド語（クルマンジー）、トルコ語' },
    { label: '通訳', value: '必要' },
    { label: '電話番号', value: '090-0000-0000' },
    { label: '手続の段階', value: '難民認定申請中（一次審査）' },
  ],
};

/**
 * Renders `letter` (by default a typical Japanese one) back to back for about `seconds` and says
 * how many letters per second that made. The first letter is rendered before the clock starts, so
 * loading the fonts is not counted.
 */
export async function renderRate(renderer: ReferralLetterRenderer, seconds: number, letter: ReferralLetter = TYPICAL_JA_LETTER): Promise<LetterRate> {
  await renderer.render(letter);
  const started = performance.now();
  for (let letters = 1; ; letters += 1) {
    await renderer.render(letter);
    const elapsedMs = performance.now() - started;
    if (elapsedMs >= seconds * 1000) return { letters, elapsedMs, perSecond: (letters * 1000) / elapsedMs };
  }
}

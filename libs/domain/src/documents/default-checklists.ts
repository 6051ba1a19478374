import type { ChecklistTemplateContent } from './checklist.js';

/*
 * The checklists seeded for a new installation, one per procedure step, from the procedure
 * reference (shared/reference/japan-asylum-procedure.md §1 and §5.2). Administrators edit them;
 * these are only the starting point.
 *
 * Translations are not items of their own: an item with `needsTranslation` counts as present only
 * once its foreign-language documents have a signed Japanese translation (Enforcement Regulation
 * Art. 62), so "translations of every foreign-language item" is checked on every item it concerns.
 * Documents that are only shown at the counter (passport, residence card, permits) are not handed
 * in and need no translation.
 *
 * A hint ending in [S] rests on secondary sources, one ending in [U] on nothing verified, using
 * the reference's labels; those items are worth a check with a lawyer before relying on them.
 */

const TRANSLATION_BASIS = {
  en: 'Enforcement Regulation Art. 62: every foreign-language document handed in needs a Japanese translation signed by its translator',
  ja: '施行規則第62条：外国語の書類には翻訳者が署名した日本語訳を添付する',
} as const;

export const DEFAULT_CHECKLIST_TEMPLATES: ChecklistTemplateContent[] = [
  {
    step: 'first-application',
    title: { en: 'First application: documents to gather', ja: '初回申請：準備する書類' },
    basis: {
      en:
        'ISA procedure page 16-6 (refugee and complementary protection application). The application form is ISA’s own and ' +
        `is filled in at the bureau; this list is what to gather besides it. ${TRANSLATION_BASIS.en}.`,
      ja: `入管庁「難民認定手続・補完的保護対象者認定手続」（16-6）。申請書は入管庁の様式に記入するため、それ以外に準備する書類を挙げる。${TRANSLATION_BASIS.ja}。`,
    },
    items: [
      {
        key: 'passport-or-explanation',
        label: {
          en: 'Passport or certificate of status of residence, or a written explanation why there is none',
          ja: '旅券又は在留資格証明書（ない場合はその理由を記載した書面）',
        },
        hint: {
          en: 'Shown at the counter. A written explanation in another language needs a signed Japanese translation.',
          ja: '窓口で提示する。理由書を外国語で書いた場合は、翻訳者が署名した日本語訳が必要。',
        },
        categories: ['identity'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'photographs',
        label: { en: 'Photographs (4 cm × 3 cm, taken within 6 months)', ja: '写真（縦4cm×横3cm、6か月以内に撮影）' },
        hint: {
          en: 'One photo with the name on the back; two if the applicant has no status of residence. Older versions of ISA’s page asked for 2–3 photos taken within 3 months: check the current page.',
          ja: '裏面に氏名を記入したもの1枚。在留資格がない場合は2枚。以前の入管庁の案内では3か月以内撮影の2〜3枚とされていたため、最新の案内を確認すること。',
        },
        categories: ['photograph'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'residence-card-and-permits',
        label: {
          en: 'Residence card, landing permit or provisional release permit, if any',
          ja: '在留カード・上陸許可書・仮放免許可書（ある場合）',
        },
        hint: { en: 'Shown at the counter.', ja: '窓口で提示する。' },
        categories: ['identity'],
        required: false,
        needsTranslation: false,
      },
      {
        key: 'personal-statement',
        label: { en: 'Personal statement', ja: '陳述書' },
        hint: {
          en: 'Chronological, saying who, when, where and how. It must stay consistent with the interview record. [S]',
          ja: '時系列で、誰が・いつ・どこで・どのようにを具体的に書く。インタビューの記録と矛盾しないようにする。[S]',
        },
        categories: ['personal-statement'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'persecution-evidence',
        label: { en: 'Evidence of persecution', ja: '迫害を裏付ける資料' },
        hint: {
          en: 'Arrest warrants, summonses, court papers, membership cards, photos and video, news articles, posts, letters from family, witness statements. ISA accepts the personal statement where there is none. [S]',
          ja: '逮捕状、召喚状、裁判資料、党員証・会員証、写真・動画、報道記事、SNSの投稿、家族からの手紙、証人の陳述など。資料がない場合は陳述書で足りる。[S]',
        },
        categories: ['persecution-evidence'],
        required: false,
        needsTranslation: true,
      },
      {
        key: 'country-information',
        label: { en: 'Country-of-origin information', ja: '出身国情報' },
        hint: {
          en: 'ISA publishes Japanese translations of US, UK and Australian government reports; reports the applicant submits in another language must be translated by the applicant (ISA 01_00457). UNHCR guidelines and NGO reports. [S]',
          ja: '米英豪政府の報告書は入管庁が日本語訳を公開している。申請者が外国語の資料を出す場合は申請者側で翻訳する（入管庁01_00457）。UNHCRのガイドラインやNGOの報告書も。[S]',
        },
        categories: ['country-information'],
        required: false,
        needsTranslation: true,
      },
      {
        key: 'medical-reports',
        label: { en: 'Medical or psychological reports, where relevant', ja: '診断書・心理的所見（該当する場合）' },
        hint: {
          en: 'Documenting torture or trauma. Which report formats ISA gives weight to is not in the sources. [U]',
          ja: '拷問やトラウマを記録したもの。入管庁が重視する様式は資料で確認できていない。[U]',
        },
        categories: ['medical'],
        required: false,
        needsTranslation: true,
      },
    ],
  },
  {
    step: 'subsequent-application',
    title: { en: 'Subsequent application: documents to gather', ja: '複数回目の申請：準備する書類' },
    basis: {
      en:
        'ISA procedure page 16-6; Immigration Control Act Art. 61-2-9(4)(i) (from the 3rd application, removal is suspended only ' +
        `with materials showing reasonable grounds). A repeat of earlier claims is stay-restricted in ISA practice. ${TRANSLATION_BASIS.en}.`,
      ja:
        '入管庁16-6、入管法第61条の2の9第4項第1号（3回目以降の申請は、相当の理由がある資料を提出しない限り送還が停止されない）。' +
        `前回と同じ主張の繰り返しは運用上在留制限の対象となる。${TRANSLATION_BASIS.ja}。`,
    },
    items: [
      {
        key: 'new-facts-or-evidence',
        label: { en: 'New facts or evidence not submitted before', ja: '前回までに提出していない新たな事情・資料' },
        hint: {
          en: 'Material that could not be submitted or argued in earlier applications qualifies, whatever its form. Whether two earlier applications must be finally refused first is not verified. [U]',
          ja: '以前の申請で提出・主張できなかった資料であれば形式は問わない。前2回の申請が確定している必要があるかは未確認。[U]',
        },
        categories: ['persecution-evidence', 'country-information', 'medical'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'personal-statement',
        label: { en: 'Personal statement on what is new', ja: '新たな事情についての陳述書' },
        hint: {
          en: 'What changed since the last application and why it could not be raised before; consistent with earlier records. [S]',
          ja: '前回申請以降に変わったこと、以前に主張できなかった理由を書く。以前の記録と矛盾しないようにする。[S]',
        },
        categories: ['personal-statement'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'passport-or-explanation',
        label: {
          en: 'Passport or certificate of status of residence, or a written explanation why there is none',
          ja: '旅券又は在留資格証明書（ない場合はその理由を記載した書面）',
        },
        hint: {
          en: 'Shown at the counter. Re-applicants fill in a different application form. [S]',
          ja: '窓口で提示する。再申請者は別の申請書様式を使う。[S]',
        },
        categories: ['identity'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'photographs',
        label: { en: 'Photographs (4 cm × 3 cm, taken within 6 months)', ja: '写真（縦4cm×横3cm、6か月以内に撮影）' },
        hint: {
          en: 'One photo with the name on the back; two if the applicant has no status of residence.',
          ja: '裏面に氏名を記入したもの1枚。在留資格がない場合は2枚。',
        },
        categories: ['photograph'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'earlier-decisions',
        label: { en: 'Decisions on the earlier applications', ja: '前回までの申請に対する処分書' },
        hint: {
          en: 'Kept at hand to show what is new against the earlier reasons; an NGO practice, not an ISA requirement.',
          ja: '以前の理由と比べて何が新しいかを示すため。団体の実務上の準備であり、入管庁の要求ではない。',
        },
        categories: ['isa-notice'],
        required: false,
        needsTranslation: false,
      },
    ],
  },
  {
    step: 'review-request',
    title: { en: 'Request for administrative review: documents', ja: '審査請求：準備する書類' },
    basis: {
      en: `Immigration Control Act Art. 61-2-12 (7 days from receipt of the refusal notice); Administrative Complaint Review Act. ${TRANSLATION_BASIS.en}.`,
      ja: `入管法第61条の2の12（不認定通知を受けた日から7日以内）、行政不服審査法。${TRANSLATION_BASIS.ja}。`,
    },
    items: [
      {
        key: 'refusal-notice',
        label: { en: 'Notice of refusal with its reasons', ja: '不認定通知書（理由の記載があるもの）' },
        hint: {
          en: 'Record the day it was received: the 7 days run from then.',
          ja: '受け取った日を記録する。7日の期間はその日から数える。',
        },
        categories: ['isa-notice'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'review-request-form',
        label: { en: 'Request for review addressed to the Minister of Justice', ja: '法務大臣宛ての審査請求書' },
        hint: {
          en: 'Lodged in practice at the regional bureau. [S]',
          ja: '実務上は地方出入国在留管理局の窓口に提出する。[S]',
        },
        categories: ['other'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'written-statement',
        label: { en: 'Written statement of reasons', ja: '申述書' },
        hint: {
          en: 'In past practice ISA asked for it about 6 weeks after the request; an extension can be asked for. [S/U]',
          ja: '従来の運用では審査請求から約6週間後に提出を求められた。延長を申し出ることができる。[S/U]',
        },
        categories: ['personal-statement'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'new-evidence',
        label: { en: 'New evidence or evidence answering the reasons for refusal', ja: '新たな証拠・不認定理由に反論する資料' },
        hint: null,
        categories: ['persecution-evidence', 'country-information'],
        required: false,
        needsTranslation: true,
      },
      {
        key: 'medical-reports',
        label: { en: 'Medical or psychological reports, where relevant', ja: '診断書・心理的所見（該当する場合）' },
        hint: null,
        categories: ['medical'],
        required: false,
        needsTranslation: true,
      },
    ],
  },
  {
    step: 'revocation-suit',
    title: { en: 'Revocation suit: documents', ja: '取消訴訟：準備する書類' },
    basis: {
      en:
        'Administrative Case Litigation Act Art. 14 (6 months from knowledge of the decision, at most 1 year); a stay of ' +
        'execution (Art. 25) is filed with the suit where removal is possible.',
      ja: '行政事件訴訟法第14条（処分・裁決を知った日から6か月、処分・裁決の日から1年）。送還のおそれがある場合は執行停止（第25条）を訴えと同時に申し立てる。',
    },
    items: [
      {
        key: 'decision-notices',
        label: {
          en: 'The refusal notice and, if a review was requested, the review decision',
          ja: '不認定通知書、及び審査請求をした場合は裁決書',
        },
        hint: {
          en: 'Record when each was known: the time limits run from then.',
          ja: 'それぞれを知った日を記録する。出訴期間はその日から数える。',
        },
        categories: ['isa-notice'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'power-of-attorney',
        label: { en: 'Power of attorney and the lawyer’s engagement documents', ja: '訴訟委任状・弁護士との委任関係書類' },
        hint: {
          en: 'JFBA-commissioned legal aid for refugee cases is applied for through the lawyer. [S]',
          ja: '日弁連委託援助（難民認定に関する法律援助）は弁護士を通じて申し込む。[S]',
        },
        categories: ['other'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'evidence',
        label: { en: 'Evidence for the court', ja: '裁判所に提出する証拠' },
        hint: {
          en: 'Courts work in Japanese; a foreign-language exhibit is filed with a translation (Rules of Civil Procedure Art. 138). Not covered by the reference: confirm with the lawyer. [U]',
          ja: '裁判所では日本語を用い、外国語の書証には訳文を添付する（民事訴訟規則第138条）。参照資料の範囲外のため弁護士に確認すること。[U]',
        },
        categories: ['persecution-evidence', 'country-information', 'medical', 'personal-statement'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'court-filings',
        label: { en: 'Complaint and other court papers', ja: '訴状その他の裁判書類' },
        hint: null,
        categories: ['court-document'],
        required: false,
        needsTranslation: false,
      },
    ],
  },
  {
    step: 'provisional-release-extension',
    title: { en: 'Extension of provisional release: documents', ja: '仮放免の期間延長：準備する書類' },
    basis: {
      en: 'Immigration Control Act Art. 54; ISA procedure page 16-11: the extension is applied for in person, before the period ends, with evidence of the need.',
      ja: '入管法第54条、入管庁16-11：期間の満了前に本人が出頭して、延長の必要を示す資料とともに申請する。',
    },
    items: [
      {
        key: 'release-permit',
        label: { en: 'Provisional release permit', ja: '仮放免許可書' },
        hint: null,
        categories: ['identity'],
        required: true,
        needsTranslation: false,
      },
      {
        key: 'guarantor-documents',
        label: { en: 'Guarantor’s documents', ja: '身元保証人に関する書類' },
        hint: {
          en: 'A guarantor is required for provisional release; which documents ISA asks for at an extension (letter of guarantee, the guarantor’s ID or certificate of residence) is from practice. [S]',
          ja: '仮放免には身元保証人が必要。延長時に求められる書類（身元保証書、保証人の身分証明書・住民票など）は実務による。[S]',
        },
        categories: ['support-letter'],
        required: true,
        needsTranslation: true,
      },
      {
        key: 'medical-reports',
        label: { en: 'Medical reports, where health is a ground', ja: '診断書（健康上の理由がある場合）' },
        hint: null,
        categories: ['medical'],
        required: false,
        needsTranslation: true,
      },
      {
        key: 'pending-procedure',
        label: { en: 'Proof that a procedure is pending', ja: '手続が係属中であることを示す書類' },
        hint: {
          en: 'Application receipt, review or court papers, showing why release should continue. [U]',
          ja: '申請の受理票、審査請求や訴訟の書類など、仮放免を続ける理由を示すもの。[U]',
        },
        categories: ['isa-notice', 'court-document'],
        required: false,
        needsTranslation: false,
      },
    ],
  },
];

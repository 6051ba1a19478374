import type { NewPartnerInput, NewPartnerServiceInput, PartnerDirectoryService } from '#referrals';
import { addDays, PREFECTURES, type LocalDate } from '#domain';

/**
 * The demo's partner directory: invented organisations, one or more of every service kind, in a
 * few prefectures, with example.org / example.jp addresses and 0000 telephone numbers that no
 * one holds. Three services stand for the public programmes of reference §5.1 (RHQ's protection
 * allowance and settlement programme, JFBA-commissioned legal aid) so the eligibility warnings
 * have something to warn about; they are still fictional desks, not the real ones.
 */
interface DemoService extends NewPartnerServiceInput {
  /** Places free, counted this many days ago. */
  readonly capacity?: { readonly available: number; readonly daysAgo: number };
}

interface DemoPartner {
  readonly organisation: NewPartnerInput;
  readonly services: readonly DemoService[];
  /** Shows what an organisation that no longer takes referrals looks like. */
  readonly inactive?: boolean;
}

const FICTIONAL = '架空の団体です（デモ用）。This organisation is fictional (demo data).';

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    organisation: {
      name: 'こもれびシェルター（デモ・架空）',
      nameEn: 'Komorebi Shelter (demo, fictional)',
      contactPerson: 'デモ 担当者A',
      referralEmail: 'intake@komorebi-shelter.example.org',
      phone: '03-0000-1001',
      website: 'https://komorebi-shelter.example.org',
      notes: `${FICTIONAL} 受付は平日10時〜17時。Intake on weekdays 10:00–17:00.`,
    },
    services: [
      {
        kind: 'housing',
        name: '緊急シェルター / Emergency shelter',
        description: 'Beds for the first nights after arrival; meals included.',
        eligibilityNotes: 'Applicants without a place to sleep; women and families first.',
        languages: ['ja', 'en', 'fr'],
        prefectures: ['tokyo'],
        capacity: { available: 2, daysAgo: 1 },
      },
      {
        kind: 'psychosocial',
        name: 'ピアサポートの会 / Peer support group',
        languages: ['ja', 'en', 'fr'],
        prefectures: ['tokyo', 'kanagawa', 'saitama'],
      },
    ],
  },
  {
    organisation: {
      name: 'デモ保護費相談窓口（架空）',
      nameEn: 'Demo protection allowance desk (fictional)',
      contactPerson: null,
      referralEmail: 'allowance-desk@demo-rhq.example.jp',
      phone: '03-0000-1002',
      website: 'https://demo-rhq.example.jp',
      notes: `${FICTIONAL} Stands in for the RHQ desks of reference §5.1.`,
    },
    services: [
      {
        kind: 'living-allowance',
        programme: 'rhq-protection-allowance',
        name: '保護費（生活費・住居費） / Protection allowance (living costs, rent)',
        eligibilityNotes: 'Destitute applicants while the application is pending; ends at a final decision. Long waits.',
        languages: ['ja', 'en'],
        prefectures: [...PREFECTURES],
      },
      {
        kind: 'japanese-language',
        programme: 'rhq-settlement-programme',
        name: '定住支援プログラム 日本語教育 / Settlement programme: Japanese lessons',
        eligibilityNotes: 'Recognised refugees and people granted complementary protection only.',
        languages: ['ja', 'en'],
        prefectures: ['tokyo', 'osaka'],
      },
      {
        kind: 'employment',
        programme: 'rhq-settlement-programme',
        name: '定住支援プログラム 職業紹介 / Settlement programme: job placement',
        eligibilityNotes: 'Recognised refugees and people granted complementary protection only.',
        languages: ['ja', 'en'],
        prefectures: ['tokyo', 'osaka'],
      },
    ],
  },
  {
    organisation: {
      name: 'みなと法律事務所（デモ・架空）',
      nameEn: 'Minato Law Office (demo, fictional)',
      contactPerson: 'デモ弁護士B',
      referralEmail: 'refugee-cases@minato-law.example.jp',
      phone: '03-0000-1003',
      website: 'https://minato-law.example.jp',
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'legal-aid',
        programme: 'jfba-legal-aid',
        name: '難民認定に関する法律援助 / Legal aid for the refugee procedure',
        description: 'Representation at the review request and the oral opinion hearing.',
        eligibilityNotes: 'People without means; the lawyer applies for the JFBA-commissioned aid.',
        languages: ['ja', 'en'],
        prefectures: ['tokyo', 'kanagawa', 'chiba', 'saitama'],
      },
    ],
  },
  {
    organisation: {
      name: 'なにわ難民弁護団（デモ・架空）',
      nameEn: 'Naniwa Refugee Lawyers (demo, fictional)',
      contactPerson: null,
      referralEmail: 'contact@naniwa-lawyers.example.org',
      phone: '06-0000-1004',
      website: null,
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'legal-aid',
        programme: 'jfba-legal-aid',
        name: '法律相談・代理 / Legal advice and representation',
        eligibilityNotes: 'People without means; the lawyer applies for the JFBA-commissioned aid.',
        languages: ['ja', 'en', 'ar'],
        prefectures: ['osaka', 'hyogo', 'kyoto'],
      },
    ],
  },
  {
    organisation: {
      name: 'さくら行政書士事務所（デモ・架空）',
      nameEn: 'Sakura Administrative Scrivener Office (demo, fictional)',
      contactPerson: 'デモ行政書士C',
      referralEmail: 'office@sakura-gyosei.example.jp',
      phone: '052-000-1005',
      website: 'https://sakura-gyosei.example.jp',
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'immigration-paperwork',
        name: '在留手続の申請取次 / Residence applications filed on the client’s behalf',
        languages: ['ja', 'en', 'pt', 'es'],
        prefectures: ['aichi', 'gifu', 'mie'],
      },
    ],
  },
  {
    organisation: {
      name: 'ひだまり日本語教室（デモ・架空）',
      nameEn: 'Hidamari Japanese Class (demo, fictional)',
      contactPerson: 'デモ コーディネーターD',
      referralEmail: 'hello@hidamari-nihongo.example.org',
      phone: '048-000-1006',
      website: 'https://hidamari-nihongo.example.org',
      notes: `${FICTIONAL} 土曜の午前。Saturday mornings.`,
    },
    services: [
      {
        kind: 'japanese-language',
        name: '地域の日本語教室 / Community Japanese class',
        eligibilityNotes: 'Open to everyone, asylum seekers included; free of charge.',
        languages: ['ja', 'en', 'my'],
        prefectures: ['saitama'],
        capacity: { available: 5, daysAgo: 6 },
      },
    ],
  },
  {
    organisation: {
      name: 'デモしごとサポート（架空）',
      nameEn: 'Demo Work Support (fictional)',
      contactPerson: null,
      referralEmail: 'jobs@demo-work-support.example.org',
      phone: '045-000-1007',
      website: null,
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'employment',
        name: '就労相談・職場紹介 / Job counselling and introductions to employers',
        eligibilityNotes: 'Only when the designation document (指定書) allows work.',
        languages: ['ja', 'en', 'fa'],
        prefectures: ['tokyo', 'kanagawa'],
      },
    ],
  },
  {
    organisation: {
      name: 'あおぞら診療所（デモ・架空）',
      nameEn: 'Aozora Clinic (demo, fictional)',
      contactPerson: 'デモ医療ソーシャルワーカーE',
      referralEmail: 'msw@aozora-clinic.example.jp',
      phone: '06-0000-1008',
      website: 'https://aozora-clinic.example.jp',
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'health',
        name: '無料低額診療 / Free or low-cost medical care',
        eligibilityNotes: 'Uninsured patients welcome; bring any papers from the immigration bureau.',
        languages: ['ja', 'en', 'zh', 'vi'],
        prefectures: ['osaka'],
      },
    ],
  },
  {
    organisation: {
      name: 'こころの相談室ともしび（デモ・架空）',
      nameEn: 'Tomoshibi Counselling Room (demo, fictional)',
      contactPerson: null,
      referralEmail: 'care@tomoshibi.example.org',
      phone: '03-0000-1009',
      website: null,
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'psychosocial',
        name: 'トラウマケア相談 / Trauma-informed counselling',
        description: 'With an interpreter when needed; sessions online or in person.',
        languages: ['ja', 'en', 'fa', 'ar'],
        prefectures: ['tokyo', 'kanagawa', 'saitama', 'chiba'],
        capacity: { available: 0, daysAgo: 3 },
      },
    ],
  },
  {
    organisation: {
      name: 'デモ子ども学習支援の会（架空）',
      nameEn: 'Demo Children’s Learning Support (fictional)',
      contactPerson: null,
      referralEmail: 'kids@demo-learning.example.org',
      phone: null,
      website: 'https://demo-learning.example.org',
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'education',
        name: '放課後学習支援 / After-school homework help',
        languages: ['ja', 'pt', 'es', 'tl'],
        prefectures: ['aichi'],
      },
    ],
  },
  {
    organisation: {
      name: 'フードバンクあさひ（デモ・架空）',
      nameEn: 'Asahi Food Bank (demo, fictional)',
      contactPerson: null,
      referralEmail: 'pantry@asahi-foodbank.example.org',
      phone: '06-0000-1011',
      website: null,
      notes: FICTIONAL,
    },
    services: [
      {
        kind: 'other',
        name: '食料・衣類の提供 / Food parcels and clothing',
        languages: ['ja', 'en'],
        prefectures: ['osaka', 'hyogo'],
      },
    ],
  },
  {
    organisation: {
      name: 'みどり国際交流の家（デモ・架空・受付終了）',
      nameEn: 'Midori International House (demo, fictional, closed)',
      contactPerson: null,
      referralEmail: 'info@midori-house.example.org',
      phone: null,
      website: null,
      notes: `${FICTIONAL} 受付を終了しました。No longer takes referrals.`,
    },
    services: [
      {
        kind: 'housing',
        name: 'シェアハウス / Shared house',
        languages: ['ja', 'en'],
        prefectures: ['chiba'],
      },
    ],
    inactive: true,
  },
];

/**
 * Seeds the demo partners through the directory service (so each is audited like any other),
 * unless the directory already holds an organisation: running it again changes nothing.
 * Returns the number of organisations added.
 */
export async function seedDemoPartners(directory: PartnerDirectoryService, today: LocalDate): Promise<number> {
  if (!(await directory.isEmpty())) return 0;
  for (const partner of DEMO_PARTNERS) {
    const { id } = await directory.createPartner(partner.organisation);
    for (const { capacity, ...service } of partner.services) {
      const created = await directory.addService(id, service);
      if (capacity) await directory.setCapacity(id, created.id, { version: created.version, available: capacity.available, updatedOn: addDays(today, -capacity.daysAgo) });
    }
    if (partner.inactive) await directory.deactivatePartner(id);
  }
  return DEMO_PARTNERS.length;
}

/**
 * The demo organisation's people. Every name is invented; the password is public and the
 * accounts exist only where DEMO_SEED=true seeded an empty database (`npm start`).
 */
export const DEMO_PASSWORD = 'yorisoi-demo-2026';

export const DEMO_TEAMS = ['Tokyo casework', 'Osaka casework'] as const;

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: 'caseworker' | 'supervisor' | 'admin';
  readonly locale: 'ja' | 'en';
  readonly member: readonly (typeof DEMO_TEAMS)[number][];
  readonly supervises: readonly (typeof DEMO_TEAMS)[number][];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.yorisoi.org', displayName: 'Ito Kenji', role: 'admin', locale: 'ja', member: [], supervises: [] },
  {
    email: 'supervisor@demo.yorisoi.org',
    displayName: 'Watanabe Akiko',
    role: 'supervisor',
    locale: 'ja',
    member: [],
    supervises: ['Tokyo casework', 'Osaka casework'],
  },
  { email: 'sato@demo.yorisoi.org', displayName: 'Sato Yuki', role: 'caseworker', locale: 'ja', member: ['Tokyo casework'], supervises: [] },
  { email: 'lan@demo.yorisoi.org', displayName: 'Nguyen Thi Lan', role: 'caseworker', locale: 'en', member: ['Tokyo casework'], supervises: [] },
  { email: 'yamamoto@demo.yorisoi.org', displayName: 'Yamamoto Daisuke', role: 'caseworker', locale: 'ja', member: ['Osaka casework'], supervises: [] },
];

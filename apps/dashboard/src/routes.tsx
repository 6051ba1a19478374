import { lazy, type ReactNode } from 'react';
import { ROLES, type Role, type SessionState } from './api/types';
import type { MessageKey } from './i18n/i18n';
import { AccountPage } from './pages/account/account-page';
import { AuditPage } from './pages/audit/audit-page';
import { CaughtMailMessagePage } from './pages/admin/caught-mail-message-page';
import { CaughtMailPage } from './pages/admin/caught-mail-page';
import { InviteUserPage } from './pages/admin/invite-user-page';
import { TeamPage } from './pages/admin/team-page';
import { TeamsPage } from './pages/admin/teams-page';
import { UserPage } from './pages/admin/user-page';
import { UsersPage } from './pages/admin/users-page';
import { HomePage } from './pages/home/home-page';
import { PartnerReplyPage } from './pages/partner-reply/partner-reply-page';
import { EnrolmentStepPage } from './pages/sign-in/enrolment-step-page';
import { ForgotPasswordPage } from './pages/sign-in/forgot-password-page';
import { SecondFactorPage } from './pages/sign-in/second-factor-page';
import { SignInPage } from './pages/sign-in/sign-in-page';
import { TokenPasswordPage } from './pages/sign-in/token-password-page';

// Case work and its administration load when first opened (the layout shows "Loading…"), so
// signing in does not wait for screens a role may never use.
const ClientSearchPage = lazy(() => import('./pages/clients/client-search-page').then((m) => ({ default: m.ClientSearchPage })));
const IntakePage = lazy(() => import('./pages/clients/intake-page').then((m) => ({ default: m.IntakePage })));
const ClientPage = lazy(() => import('./pages/clients/client-page').then((m) => ({ default: m.ClientPage })));
const TeamOverviewPage = lazy(() => import('./pages/team/team-overview-page').then((m) => ({ default: m.TeamOverviewPage })));
const CalculatorPage = lazy(() => import('./pages/calculator/calculator-page').then((m) => ({ default: m.CalculatorPage })));
const EmergencyAccessPage = lazy(() => import('./pages/emergency/emergency-access-page').then((m) => ({ default: m.EmergencyAccessPage })));
const ReminderPoliciesPage = lazy(() => import('./pages/reminders/reminder-policies-page').then((m) => ({ default: m.ReminderPoliciesPage })));
const ReminderStatsPage = lazy(() => import('./pages/reminders/reminder-stats-page').then((m) => ({ default: m.ReminderStatsPage })));
const ChecklistTemplatesPage = lazy(() => import('./pages/admin/checklist-templates-page').then((m) => ({ default: m.ChecklistTemplatesPage })));
const ChecklistTemplateStepPage = lazy(() => import('./pages/admin/checklist-templates-step-page').then((m) => ({ default: m.ChecklistTemplateStepPage })));
const PartnerDirectoryPage = lazy(() => import('./pages/partners/partner-directory-page').then((m) => ({ default: m.PartnerDirectoryPage })));
const NewPartnerPage = lazy(() => import('./pages/partners/new-partner-page').then((m) => ({ default: m.NewPartnerPage })));
const PartnerPage = lazy(() => import('./pages/partners/partner-page').then((m) => ({ default: m.PartnerPage })));
// Reports carry Chart.js: only supervisors and administrators who open them download it.
const ReportsPage = lazy(() => import('./pages/reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const OverduePage = lazy(() => import('./pages/team/overdue-page').then((m) => ({ default: m.OverduePage })));

/** Who may open a screen. */
export type RouteAccess =
  /** Anyone, signed in or not: links from emails. */
  | { readonly kind: 'public' }
  /** Only before sign-in; a signed-in user is sent on. */
  | { readonly kind: 'signed-out' }
  /** A step of sign-in, for a session in exactly this state. */
  | { readonly kind: 'sign-in-step'; readonly state: Exclude<SessionState, 'active'> }
  /** A fully signed-in user of one of these roles. */
  | { readonly kind: 'signed-in'; readonly roles: readonly Role[] };

export type RouteParams = Readonly<Record<string, string>>;

export interface AppRoute {
  /** `/users/:id`; the first route that matches wins. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly render: (params: RouteParams) => ReactNode;
  /** Listed in the main navigation, for the roles that may open it. */
  readonly nav?: MessageKey;
}

const anyone: RouteAccess = { kind: 'public' };
const signedOut: RouteAccess = { kind: 'signed-out' };
const roles = (...allowed: Role[]): RouteAccess => ({ kind: 'signed-in', roles: allowed });
const param = (params: RouteParams, name: string) => params[name] ?? '';

/**
 * Every screen. A new screen is one entry here and one component under pages/. The order of the
 * entries with `nav` is the order of the main navigation.
 */
export const ROUTES: readonly AppRoute[] = [
  { path: '/sign-in', access: signedOut, render: () => <SignInPage /> },
  { path: '/sign-in/second-factor', access: { kind: 'sign-in-step', state: 'mfa-pending' }, render: () => <SecondFactorPage /> },
  {
    path: '/sign-in/set-up-second-factor',
    access: { kind: 'sign-in-step', state: 'mfa-enrolment-required' },
    render: () => <EnrolmentStepPage />,
  },
  { path: '/forgot-password', access: signedOut, render: () => <ForgotPasswordPage /> },
  { path: '/reset-password', access: anyone, render: () => <TokenPasswordPage purpose="password-reset" /> },
  { path: '/accept-invitation', access: anyone, render: () => <TokenPasswordPage purpose="invitation" /> },
  // A partner organisation answers a referral from its e-mailed link, without an account.
  {
    path: '/partner-reply/:referralId',
    access: anyone,
    render: (params) => <PartnerReplyPage key={param(params, 'referralId')} referralId={param(params, 'referralId')} />,
  },

  { path: '/', access: roles('caseworker', 'supervisor'), nav: 'nav.home', render: () => <HomePage /> },
  { path: '/clients', access: roles('caseworker', 'supervisor'), nav: 'nav.clients', render: () => <ClientSearchPage /> },
  { path: '/clients/new', access: roles('caseworker', 'supervisor'), render: () => <IntakePage /> },
  // Administrators reach a file only through emergency access; the API decides what each may see.
  { path: '/clients/:id', access: roles(...ROLES), render: (params) => <ClientPage key={param(params, 'id')} id={param(params, 'id')} /> },
  { path: '/team', access: roles('supervisor'), nav: 'nav.team', render: () => <TeamOverviewPage /> },
  // The reports' overdue counts lead here; administrators see aggregates only, never the files.
  { path: '/team/overdue', access: roles('supervisor'), render: () => <OverduePage /> },
  { path: '/users', access: roles('admin'), nav: 'nav.users', render: () => <UsersPage /> },
  { path: '/users/new', access: roles('admin'), render: () => <InviteUserPage /> },
  { path: '/users/:id', access: roles('admin'), render: (params) => <UserPage key={param(params, 'id')} id={param(params, 'id')} /> },
  { path: '/teams', access: roles('admin'), nav: 'nav.teams', render: () => <TeamsPage /> },
  { path: '/teams/:id', access: roles('admin'), render: (params) => <TeamPage key={param(params, 'id')} id={param(params, 'id')} /> },
  { path: '/reports', access: roles('supervisor', 'admin'), nav: 'nav.reports', render: () => <ReportsPage /> },
  { path: '/audit', access: roles('supervisor', 'admin'), nav: 'nav.audit', render: () => <AuditPage /> },
  // Everyone reads the mail caught for them (a demo without a mail server); the API redacts the
  // sign-in links in anyone else's that an administrator opens.
  { path: '/caught-mail', access: roles(...ROLES), nav: 'nav.caughtMail', render: () => <CaughtMailPage /> },
  {
    path: '/caught-mail/:id',
    access: roles(...ROLES),
    render: (params) => <CaughtMailMessagePage key={param(params, 'id')} id={param(params, 'id')} />,
  },
  { path: '/reminders', access: roles('admin'), nav: 'nav.reminders', render: () => <ReminderPoliciesPage /> },
  { path: '/reminders/stats', access: roles('admin'), render: () => <ReminderStatsPage /> },
  // Everyone reads the checklists (through the API); only administrators change them, here.
  { path: '/checklist-templates', access: roles('admin'), nav: 'checklistTemplates.nav', render: () => <ChecklistTemplatesPage /> },
  {
    path: '/checklist-templates/:step',
    access: roles('admin'),
    render: (params) => <ChecklistTemplateStepPage key={param(params, 'step')} step={param(params, 'step')} />,
  },
  // Everyone searches the partner directory; supervisors and administrators maintain it.
  { path: '/partners', access: roles(...ROLES), nav: 'partners.nav', render: () => <PartnerDirectoryPage /> },
  { path: '/partners/new', access: roles('supervisor', 'admin'), render: () => <NewPartnerPage /> },
  {
    path: '/partners/:partnerId',
    access: roles(...ROLES),
    render: (params) => <PartnerPage key={param(params, 'partnerId')} id={param(params, 'partnerId')} />,
  },
  { path: '/calculator', access: roles(...ROLES), nav: 'nav.calculator', render: () => <CalculatorPage /> },
  { path: '/emergency-access', access: roles('supervisor', 'admin'), nav: 'nav.emergency', render: () => <EmergencyAccessPage /> },
  { path: '/account', access: roles(...ROLES), render: () => <AccountPage /> },
];

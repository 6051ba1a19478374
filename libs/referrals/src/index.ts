import { PartnerOrganisationEntity } from './entities/partner-organisation.entity.js';
import { PartnerServiceEntity } from './entities/partner-service.entity.js';
import { ReferralConsentEntity } from './entities/referral-consent.entity.js';
import { ReferralReplyTokenEntity } from './entities/referral-reply-token.entity.js';
import { ReferralEntity } from './entities/referral.entity.js';
import { ReferralAppointmentRef, ReferralClientRef, ReferralUserRef } from './entities/refs.js';

/** Registered in migrations/schema.ts; the classes are not used outside this library. */
export const REFERRALS_ENTITIES = [
  PartnerOrganisationEntity,
  PartnerServiceEntity,
  ReferralConsentEntity,
  ReferralEntity,
  ReferralReplyTokenEntity,
  ReferralClientRef,
  ReferralUserRef,
  ReferralAppointmentRef,
];

export { ReferralsModule } from './referrals.module.js';
export {
  PartnerDirectoryService,
  type NewPartnerInput,
  type NewPartnerServiceInput,
  type PartnerListInput,
  type PartnerServiceSearchInput,
  type PartnerServiceUpdateInput,
  type PartnerUpdateInput,
  type ReferralTarget,
  type ServiceCapacityInput,
} from './partners/partner-directory.service.js';
export {
  PartnerDetailView,
  PartnerOrganisationPageView,
  PartnerOrganisationView,
  PartnerServiceListingView,
  PartnerServicePageView,
  PartnerServiceView,
  PartnerSummaryView,
} from './partners/partner.views.js';
export { LETTER_LOCALES, type LetterLocale } from './entities/referral.entity.js';
export { ReferralConsentsService, type NewReferralConsentInput, type ReferralConsentWithdrawalInput } from './consents/referral-consents.service.js';
export { ReferralsService, type NewReferralInput, type ReferralDraftUpdateInput, type ReferralStepInput } from './referrals/referrals.service.js';
export { ReferralLinksService } from './referrals/referral-links.service.js';
export { WaitingReferralsService } from './referrals/waiting-referrals.service.js';
export { PartnerRepliesService, type PartnerAnswerInput } from './replies/partner-replies.service.js';
export { hashReplyToken, REPLY_LINK_DAYS } from './replies/reply-links.js';
export {
  PartnerReferralView,
  ReferralConsentView,
  ReferralTargetView,
  ReferralView,
  ReferralWarningView,
  ReplyLinkView,
  SharedRowView,
  WaitingReferralView,
} from './referrals/referral.views.js';
export { ReferralLetterRenderer, type ReferralLetter, type ReferralLetterRow } from './letters/referral-letter.js';
export { renderRate, TYPICAL_JA_LETTER, type LetterRate } from './letters/letter-rate.js';

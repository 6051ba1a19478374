import { Module } from '@nestjs/common';
import { UserDirectoryModule } from '#accounts';
import { ClientsModule } from '#clients';
import { DeadlinesModule } from '#deadlines';
import { RequestLimiter } from '#platform';
import { ReferralConsentRepository } from './consents/referral-consent.repository.js';
import { ReferralConsentsService } from './consents/referral-consents.service.js';
import { ReferralLetterRenderer } from './letters/referral-letter.js';
import { PartnerDirectoryService } from './partners/partner-directory.service.js';
import { PartnerRepository } from './partners/partner.repository.js';
import { ReferralLetters } from './referrals/referral-letters.js';
import { ReferralLinksService } from './referrals/referral-links.service.js';
import { ReferralViewBuilder } from './referrals/referral-view.builder.js';
import { ReferralRepository } from './referrals/referral.repository.js';
import { ReferralsService } from './referrals/referrals.service.js';
import { WaitingReferralsRepository } from './referrals/waiting-referrals.repository.js';
import { WaitingReferralsService } from './referrals/waiting-referrals.service.js';
import { PartnerRepliesService } from './replies/partner-replies.service.js';
import { ReplyLinkMailer } from './replies/reply-link-mailer.js';
import { ReplyLinks } from './replies/reply-links.js';
import { ReplyTokenRepository } from './replies/reply-token.repository.js';
import { ReferralEraser } from './retention/referral-eraser.js';

/**
 * Referrals to partner organisations: the partner directory, the client's consents to share,
 * referrals with their letter, the partners' reply links and the follow-up deadline. In the api
 * and in the worker (whose retention sweep needs the eraser).
 */
@Module({
  imports: [ClientsModule, DeadlinesModule, UserDirectoryModule],
  providers: [
    PartnerRepository,
    PartnerDirectoryService,
    ReferralConsentRepository,
    ReferralConsentsService,
    ReferralRepository,
    ReferralsService,
    ReferralViewBuilder,
    ReferralLinksService,
    WaitingReferralsRepository,
    WaitingReferralsService,
    ReferralLetterRenderer,
    ReferralLetters,
    ReplyTokenRepository,
    ReplyLinks,
    ReplyLinkMailer,
    PartnerRepliesService,
    ReferralEraser,
    RequestLimiter,
  ],
  exports: [PartnerDirectoryService, ReferralConsentsService, ReferralsService, ReferralLinksService, WaitingReferralsService, PartnerRepliesService, ReferralLetterRenderer],
})
export class ReferralsModule {}

/**
 * Guidance for every rule, by rule id: what the side panel shows (ja/en title, why it
 * matters, steps, sources). Extension pages only — never imported by the content script.
 */
import type { RuleGuidance } from '../utils/engine/rule-schema';
import * as abusiveLanguageInsults from './abusive-language/insults';
import * as advancePaymentDepositOutsideEscrow from './advance-payment/deposit-outside-escrow';
import * as clickAffiliateClickOrTapTask from './click-affiliate/click-or-tap-task';
import * as clickAffiliatePointsOrMysteryShopping from './click-affiliate/points-or-mystery-shopping';
import * as clickAffiliateSignupOrInstall from './click-affiliate/signup-or-install';
import * as clientUnresponsiveExclusiveCommitment from './client-unresponsive/exclusive-commitment';
import * as clientUnresponsiveSilentClientCompetitionOrTask from './client-unresponsive/silent-client-competition-or-task';
import * as clientUnresponsiveSilentClientCrowdworks from './client-unresponsive/silent-client-crowdworks';
import * as clientUnresponsiveSilentClientLancers from './client-unresponsive/silent-client-lancers';
import * as courseOrInfoProductLureCoursePurchaseRequired from './course-or-info-product-lure/course-purchase-required';
import * as courseOrInfoProductLureSelfChangePitch from './course-or-info-product-lure/self-change-pitch';
import * as courseOrInfoProductLureTrackRecordLure from './course-or-info-product-lure/track-record-lure';
import * as criminalRecruitmentAnonymousApp from './criminal-recruitment/anonymous-app';
import * as criminalRecruitmentGenericWithCompanion from './criminal-recruitment/generic-with-companion';
import * as criminalRecruitmentIdAndFamily from './criminal-recruitment/id-and-family';
import * as criminalRecruitmentNameLending from './criminal-recruitment/name-lending';
import * as criminalRecruitmentPolicePhrases from './criminal-recruitment/police-phrases';
import * as criminalRecruitmentTransportOrPickup from './criminal-recruitment/transport-or-pickup';
import * as directDealOutsidePayment from './direct-deal/outside-payment';
import * as externalTosViolationAccountTrading from './external-tos-violation/account-trading';
import * as externalTosViolationDmSending from './external-tos-violation/dm-sending';
import * as externalTosViolationFakeEngagement from './external-tos-violation/fake-engagement';
import * as externalTosViolationFormSpam from './external-tos-violation/form-spam';
import * as homeworkGhostwritingSchoolAssignment from './homework-ghostwriting/school-assignment';
import * as inspectionOverdueDeliveredNotInspected from './inspection-overdue/delivered-not-inspected';
import * as lowClientRatingBelowThreshold from './low-client-rating/below-threshold';
import * as lowClientRatingLowCompletionRate from './low-client-rating/low-completion-rate';
import * as mlmNetworkBusiness from './mlm/network-business';
import * as newClientNoTrackRecord from './new-client/no-track-record';
import * as newClientRecentlyRegistered from './new-client/recently-registered';
import * as offPlatformContactChatTool from './off-platform-contact/chat-tool';
import * as offPlatformContactContactDetailsRequest from './off-platform-contact/contact-details-request';
import * as offPlatformContactEmailAddress from './off-platform-contact/email-address';
import * as offPlatformContactLineLinkOrQr from './off-platform-contact/line-link-or-qr';
import * as offPlatformContactLine from './off-platform-contact/line';
import * as offPlatformContactOfficePermissionClaim from './off-platform-contact/office-permission-claim';
import * as offPlatformContactOutsideApplication from './off-platform-contact/outside-application';
import * as offPlatformContactPhoneNumber from './off-platform-contact/phone-number';
import * as offPlatformContactSnsDm from './off-platform-contact/sns-dm';
import * as offPlatformContactVideoCall from './off-platform-contact/video-call';
import * as personalInfoRequestBankOrCard from './personal-info-request/bank-or-card';
import * as personalInfoRequestIdDocument from './personal-info-request/id-document';
import * as personalInfoRequestPrivateDetails from './personal-info-request/private-details';
import * as purchaseProxyBuyOnBehalf from './purchase-proxy/buy-on-behalf';
import * as purchaseProxyEcListingOrStock from './purchase-proxy/ec-listing-or-stock';
import * as reviewRequestPaidReview from './review-request/paid-review';
import * as scopeCreepExtraWorkRequest from './scope-creep/extra-work-request';
import * as scopeCreepExtraWorkSamePay from './scope-creep/extra-work-same-pay';
import * as scopeCreepFixedPriceAgreeScope from './scope-creep/fixed-price-agree-scope';
import * as scopeCreepLancersWrittenContract from './scope-creep/lancers-written-contract';
import * as scopeCreepUnlimitedRevisions from './scope-creep/unlimited-revisions';
import * as terminationPendingOneWeekUnanswered from './termination-pending/one-week-unanswered';
import * as terminationPendingRequestOverdue from './termination-pending/request-overdue';
import * as terminationPendingRequestPending from './termination-pending/request-pending';
import * as threatExposureOrHarm from './threat/exposure-or-harm';
import * as threatLegalAction from './threat/legal-action';
import * as threatRatingPressure from './threat/rating-pressure';
import * as tooGoodPayHighPaySimpleWork from './too-good-pay/high-pay-simple-work';
import * as tooGoodPayLurePhrases from './too-good-pay/lure-phrases';
import * as unverifiedClientIdentityNotVerified from './unverified-client/identity-not-verified';
import * as unverifiedClientUnverifiedNewHighPay from './unverified-client/unverified-new-high-pay';
import * as upfrontFeePayToStart from './upfront-fee/pay-to-start';
import * as workBeforeEscrowStartBeforeFunding from './work-before-escrow/start-before-funding';
import * as workBeforeEscrowUnfundedContract from './work-before-escrow/unfunded-contract';
import * as workBeforeEscrowUnpaidTrial from './work-before-escrow/unpaid-trial';

export const GUIDANCE: Readonly<Record<string, RuleGuidance>> = {
  [abusiveLanguageInsults.rule.id]: abusiveLanguageInsults.guidance,
  [advancePaymentDepositOutsideEscrow.rule.id]: advancePaymentDepositOutsideEscrow.guidance,
  [clickAffiliateClickOrTapTask.rule.id]: clickAffiliateClickOrTapTask.guidance,
  [clickAffiliatePointsOrMysteryShopping.rule.id]: clickAffiliatePointsOrMysteryShopping.guidance,
  [clickAffiliateSignupOrInstall.rule.id]: clickAffiliateSignupOrInstall.guidance,
  [clientUnresponsiveExclusiveCommitment.rule.id]: clientUnresponsiveExclusiveCommitment.guidance,
  [clientUnresponsiveSilentClientCompetitionOrTask.rule.id]: clientUnresponsiveSilentClientCompetitionOrTask.guidance,
  [clientUnresponsiveSilentClientCrowdworks.rule.id]: clientUnresponsiveSilentClientCrowdworks.guidance,
  [clientUnresponsiveSilentClientLancers.rule.id]: clientUnresponsiveSilentClientLancers.guidance,
  [courseOrInfoProductLureCoursePurchaseRequired.rule.id]: courseOrInfoProductLureCoursePurchaseRequired.guidance,
  [courseOrInfoProductLureSelfChangePitch.rule.id]: courseOrInfoProductLureSelfChangePitch.guidance,
  [courseOrInfoProductLureTrackRecordLure.rule.id]: courseOrInfoProductLureTrackRecordLure.guidance,
  [criminalRecruitmentAnonymousApp.rule.id]: criminalRecruitmentAnonymousApp.guidance,
  [criminalRecruitmentGenericWithCompanion.rule.id]: criminalRecruitmentGenericWithCompanion.guidance,
  [criminalRecruitmentIdAndFamily.rule.id]: criminalRecruitmentIdAndFamily.guidance,
  [criminalRecruitmentNameLending.rule.id]: criminalRecruitmentNameLending.guidance,
  [criminalRecruitmentPolicePhrases.rule.id]: criminalRecruitmentPolicePhrases.guidance,
  [criminalRecruitmentTransportOrPickup.rule.id]: criminalRecruitmentTransportOrPickup.guidance,
  [directDealOutsidePayment.rule.id]: directDealOutsidePayment.guidance,
  [externalTosViolationAccountTrading.rule.id]: externalTosViolationAccountTrading.guidance,
  [externalTosViolationDmSending.rule.id]: externalTosViolationDmSending.guidance,
  [externalTosViolationFakeEngagement.rule.id]: externalTosViolationFakeEngagement.guidance,
  [externalTosViolationFormSpam.rule.id]: externalTosViolationFormSpam.guidance,
  [homeworkGhostwritingSchoolAssignment.rule.id]: homeworkGhostwritingSchoolAssignment.guidance,
  [inspectionOverdueDeliveredNotInspected.rule.id]: inspectionOverdueDeliveredNotInspected.guidance,
  [lowClientRatingBelowThreshold.rule.id]: lowClientRatingBelowThreshold.guidance,
  [lowClientRatingLowCompletionRate.rule.id]: lowClientRatingLowCompletionRate.guidance,
  [mlmNetworkBusiness.rule.id]: mlmNetworkBusiness.guidance,
  [newClientNoTrackRecord.rule.id]: newClientNoTrackRecord.guidance,
  [newClientRecentlyRegistered.rule.id]: newClientRecentlyRegistered.guidance,
  [offPlatformContactChatTool.rule.id]: offPlatformContactChatTool.guidance,
  [offPlatformContactContactDetailsRequest.rule.id]: offPlatformContactContactDetailsRequest.guidance,
  [offPlatformContactEmailAddress.rule.id]: offPlatformContactEmailAddress.guidance,
  [offPlatformContactLineLinkOrQr.rule.id]: offPlatformContactLineLinkOrQr.guidance,
  [offPlatformContactLine.rule.id]: offPlatformContactLine.guidance,
  [offPlatformContactOfficePermissionClaim.rule.id]: offPlatformContactOfficePermissionClaim.guidance,
  [offPlatformContactOutsideApplication.rule.id]: offPlatformContactOutsideApplication.guidance,
  [offPlatformContactPhoneNumber.rule.id]: offPlatformContactPhoneNumber.guidance,
  [offPlatformContactSnsDm.rule.id]: offPlatformContactSnsDm.guidance,
  [offPlatformContactVideoCall.rule.id]: offPlatformContactVideoCall.guidance,
  [personalInfoRequestBankOrCard.rule.id]: personalInfoRequestBankOrCard.guidance,
  [personalInfoRequestIdDocument.rule.id]: personalInfoRequestIdDocument.guidance,
  [personalInfoRequestPrivateDetails.rule.id]: personalInfoRequestPrivateDetails.guidance,
  [purchaseProxyBuyOnBehalf.rule.id]: purchaseProxyBuyOnBehalf.guidance,
  [purchaseProxyEcListingOrStock.rule.id]: purchaseProxyEcListingOrStock.guidance,
  [reviewRequestPaidReview.rule.id]: reviewRequestPaidReview.guidance,
  [scopeCreepExtraWorkRequest.rule.id]: scopeCreepExtraWorkRequest.guidance,
  [scopeCreepExtraWorkSamePay.rule.id]: scopeCreepExtraWorkSamePay.guidance,
  [scopeCreepFixedPriceAgreeScope.rule.id]: scopeCreepFixedPriceAgreeScope.guidance,
  [scopeCreepLancersWrittenContract.rule.id]: scopeCreepLancersWrittenContract.guidance,
  [scopeCreepUnlimitedRevisions.rule.id]: scopeCreepUnlimitedRevisions.guidance,
  [terminationPendingOneWeekUnanswered.rule.id]: terminationPendingOneWeekUnanswered.guidance,
  [terminationPendingRequestOverdue.rule.id]: terminationPendingRequestOverdue.guidance,
  [terminationPendingRequestPending.rule.id]: terminationPendingRequestPending.guidance,
  [threatExposureOrHarm.rule.id]: threatExposureOrHarm.guidance,
  [threatLegalAction.rule.id]: threatLegalAction.guidance,
  [threatRatingPressure.rule.id]: threatRatingPressure.guidance,
  [tooGoodPayHighPaySimpleWork.rule.id]: tooGoodPayHighPaySimpleWork.guidance,
  [tooGoodPayLurePhrases.rule.id]: tooGoodPayLurePhrases.guidance,
  [unverifiedClientIdentityNotVerified.rule.id]: unverifiedClientIdentityNotVerified.guidance,
  [unverifiedClientUnverifiedNewHighPay.rule.id]: unverifiedClientUnverifiedNewHighPay.guidance,
  [upfrontFeePayToStart.rule.id]: upfrontFeePayToStart.guidance,
  [workBeforeEscrowStartBeforeFunding.rule.id]: workBeforeEscrowStartBeforeFunding.guidance,
  [workBeforeEscrowUnfundedContract.rule.id]: workBeforeEscrowUnfundedContract.guidance,
  [workBeforeEscrowUnpaidTrial.rule.id]: workBeforeEscrowUnpaidTrial.guidance,
};

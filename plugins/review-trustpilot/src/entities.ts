/**
 * Trustpilot's answers, as far as this plugin reads them. Sources:
 * - Business units: https://developers.trustpilot.com/business-units-api-overview (`GET /v1/business-units/find`)
 * - Private service reviews: https://developers.trustpilot.com/business-units-api#get-private-reviews-for-business-unit
 * - Replies: https://developers.trustpilot.com/service-reviews-api (`POST`/`DELETE /v1/private/reviews/{reviewId}/reply`)
 * - Tokens: https://developers.trustpilot.com/authentication
 * - Webhooks: https://support.trustpilot.com/hc/en-us/articles/115015822068 and the payload shown in
 *   https://support.trustpilot.com/hc/en-us/community/posts/10109980750738-How-to-set-up-Trustpilot-Webhooks
 */

/** A HATEOAS link, as Trustpilot lists them in `links` (`rel`: `next-page`, `prev-page`, ...). */
export interface TrustpilotLink {
  href: string;
  method: string;
  rel: string;
}

export interface TrustpilotBusinessUnit {
  id: string;
  displayName: string;
  name?: { identifying?: string; referring?: string[] };
  websiteUrl?: string;
  country?: string;
  numberOfReviews?: { total?: number };
  links?: TrustpilotLink[];
}

export interface TrustpilotConsumer {
  id: string;
  displayName: string;
  displayLocation?: string | null;
}

/** A service review as the private list returns it. */
export interface TrustpilotPrivateReview {
  id: string;
  consumer: TrustpilotConsumer;
  stars: number;
  title?: string | null;
  text: string;
  language?: string | null;
  createdAt: string;
  /** Set when the consumer revised the review. */
  updatedAt?: string | null;
  experiencedAt?: string | null;
  referenceId?: string | null;
  source?: string | null;
  isVerified?: boolean;
  location?: { id?: string; name?: string } | null;
  companyReply?: { text: string; authorBusinessUserId?: string; createdAt: string; updatedAt?: string | null } | null;
  links?: TrustpilotLink[];
}

export interface TrustpilotReviewPage {
  reviews: TrustpilotPrivateReview[];
  links?: TrustpilotLink[];
}

/** The token endpoint's answer: `expires_in` comes as a string of seconds; `app_enduser` is the business user. */
export interface TrustpilotTokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in?: string | number;
  token_type?: string;
  app_enduser?: string;
}

export type TrustpilotEventName = 'service-review-created' | 'service-review-updated' | 'service-review-deleted';

/** One event of a webhook delivery (`{ "events": [...] }`). */
export interface TrustpilotWebhookEvent {
  eventName: TrustpilotEventName;
  version: string;
  eventData: {
    id: string;
    language?: string | null;
    title?: string | null;
    text?: string | null;
    referenceId?: string | null;
    stars?: number;
    createdAt?: string;
    updatedAt?: string | null;
    isVerified?: boolean;
    locationId?: string | null;
    link?: string;
    consumer?: { id: string; name?: string; displayName?: string; link?: string };
  };
}

export interface TrustpilotWebhookDelivery {
  events: TrustpilotWebhookEvent[];
}

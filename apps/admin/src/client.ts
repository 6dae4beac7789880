import { cacheExchange, type Cache, type UpdateResolver } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { getOperationAST } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange, type Exchange } from 'urql';
import { ReviewFieldsFragmentDoc, type ReviewFieldsFragment } from './gql/graphql';
import schema from './introspection';
import * as documents from './gql/graphql';
import { session } from './session';

/** Invalidates every cached variant (each set of arguments) of a field, so the queries showing it refetch. */
function invalidateField(cache: Cache, entity: string | { __typename: string; id: string }, fieldName: string): void {
  const key = typeof entity === 'string' ? entity : cache.keyOfEntity(entity);
  if (!key) return;
  for (const field of cache.inspectFields(key)) if (field.fieldName === fieldName) cache.invalidate(key, fieldName, field.arguments ?? undefined);
}

const refetchCannedReplies = (_result: unknown, _args: unknown, cache: Cache) => invalidateField(cache, 'Query', 'cannedReplies');

const MUTATIONS = schema.__schema.types.flatMap((type) => (type.name === 'Mutation' && 'fields' in type ? type.fields.map((field) => field.name) : []));

/**
 * Any mutation may write an audit entry (the server decides which), so each one, after its own update, makes the
 * audit log read again: at once where it is shown, and on its next showing otherwise.
 */
function refetchAuditLogAfterEach(updates: Record<string, UpdateResolver>): Record<string, UpdateResolver> {
  return Object.fromEntries(
    MUTATIONS.map((name) => [
      name,
      (result, args, cache, info) => {
        updates[name]?.(result, args, cache, info);
        invalidateField(cache, 'Query', 'auditLog');
      },
    ]),
  );
}

/** A message added, answered or approved changes its thread and the inbox's order, counts and filters: refetch what shows them. */
const refetchThreadOf = (field: string) => (result: Record<string, unknown>, _args: unknown, cache: Cache) => {
  const { conversationId } = result[field] as { conversationId: string };
  invalidateField(cache, { __typename: 'Conversation', id: conversationId }, 'messages');
  invalidateField(cache, 'Query', 'conversations');
};

/**
 * The newest state of each review that reviewUpdated delivered. A mutation's HTTP answer can arrive after the
 * subscription event of a later change: replyToReview answers "queued", but the worker may send the reply and its
 * "sent" event may overtake that answer. Graphcache writes whatever arrives last, so the older answer is written
 * over by the newer event again (by updatedAt).
 */
const newestReviews = new Map<string, ReviewFieldsFragment>();

function rememberReview(review: ReviewFieldsFragment): void {
  const known = newestReviews.get(review.id);
  if (!known || known.updatedAt < review.updatedAt) newestReviews.set(review.id, review);
}

function keepNewestReview(cache: Cache, review: { id: string; updatedAt?: string } | null | undefined): void {
  if (!review?.updatedAt) return;
  const newer = newestReviews.get(review.id);
  if (newer && newer.updatedAt > review.updatedAt) cache.writeFragment(ReviewFieldsFragmentDoc, newer);
}

/** Each operation's trusted-document hash, by operation name (`ShellDocument` is `{ __meta__: { hash } }`). */
const TRUSTED_HASHES = new Map(
  Object.entries(documents).flatMap(([name, value]) => {
    const hash = (value as { __meta__?: { hash?: string } } | undefined)?.__meta__?.hash;
    return name.endsWith('Document') && hash ? [[name.slice(0, -'Document'.length), hash.replace(/^sha256:/, '')] as const] : [];
  }),
);

/**
 * Trusted (persisted) documents. GraphQL Code Generator writes every operation
 * of the admin once, in src/gql/, with `__typename` added to each selection
 * (Graphcache needs it, and the server runs the stored text, not what urql
 * would have sent) and its SHA-256 in the document, plus the manifest
 * src/gql/persisted-documents.json (SHA-256 -> document) that the build copies
 * to dist/persisted-documents.json for the server to read at start. A
 * production build sends only the hash, as `extensions.persistedQuery`
 * (queries, mutations and subscriptions); `npm run dev` sends the documents'
 * text, so an edited document works before the server knows its hash.
 */
function trustedDocumentsExchange(): Exchange[] {
  if (!import.meta.env.PROD) return [];
  return [
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      enableForSubscriptions: true,
      // POST like every other request: Apollo's CSRF prevention refuses simple GETs.
      preferGetForPersistedQueries: false,
      generateHash: async (_query, document) => {
        const name = getOperationAST(document)?.name?.value;
        const hash = name ? TRUSTED_HASHES.get(name) : undefined;
        if (!hash) throw new Error(`No trusted document for the operation ${name ?? '(unnamed)'}: run \`npm run codegen -w apps/admin\`.`);
        return hash;
      },
    }),
  ];
}

/**
 * One urql client per signed-in session: Graphcache normalises every object by
 * its id (the same id `node(id:)` resolves), so a mutation's or a
 * subscription's answer updates every screen showing that object; graphql-ws
 * carries subscriptions on the same /graphql path, authenticated by the
 * connection parameters (browsers cannot set headers on a WebSocket).
 */
export function createClient(token: string | null, onUnauthenticated: () => void): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    lazy: true,
    retryAttempts: Infinity,
  });
  return new Client({
    url: '/graphql',
    // POST only: Apollo's CSRF prevention refuses simple GET requests, and tokens stay out of URLs and logs.
    preferGetMethod: false,
    exchanges: [
      // A session that expired or was revoked signs the user out instead of showing errors everywhere.
      mapExchange({
        onResult(result) {
          if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange({
        schema,
        // Value objects without an id are kept inside their parent.
        keys: {
          PageInfo: () => null,
          EngagementStats: () => null,
          ResponseFigures: () => null,
          ChannelResponseFigures: () => null,
          AgentResponseFigures: () => null,
          PolicyEvaluation: () => null,
          PolicyFindingType: () => null,
          TextSpanType: () => null,
          NetworkEffect: () => null,
          NetworkFailure: () => null,
          PostPolicyCheck: () => null,
          ChannelFit: () => null,
          RuleTypeInfo: (rule) => String(rule.code),
          PolicyRule: () => null,
          ReviewAuthor: () => null,
          ReviewReply: () => null,
          SuspicionReason: () => null,
          Reputation: () => null,
          RatingCount: () => null,
          ChannelSync: () => null,
          ChannelSyncResult: () => null,
          ChannelUpdate: () => null,
          ChannelTypeInfo: (type) => String(type.code),
          ChannelLimitsInfo: () => null,
          ChannelPostOptionInfo: () => null,
          PostOption: () => null,
          ReviewSourceTypeInfo: (type) => String(type.code),
          OAuthConnectInfo: () => null,
          OAuthInstanceInfo: () => null,
          ConnectableAccountInfo: () => null,
          ChannelConnectionCompletion: () => null,
          ChannelConnectionFailure: () => null,
          ReviewSettings: () => null,
          WeeklyReputation: () => null,
          BacktestReport: () => null,
          BacktestOutcome: () => null,
          BacktestExample: () => null,
          CreateApiKeyPayload: () => null,
          InviteMemberPayload: () => null,
          WebhookEndpointSecretPayload: () => null,
          WebhookEventType: (type) => String(type.type),
          AuditChange: () => null,
        },
        updates: {
          Subscription: {
            messageAdded: refetchThreadOf('messageAdded'),
            conversationUpdated(_result, _args, cache) {
              invalidateField(cache, 'Query', 'conversations');
            },
            reviewUpdated(result) {
              rememberReview(result.reviewUpdated as ReviewFieldsFragment);
            },
            reviewAdded(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviews');
              invalidateField(cache, 'Query', 'reputation');
            },
            // A post moved, scheduled or published elsewhere may enter or leave the calendar's range or a status filter.
            postUpdated(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            postDeleted(_result, _args, cache) {
              invalidateField(cache, 'Query', 'posts');
              invalidateField(cache, 'Query', 'postCalendar');
            },
            // A channel connected or disconnected elsewhere changes the list; changes to one land by id.
            channelUpdated(_result, _args, cache) {
              invalidateField(cache, 'Query', 'channels');
            },
          },
          Mutation: refetchAuditLogAfterEach({
            // A reply held for approval, or approved, moves its conversation in or out of the "reply held" filter.
            replyToConversation: refetchThreadOf('replyToConversation'),
            // Approving queues the reply, and the worker may send it before this answer arrives: read the thread again.
            approveReply: refetchThreadOf('approveReply'),
            addConversationNote(result, _args, cache) {
              const message = result.addConversationNote as { conversationId: string } | null;
              if (message) invalidateField(cache, { __typename: 'Conversation', id: message.conversationId }, 'messages');
            },
            createPost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'posts');
            },
            // Scheduling changes which posts the calendar shows; a deleted post leaves every list.
            schedulePost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            reschedulePost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            unschedulePost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            publishPostNow(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            cancelPost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'postCalendar');
            },
            deletePost(_result, _args, cache) {
              invalidateField(cache, 'Query', 'posts');
              invalidateField(cache, 'Query', 'postCalendar');
            },
            // A reply or a flag moves a review in or out of the filtered lists and changes the figures.
            replyToReview(result, _args, cache) {
              keepNewestReview(cache, result.replyToReview as ReviewFieldsFragment);
              invalidateField(cache, 'Query', 'reviews');
              invalidateField(cache, 'Query', 'reputation');
            },
            // An approved reply leaves the "awaits approval" filter.
            approveReviewReply(result, _args, cache) {
              keepNewestReview(cache, result.approveReviewReply as ReviewFieldsFragment);
              invalidateField(cache, 'Query', 'reviews');
            },
            flagReview(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviews');
            },
            unflagReview(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviews');
            },
            disputeReview(result, _args, cache) {
              const dispute = result.disputeReview as { reviewId: string };
              invalidateField(cache, { __typename: 'Review', id: dispute.reviewId }, 'disputes');
            },
            connectChannel(_result, _args, cache) {
              invalidateField(cache, 'Query', 'channels');
            },
            completeChannelConnection(_result, _args, cache) {
              invalidateField(cache, 'Query', 'channels');
            },
            // A saved policy changes what a text is found to contain: "test a draft" checks again.
            updatePolicy(_result, _args, cache) {
              invalidateField(cache, 'Query', 'evaluatePolicy');
              invalidateField(cache, 'Query', 'policyVersions');
            },
            createPolicy(_result, _args, cache) {
              invalidateField(cache, 'Query', 'policies');
              invalidateField(cache, 'Query', 'evaluatePolicy');
            },
            deletePolicy(_result, _args, cache) {
              invalidateField(cache, 'Query', 'policies');
              invalidateField(cache, 'Query', 'evaluatePolicy');
            },
            // Settings: lists that gain or lose a row.
            inviteMember(_result, _args, cache) {
              invalidateField(cache, 'Query', 'invitations');
            },
            revokeInvitation(_result, _args, cache) {
              invalidateField(cache, 'Query', 'invitations');
            },
            removeMember(_result, args, cache) {
              invalidateField(cache, { __typename: 'Workspace', id: String(args.workspaceId) }, 'members');
            },
            createApiKey(_result, _args, cache) {
              invalidateField(cache, 'Query', 'apiKeys');
            },
            updateReviewSettings(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviewSettings');
            },
            // The posts sent to the client change their clientApprovalStatus.
            requestClientApproval(_result, _args, cache) {
              invalidateField(cache, 'Query', 'posts');
              invalidateField(cache, 'Query', 'postCalendar');
            },
            createReviewReplyTemplate(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviewReplyTemplates');
            },
            deleteReviewReplyTemplate(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reviewReplyTemplates');
            },
            // Saved answers are listed by name: adding, renaming or deleting one changes the list.
            createCannedReply: refetchCannedReplies,
            updateCannedReply: refetchCannedReplies,
            deleteCannedReply: refetchCannedReplies,
            // An upheld dispute takes the review out of the figures.
            resolveDispute(_result, _args, cache) {
              invalidateField(cache, 'Query', 'reputation');
            },
            disconnectChannel(_result, _args, cache) {
              invalidateField(cache, 'Query', 'channels');
            },
            // A snoozed, re-prioritised or relabelled conversation moves in or out of the filtered inbox.
            setConversationStatus(_result, _args, cache) {
              invalidateField(cache, 'Query', 'conversations');
            },
            addConversationLabel(_result, _args, cache) {
              invalidateField(cache, 'Query', 'conversations');
            },
            removeConversationLabel(_result, _args, cache) {
              invalidateField(cache, 'Query', 'conversations');
            },
            clearEscalation(_result, _args, cache) {
              invalidateField(cache, 'Query', 'conversations');
            },
            createWebhookEndpoint(_result, _args, cache) {
              invalidateField(cache, 'Query', 'webhookEndpoints');
            },
            deleteWebhookEndpoint(_result, _args, cache) {
              invalidateField(cache, 'Query', 'webhookEndpoints');
            },
            // Disabling gives up the endpoint's waiting retries; a redelivery is a new row of its log.
            disableWebhookEndpoint(_result, _args, cache) {
              invalidateField(cache, 'Query', 'webhookDeliveries');
            },
            redeliverWebhook(_result, _args, cache) {
              invalidateField(cache, 'Query', 'webhookDeliveries');
            },
          }),
        },
      }),
      ...trustedDocumentsExchange(),
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
}

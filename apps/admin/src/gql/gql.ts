/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Shell {\n    me {\n      id\n      name\n      email\n      isInstanceAdmin\n    }\n    workspaces(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceMembersDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    displayName\n    type\n    kind\n    status\n    statusReason\n    lastSyncedAt\n    externalAccountName\n    externalAccountUrl\n    sync {\n      state\n      itemsSynced\n      pages\n      estimatedTotal\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  query ChannelsScreen($workspaceId: ID!) {\n    channels(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n    channelTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n    reviewSourceTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n  }\n": typeof types.ChannelsScreenDocument,
    "\n  subscription ChannelSyncProgress($workspaceId: ID!) {\n    channelSyncProgress(workspaceId: $workspaceId) {\n      ...ChannelFields\n    }\n  }\n": typeof types.ChannelSyncProgressDocument,
    "\n  subscription ChannelUpdated($workspaceId: ID!) {\n    channelUpdated(workspaceId: $workspaceId) {\n      disconnected\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": typeof types.ChannelUpdatedDocument,
    "\n  mutation SyncChannel($workspaceId: ID!, $channelId: ID!) {\n    syncChannel(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": typeof types.SyncChannelDocument,
    "\n  mutation SyncReviews($workspaceId: ID!, $channelId: ID!) {\n    syncReviews(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": typeof types.SyncReviewsDocument,
    "\n  mutation BeginChannelConnection($input: BeginChannelConnectionInput!) {\n    beginChannelConnection(input: $input) {\n      authorizeUrl\n      expiresAt\n    }\n  }\n": typeof types.BeginChannelConnectionDocument,
    "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.ConnectChannelDocument,
    "\n  query PendingChannelConnection($workspaceId: ID!, $id: ID!) {\n    pendingChannelConnection(workspaceId: $workspaceId, id: $id) {\n      id\n      type\n      expiresAt\n      accounts {\n        id\n        name\n        details\n        connectedChannelId\n      }\n    }\n  }\n": typeof types.PendingChannelConnectionDocument,
    "\n  mutation CompleteChannelConnection($input: CompleteChannelConnectionInput!) {\n    completeChannelConnection(input: $input) {\n      channels {\n        ...ChannelFields\n      }\n      failures {\n        accountId\n        code\n        message\n      }\n    }\n  }\n": typeof types.CompleteChannelConnectionDocument,
    "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n    $after: String\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxConversationsDocument,
    "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      priority\n      snoozedUntil\n      assigneeId\n      escalated\n      escalationClearedAt\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n": typeof types.CannedRepliesDocument,
    "\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n": typeof types.InboxMessageAddedDocument,
    "\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n": typeof types.InboxConversationUpdatedDocument,
    "\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.InboxMessageUpdatedDocument,
    "\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.HideMessageDocument,
    "\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.UnhideMessageDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n": typeof types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n": typeof types.SetConversationStatusDocument,
    "\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      id\n      priority\n    }\n  }\n": typeof types.SetConversationPriorityDocument,
    "\n  mutation ClearEscalation($input: ConversationRefInput!) {\n    clearEscalation(input: $input) {\n      id\n      escalated\n      escalationClearedAt\n    }\n  }\n": typeof types.ClearEscalationDocument,
    "\n  mutation AddConversationLabel($input: ConversationLabelInput!) {\n    addConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n": typeof types.AddConversationLabelDocument,
    "\n  mutation RemoveConversationLabel($input: ConversationLabelInput!) {\n    removeConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n": typeof types.RemoveConversationLabelDocument,
    "\n  mutation AddConversationNote($input: ConversationTextInput!) {\n    addConversationNote(input: $input) {\n      id\n      conversationId\n    }\n  }\n": typeof types.AddConversationNoteDocument,
    "\n  mutation HideMessageInboxOnly($input: MessageRefInput!) {\n    hideMessage(input: $input, inboxOnly: true) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.HideMessageInboxOnlyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    name\n    scope\n    enabled\n    version\n    updatedAt\n    rules {\n      rule\n      args\n      action\n      severityThreshold\n      labels\n      assigneeId\n      priority\n      template\n    }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query Policies($workspaceId: ID!) {\n    policies(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...PolicyFields\n        }\n      }\n    }\n    ruleTypes {\n      code\n      description\n      appliesTo\n      argsSchema\n      defaultArgs\n      plugin\n    }\n  }\n": typeof types.PoliciesDocument,
    "\n  query PolicyMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyMembersDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!) {\n    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text) {\n      findings {\n        policyId\n        policyName\n        policyVersion\n        rule\n        action\n        severity\n        message\n        suggestion\n        labels\n        spans {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": typeof types.EvaluateDraftDocument,
    "\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n": typeof types.PostUpdatedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitPostDocument,
    "\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovePostDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n": typeof types.SchedulePostDocument,
    "\n  query ReviewsList($workspaceId: ID!, $maxRating: Int, $awaitingReply: Boolean, $flagged: Boolean, $minSuspicion: Float) {\n    reviews(workspaceId: $workspaceId, maxRating: $maxRating, awaitingReply: $awaitingReply, flagged: $flagged, minSuspicion: $minSuspicion, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          urgent\n          flags\n          suspicion\n          sourceCreatedAt\n          author {\n            handle\n            name\n          }\n          reply {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewsListDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    rawRating\n    title\n    body\n    urgent\n    flags\n    labels\n    sentiment\n    suspicion\n    suspicionReasons {\n      signal\n      detail\n      weight\n    }\n    sourceCreatedAt\n    sourceUpdatedAt\n    suggestedReply\n    author {\n      handle\n      name\n    }\n    reply {\n      body\n      status\n      error\n      sentAt\n    }\n    findings {\n      policyId\n      policyName\n      policyVersion\n      rule\n      action\n      severity\n      message\n      suggestion\n      labels\n      spans {\n        start\n        end\n        text\n      }\n    }\n    revisions(first: 20) {\n      edges {\n        node {\n          id\n          editedAt\n          previousBody\n          previousRating\n          previousTitle\n        }\n      }\n    }\n    disputes(first: 20) {\n      edges {\n        node {\n          id\n          status\n          reason\n          evidence\n          error\n          platformReference\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  query ReviewDetail($workspaceId: ID!, $id: ID!) {\n    review(workspaceId: $workspaceId, id: $id) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReviewDetailDocument,
    "\n  query ReviewReplyTemplates($workspaceId: ID!) {\n    reviewReplyTemplates(workspaceId: $workspaceId) {\n      id\n      name\n      body\n      minRating\n      maxRating\n    }\n  }\n": typeof types.ReviewReplyTemplatesDocument,
    "\n  query ReputationSummary($workspaceId: ID!, $from: String!, $to: String!) {\n    reputation(workspaceId: $workspaceId, from: $from, to: $to) {\n      count\n      averageRating\n      replyRate\n      medianReplySeconds\n      flaggedShare\n      distribution {\n        stars\n        count\n      }\n    }\n  }\n": typeof types.ReputationSummaryDocument,
    "\n  mutation ReplyToReview($input: ReplyToReviewInput!) {\n    replyToReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReplyToReviewDocument,
    "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      id\n      flags\n    }\n  }\n": typeof types.FlagReviewDocument,
    "\n  mutation UnflagReview($input: UnflagReviewInput!) {\n    unflagReview(input: $input) {\n      id\n      flags\n    }\n  }\n": typeof types.UnflagReviewDocument,
    "\n  mutation DisputeReview($input: DisputeReviewInput!) {\n    disputeReview(input: $input) {\n      id\n      reviewId\n      status\n      reason\n      evidence\n      error\n      platformReference\n      createdAt\n    }\n  }\n": typeof types.DisputeReviewDocument,
    "\n  subscription ReviewAdded($workspaceId: ID!) {\n    reviewAdded(workspaceId: $workspaceId) {\n      id\n    }\n  }\n": typeof types.ReviewAddedDocument,
    "\n  subscription ReviewUpdated($workspaceId: ID!) {\n    reviewUpdated(workspaceId: $workspaceId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReviewUpdatedDocument,
    "\n  query SettingsMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            userId\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SettingsMembersDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId) {\n      id\n      userId\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($workspaceId: ID!, $id: ID!) {\n    revokeInvitation(workspaceId: $workspaceId, id: $id) {\n      id\n      email\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query ApiKeys($workspaceId: ID!) {\n    apiKeys(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          role\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($workspaceId: ID!, $id: ID!) {\n    revokeApiKey(workspaceId: $workspaceId, id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ReviewSettings($workspaceId: ID!) {\n    reviewSettings(workspaceId: $workspaceId) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n": typeof types.ReviewSettingsDocument,
    "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n": typeof types.UpdateReviewSettingsDocument,
    "\n  query SetupRequired {\n    setupRequired\n  }\n": typeof types.SetupRequiredDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      token\n    }\n  }\n": typeof types.SetupDocument,
    "\n  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {\n    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {\n      overdueQuestions\n      overall {\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n        p90FirstResponseSeconds\n      }\n      perChannel {\n        channelId\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.EngagementDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      id\n      name\n      email\n      isInstanceAdmin\n    }\n    workspaces(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            role\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    displayName\n    type\n    kind\n    status\n    statusReason\n    lastSyncedAt\n    externalAccountName\n    externalAccountUrl\n    sync {\n      state\n      itemsSynced\n      pages\n      estimatedTotal\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  query ChannelsScreen($workspaceId: ID!) {\n    channels(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n    channelTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n    reviewSourceTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n  }\n": types.ChannelsScreenDocument,
    "\n  subscription ChannelSyncProgress($workspaceId: ID!) {\n    channelSyncProgress(workspaceId: $workspaceId) {\n      ...ChannelFields\n    }\n  }\n": types.ChannelSyncProgressDocument,
    "\n  subscription ChannelUpdated($workspaceId: ID!) {\n    channelUpdated(workspaceId: $workspaceId) {\n      disconnected\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": types.ChannelUpdatedDocument,
    "\n  mutation SyncChannel($workspaceId: ID!, $channelId: ID!) {\n    syncChannel(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": types.SyncChannelDocument,
    "\n  mutation SyncReviews($workspaceId: ID!, $channelId: ID!) {\n    syncReviews(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": types.SyncReviewsDocument,
    "\n  mutation BeginChannelConnection($input: BeginChannelConnectionInput!) {\n    beginChannelConnection(input: $input) {\n      authorizeUrl\n      expiresAt\n    }\n  }\n": types.BeginChannelConnectionDocument,
    "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.ConnectChannelDocument,
    "\n  query PendingChannelConnection($workspaceId: ID!, $id: ID!) {\n    pendingChannelConnection(workspaceId: $workspaceId, id: $id) {\n      id\n      type\n      expiresAt\n      accounts {\n        id\n        name\n        details\n        connectedChannelId\n      }\n    }\n  }\n": types.PendingChannelConnectionDocument,
    "\n  mutation CompleteChannelConnection($input: CompleteChannelConnectionInput!) {\n    completeChannelConnection(input: $input) {\n      channels {\n        ...ChannelFields\n      }\n      failures {\n        accountId\n        code\n        message\n      }\n    }\n  }\n": types.CompleteChannelConnectionDocument,
    "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n    $after: String\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InboxConversationsDocument,
    "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      priority\n      snoozedUntil\n      assigneeId\n      escalated\n      escalationClearedAt\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n": types.CannedRepliesDocument,
    "\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n": types.InboxMessageAddedDocument,
    "\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n": types.InboxConversationUpdatedDocument,
    "\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.InboxMessageUpdatedDocument,
    "\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.HideMessageDocument,
    "\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.UnhideMessageDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n": types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n": types.SetConversationStatusDocument,
    "\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      id\n      priority\n    }\n  }\n": types.SetConversationPriorityDocument,
    "\n  mutation ClearEscalation($input: ConversationRefInput!) {\n    clearEscalation(input: $input) {\n      id\n      escalated\n      escalationClearedAt\n    }\n  }\n": types.ClearEscalationDocument,
    "\n  mutation AddConversationLabel($input: ConversationLabelInput!) {\n    addConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n": types.AddConversationLabelDocument,
    "\n  mutation RemoveConversationLabel($input: ConversationLabelInput!) {\n    removeConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n": types.RemoveConversationLabelDocument,
    "\n  mutation AddConversationNote($input: ConversationTextInput!) {\n    addConversationNote(input: $input) {\n      id\n      conversationId\n    }\n  }\n": types.AddConversationNoteDocument,
    "\n  mutation HideMessageInboxOnly($input: MessageRefInput!) {\n    hideMessage(input: $input, inboxOnly: true) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.HideMessageInboxOnlyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    name\n    scope\n    enabled\n    version\n    updatedAt\n    rules {\n      rule\n      args\n      action\n      severityThreshold\n      labels\n      assigneeId\n      priority\n      template\n    }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query Policies($workspaceId: ID!) {\n    policies(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...PolicyFields\n        }\n      }\n    }\n    ruleTypes {\n      code\n      description\n      appliesTo\n      argsSchema\n      defaultArgs\n      plugin\n    }\n  }\n": types.PoliciesDocument,
    "\n  query PolicyMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PolicyMembersDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!) {\n    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text) {\n      findings {\n        policyId\n        policyName\n        policyVersion\n        rule\n        action\n        severity\n        message\n        suggestion\n        labels\n        spans {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": types.EvaluateDraftDocument,
    "\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n": types.PostUpdatedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitPostDocument,
    "\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApprovePostDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n": types.SchedulePostDocument,
    "\n  query ReviewsList($workspaceId: ID!, $maxRating: Int, $awaitingReply: Boolean, $flagged: Boolean, $minSuspicion: Float) {\n    reviews(workspaceId: $workspaceId, maxRating: $maxRating, awaitingReply: $awaitingReply, flagged: $flagged, minSuspicion: $minSuspicion, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          urgent\n          flags\n          suspicion\n          sourceCreatedAt\n          author {\n            handle\n            name\n          }\n          reply {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ReviewsListDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    rawRating\n    title\n    body\n    urgent\n    flags\n    labels\n    sentiment\n    suspicion\n    suspicionReasons {\n      signal\n      detail\n      weight\n    }\n    sourceCreatedAt\n    sourceUpdatedAt\n    suggestedReply\n    author {\n      handle\n      name\n    }\n    reply {\n      body\n      status\n      error\n      sentAt\n    }\n    findings {\n      policyId\n      policyName\n      policyVersion\n      rule\n      action\n      severity\n      message\n      suggestion\n      labels\n      spans {\n        start\n        end\n        text\n      }\n    }\n    revisions(first: 20) {\n      edges {\n        node {\n          id\n          editedAt\n          previousBody\n          previousRating\n          previousTitle\n        }\n      }\n    }\n    disputes(first: 20) {\n      edges {\n        node {\n          id\n          status\n          reason\n          evidence\n          error\n          platformReference\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  query ReviewDetail($workspaceId: ID!, $id: ID!) {\n    review(workspaceId: $workspaceId, id: $id) {\n      ...ReviewFields\n    }\n  }\n": types.ReviewDetailDocument,
    "\n  query ReviewReplyTemplates($workspaceId: ID!) {\n    reviewReplyTemplates(workspaceId: $workspaceId) {\n      id\n      name\n      body\n      minRating\n      maxRating\n    }\n  }\n": types.ReviewReplyTemplatesDocument,
    "\n  query ReputationSummary($workspaceId: ID!, $from: String!, $to: String!) {\n    reputation(workspaceId: $workspaceId, from: $from, to: $to) {\n      count\n      averageRating\n      replyRate\n      medianReplySeconds\n      flaggedShare\n      distribution {\n        stars\n        count\n      }\n    }\n  }\n": types.ReputationSummaryDocument,
    "\n  mutation ReplyToReview($input: ReplyToReviewInput!) {\n    replyToReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.ReplyToReviewDocument,
    "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      id\n      flags\n    }\n  }\n": types.FlagReviewDocument,
    "\n  mutation UnflagReview($input: UnflagReviewInput!) {\n    unflagReview(input: $input) {\n      id\n      flags\n    }\n  }\n": types.UnflagReviewDocument,
    "\n  mutation DisputeReview($input: DisputeReviewInput!) {\n    disputeReview(input: $input) {\n      id\n      reviewId\n      status\n      reason\n      evidence\n      error\n      platformReference\n      createdAt\n    }\n  }\n": types.DisputeReviewDocument,
    "\n  subscription ReviewAdded($workspaceId: ID!) {\n    reviewAdded(workspaceId: $workspaceId) {\n      id\n    }\n  }\n": types.ReviewAddedDocument,
    "\n  subscription ReviewUpdated($workspaceId: ID!) {\n    reviewUpdated(workspaceId: $workspaceId) {\n      ...ReviewFields\n    }\n  }\n": types.ReviewUpdatedDocument,
    "\n  query SettingsMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            userId\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SettingsMembersDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId) {\n      id\n      userId\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($workspaceId: ID!, $id: ID!) {\n    revokeInvitation(workspaceId: $workspaceId, id: $id) {\n      id\n      email\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query ApiKeys($workspaceId: ID!) {\n    apiKeys(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          role\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($workspaceId: ID!, $id: ID!) {\n    revokeApiKey(workspaceId: $workspaceId, id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ReviewSettings($workspaceId: ID!) {\n    reviewSettings(workspaceId: $workspaceId) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n": types.ReviewSettingsDocument,
    "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n": types.UpdateReviewSettingsDocument,
    "\n  query SetupRequired {\n    setupRequired\n  }\n": types.SetupRequiredDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      token\n    }\n  }\n": types.SetupDocument,
    "\n  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {\n    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {\n      overdueQuestions\n      overall {\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n        p90FirstResponseSeconds\n      }\n      perChannel {\n        channelId\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.EngagementDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    me {\n      id\n      name\n      email\n      isInstanceAdmin\n    }\n    workspaces(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    me {\n      id\n      name\n      email\n      isInstanceAdmin\n    }\n    workspaces(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    id\n    displayName\n    type\n    kind\n    status\n    statusReason\n    lastSyncedAt\n    externalAccountName\n    externalAccountUrl\n    sync {\n      state\n      itemsSynced\n      pages\n      estimatedTotal\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelFields on Channel {\n    id\n    displayName\n    type\n    kind\n    status\n    statusReason\n    lastSyncedAt\n    externalAccountName\n    externalAccountUrl\n    sync {\n      state\n      itemsSynced\n      pages\n      estimatedTotal\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelsScreen($workspaceId: ID!) {\n    channels(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n    channelTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n    reviewSourceTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelsScreen($workspaceId: ID!) {\n    channels(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n    channelTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n    reviewSourceTypes {\n      code\n      displayName\n      description\n      credentialsSchema\n      oauth {\n        scopes\n        instance {\n          label\n          required\n          defaultUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChannelSyncProgress($workspaceId: ID!) {\n    channelSyncProgress(workspaceId: $workspaceId) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  subscription ChannelSyncProgress($workspaceId: ID!) {\n    channelSyncProgress(workspaceId: $workspaceId) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChannelUpdated($workspaceId: ID!) {\n    channelUpdated(workspaceId: $workspaceId) {\n      disconnected\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChannelUpdated($workspaceId: ID!) {\n    channelUpdated(workspaceId: $workspaceId) {\n      disconnected\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncChannel($workspaceId: ID!, $channelId: ID!) {\n    syncChannel(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncChannel($workspaceId: ID!, $channelId: ID!) {\n    syncChannel(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncReviews($workspaceId: ID!, $channelId: ID!) {\n    syncReviews(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncReviews($workspaceId: ID!, $channelId: ID!) {\n    syncReviews(workspaceId: $workspaceId, channelId: $channelId) {\n      ok\n      itemsSynced\n      pages\n      continuesInBackground\n      failure {\n        message\n        classification\n      }\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginChannelConnection($input: BeginChannelConnectionInput!) {\n    beginChannelConnection(input: $input) {\n      authorizeUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BeginChannelConnection($input: BeginChannelConnectionInput!) {\n    beginChannelConnection(input: $input) {\n      authorizeUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingChannelConnection($workspaceId: ID!, $id: ID!) {\n    pendingChannelConnection(workspaceId: $workspaceId, id: $id) {\n      id\n      type\n      expiresAt\n      accounts {\n        id\n        name\n        details\n        connectedChannelId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingChannelConnection($workspaceId: ID!, $id: ID!) {\n    pendingChannelConnection(workspaceId: $workspaceId, id: $id) {\n      id\n      type\n      expiresAt\n      accounts {\n        id\n        name\n        details\n        connectedChannelId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteChannelConnection($input: CompleteChannelConnectionInput!) {\n    completeChannelConnection(input: $input) {\n      channels {\n        ...ChannelFields\n      }\n      failures {\n        accountId\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteChannelConnection($input: CompleteChannelConnectionInput!) {\n    completeChannelConnection(input: $input) {\n      channels {\n        ...ChannelFields\n      }\n      failures {\n        accountId\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n    $after: String\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n    $after: String\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      priority\n      snoozedUntil\n      assigneeId\n      escalated\n      escalationClearedAt\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      priority\n      snoozedUntil\n      assigneeId\n      escalated\n      escalationClearedAt\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n"): (typeof documents)["\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n"): (typeof documents)["\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n"): (typeof documents)["\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n"): (typeof documents)["\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      id\n      priority\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      id\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearEscalation($input: ConversationRefInput!) {\n    clearEscalation(input: $input) {\n      id\n      escalated\n      escalationClearedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClearEscalation($input: ConversationRefInput!) {\n    clearEscalation(input: $input) {\n      id\n      escalated\n      escalationClearedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConversationLabel($input: ConversationLabelInput!) {\n    addConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n"): (typeof documents)["\n  mutation AddConversationLabel($input: ConversationLabelInput!) {\n    addConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConversationLabel($input: ConversationLabelInput!) {\n    removeConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConversationLabel($input: ConversationLabelInput!) {\n    removeConversationLabel(input: $input) {\n      id\n      labels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConversationNote($input: ConversationTextInput!) {\n    addConversationNote(input: $input) {\n      id\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation AddConversationNote($input: ConversationTextInput!) {\n    addConversationNote(input: $input) {\n      id\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideMessageInboxOnly($input: MessageRefInput!) {\n    hideMessage(input: $input, inboxOnly: true) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideMessageInboxOnly($input: MessageRefInput!) {\n    hideMessage(input: $input, inboxOnly: true) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    name\n    scope\n    enabled\n    version\n    updatedAt\n    rules {\n      rule\n      args\n      action\n      severityThreshold\n      labels\n      assigneeId\n      priority\n      template\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id\n    name\n    scope\n    enabled\n    version\n    updatedAt\n    rules {\n      rule\n      args\n      action\n      severityThreshold\n      labels\n      assigneeId\n      priority\n      template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies($workspaceId: ID!) {\n    policies(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...PolicyFields\n        }\n      }\n    }\n    ruleTypes {\n      code\n      description\n      appliesTo\n      argsSchema\n      defaultArgs\n      plugin\n    }\n  }\n"): (typeof documents)["\n  query Policies($workspaceId: ID!) {\n    policies(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...PolicyFields\n        }\n      }\n    }\n    ruleTypes {\n      code\n      description\n      appliesTo\n      argsSchema\n      defaultArgs\n      plugin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!) {\n    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text) {\n      findings {\n        policyId\n        policyName\n        policyVersion\n        rule\n        action\n        severity\n        message\n        suggestion\n        labels\n        spans {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!) {\n    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text) {\n      findings {\n        policyId\n        policyName\n        policyVersion\n        rule\n        action\n        severity\n        message\n        suggestion\n        labels\n        spans {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewsList($workspaceId: ID!, $maxRating: Int, $awaitingReply: Boolean, $flagged: Boolean, $minSuspicion: Float) {\n    reviews(workspaceId: $workspaceId, maxRating: $maxRating, awaitingReply: $awaitingReply, flagged: $flagged, minSuspicion: $minSuspicion, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          urgent\n          flags\n          suspicion\n          sourceCreatedAt\n          author {\n            handle\n            name\n          }\n          reply {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewsList($workspaceId: ID!, $maxRating: Int, $awaitingReply: Boolean, $flagged: Boolean, $minSuspicion: Float) {\n    reviews(workspaceId: $workspaceId, maxRating: $maxRating, awaitingReply: $awaitingReply, flagged: $flagged, minSuspicion: $minSuspicion, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          urgent\n          flags\n          suspicion\n          sourceCreatedAt\n          author {\n            handle\n            name\n          }\n          reply {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    rating\n    rawRating\n    title\n    body\n    urgent\n    flags\n    labels\n    sentiment\n    suspicion\n    suspicionReasons {\n      signal\n      detail\n      weight\n    }\n    sourceCreatedAt\n    sourceUpdatedAt\n    suggestedReply\n    author {\n      handle\n      name\n    }\n    reply {\n      body\n      status\n      error\n      sentAt\n    }\n    findings {\n      policyId\n      policyName\n      policyVersion\n      rule\n      action\n      severity\n      message\n      suggestion\n      labels\n      spans {\n        start\n        end\n        text\n      }\n    }\n    revisions(first: 20) {\n      edges {\n        node {\n          id\n          editedAt\n          previousBody\n          previousRating\n          previousTitle\n        }\n      }\n    }\n    disputes(first: 20) {\n      edges {\n        node {\n          id\n          status\n          reason\n          evidence\n          error\n          platformReference\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    rating\n    rawRating\n    title\n    body\n    urgent\n    flags\n    labels\n    sentiment\n    suspicion\n    suspicionReasons {\n      signal\n      detail\n      weight\n    }\n    sourceCreatedAt\n    sourceUpdatedAt\n    suggestedReply\n    author {\n      handle\n      name\n    }\n    reply {\n      body\n      status\n      error\n      sentAt\n    }\n    findings {\n      policyId\n      policyName\n      policyVersion\n      rule\n      action\n      severity\n      message\n      suggestion\n      labels\n      spans {\n        start\n        end\n        text\n      }\n    }\n    revisions(first: 20) {\n      edges {\n        node {\n          id\n          editedAt\n          previousBody\n          previousRating\n          previousTitle\n        }\n      }\n    }\n    disputes(first: 20) {\n      edges {\n        node {\n          id\n          status\n          reason\n          evidence\n          error\n          platformReference\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDetail($workspaceId: ID!, $id: ID!) {\n    review(workspaceId: $workspaceId, id: $id) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewDetail($workspaceId: ID!, $id: ID!) {\n    review(workspaceId: $workspaceId, id: $id) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewReplyTemplates($workspaceId: ID!) {\n    reviewReplyTemplates(workspaceId: $workspaceId) {\n      id\n      name\n      body\n      minRating\n      maxRating\n    }\n  }\n"): (typeof documents)["\n  query ReviewReplyTemplates($workspaceId: ID!) {\n    reviewReplyTemplates(workspaceId: $workspaceId) {\n      id\n      name\n      body\n      minRating\n      maxRating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReputationSummary($workspaceId: ID!, $from: String!, $to: String!) {\n    reputation(workspaceId: $workspaceId, from: $from, to: $to) {\n      count\n      averageRating\n      replyRate\n      medianReplySeconds\n      flaggedShare\n      distribution {\n        stars\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReputationSummary($workspaceId: ID!, $from: String!, $to: String!) {\n    reputation(workspaceId: $workspaceId, from: $from, to: $to) {\n      count\n      averageRating\n      replyRate\n      medianReplySeconds\n      flaggedShare\n      distribution {\n        stars\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToReview($input: ReplyToReviewInput!) {\n    replyToReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToReview($input: ReplyToReviewInput!) {\n    replyToReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      id\n      flags\n    }\n  }\n"): (typeof documents)["\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      id\n      flags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnflagReview($input: UnflagReviewInput!) {\n    unflagReview(input: $input) {\n      id\n      flags\n    }\n  }\n"): (typeof documents)["\n  mutation UnflagReview($input: UnflagReviewInput!) {\n    unflagReview(input: $input) {\n      id\n      flags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeReview($input: DisputeReviewInput!) {\n    disputeReview(input: $input) {\n      id\n      reviewId\n      status\n      reason\n      evidence\n      error\n      platformReference\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisputeReview($input: DisputeReviewInput!) {\n    disputeReview(input: $input) {\n      id\n      reviewId\n      status\n      reason\n      evidence\n      error\n      platformReference\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReviewAdded($workspaceId: ID!) {\n    reviewAdded(workspaceId: $workspaceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription ReviewAdded($workspaceId: ID!) {\n    reviewAdded(workspaceId: $workspaceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReviewUpdated($workspaceId: ID!) {\n    reviewUpdated(workspaceId: $workspaceId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  subscription ReviewUpdated($workspaceId: ID!) {\n    reviewUpdated(workspaceId: $workspaceId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            userId\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            userId\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId) {\n      id\n      userId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId) {\n      id\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($workspaceId: ID!, $id: ID!) {\n    revokeInvitation(workspaceId: $workspaceId, id: $id) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($workspaceId: ID!, $id: ID!) {\n    revokeInvitation(workspaceId: $workspaceId, id: $id) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($workspaceId: ID!) {\n    apiKeys(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          role\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($workspaceId: ID!) {\n    apiKeys(workspaceId: $workspaceId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          role\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($workspaceId: ID!, $id: ID!) {\n    revokeApiKey(workspaceId: $workspaceId, id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($workspaceId: ID!, $id: ID!) {\n    revokeApiKey(workspaceId: $workspaceId, id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSettings($workspaceId: ID!) {\n    reviewSettings(workspaceId: $workspaceId) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n"): (typeof documents)["\n  query ReviewSettings($workspaceId: ID!) {\n    reviewSettings(workspaceId: $workspaceId) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {\n    updateReviewSettings(input: $input) {\n      lowRatingThreshold\n      watchedNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupRequired {\n    setupRequired\n  }\n"): (typeof documents)["\n  query SetupRequired {\n    setupRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {\n    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {\n      overdueQuestions\n      overall {\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n        p90FirstResponseSeconds\n      }\n      perChannel {\n        channelId\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {\n    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {\n      overdueQuestions\n      overall {\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n        p90FirstResponseSeconds\n      }\n      perChannel {\n        channelId\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxConversationsDocument,
    "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      assigneeId\n      escalated\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n": typeof types.CannedRepliesDocument,
    "\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n": typeof types.InboxMessageAddedDocument,
    "\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n": typeof types.InboxConversationUpdatedDocument,
    "\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.InboxMessageUpdatedDocument,
    "\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.HideMessageDocument,
    "\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": typeof types.UnhideMessageDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n": typeof types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetConversationStatusDocument,
    "\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n": typeof types.PostUpdatedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitPostDocument,
    "\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovePostDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n": typeof types.SchedulePostDocument,
    "\n  query SetupRequired {\n    setupRequired\n  }\n": typeof types.SetupRequiredDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      token\n    }\n  }\n": typeof types.SetupDocument,
    "\n  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {\n    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {\n      overdueQuestions\n      overall {\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n        p90FirstResponseSeconds\n      }\n      perChannel {\n        channelId\n        conversations\n        answered\n        responseRate\n        medianFirstResponseSeconds\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.EngagementDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      id\n      name\n      email\n      isInstanceAdmin\n    }\n    workspaces(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            id\n            userId\n            role\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InboxConversationsDocument,
    "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      assigneeId\n      escalated\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query CannedReplies($workspaceId: ID!) {\n    cannedReplies(workspaceId: $workspaceId) {\n      id\n      name\n      body\n    }\n  }\n": types.CannedRepliesDocument,
    "\n  subscription InboxMessageAdded($workspaceId: ID!) {\n    messageAdded(workspaceId: $workspaceId) {\n      id\n      conversationId\n    }\n  }\n": types.InboxMessageAddedDocument,
    "\n  subscription InboxConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      assigneeId\n      escalated\n      awaitingAnswer\n      labels\n    }\n  }\n": types.InboxConversationUpdatedDocument,
    "\n  subscription InboxMessageUpdated($workspaceId: ID!) {\n    messageUpdated(workspaceId: $workspaceId) {\n      id\n      visibility\n      deliveryStatus\n      deliveryError\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.InboxMessageUpdatedDocument,
    "\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      id\n      conversationId\n      deliveryStatus\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation HideMessage($input: MessageRefInput!) {\n    hideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.HideMessageDocument,
    "\n  mutation UnhideMessage($input: MessageRefInput!) {\n    unhideMessage(input: $input) {\n      id\n      visibility\n      networkEffect {\n        action\n        state\n        failure {\n          message\n        }\n      }\n    }\n  }\n": types.UnhideMessageDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      id\n      assigneeId\n    }\n  }\n": types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetConversationStatusDocument,
    "\n  query Posts($workspaceId: ID!) {\n    posts(workspaceId: $workspaceId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          status\n          scheduledAt\n          requiresApproval\n          limitErrors\n          targets {\n            id\n            channelId\n            status\n            lastError\n            url\n          }\n        }\n      }\n    }\n    channels(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          kind\n          status\n        }\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  subscription PostUpdated($workspaceId: ID!) {\n    postUpdated(workspaceId: $workspaceId) {\n      id\n      status\n      scheduledAt\n      targets {\n        id\n        status\n        lastError\n        url\n      }\n    }\n  }\n": types.PostUpdatedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation SubmitPost($input: PostActionInput!) {\n    submitPost(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitPostDocument,
    "\n  mutation ApprovePost($input: PostActionInput!) {\n    approvePost(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApprovePostDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      status\n      scheduledAt\n    }\n  }\n": types.SchedulePostDocument,
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
export function graphql(source: "\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxConversations(\n    $workspaceId: ID!\n    $awaitingAnswer: Boolean\n    $escalated: Boolean\n    $label: String\n    $status: ConversationStatus\n    $orderBy: ConversationOrder\n  ) {\n    conversations(\n      workspaceId: $workspaceId\n      awaitingAnswer: $awaitingAnswer\n      escalated: $escalated\n      label: $label\n      status: $status\n      orderBy: $orderBy\n      first: 50\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          priority\n          escalated\n          awaitingAnswer\n          labels\n          lastMessageAt\n          waitingSince\n          assigneeId\n          contact {\n            id\n            handle\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      assigneeId\n      escalated\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($workspaceId: ID!, $id: ID!) {\n    conversation(workspaceId: $workspaceId, id: $id) {\n      id\n      kind\n      status\n      assigneeId\n      escalated\n      labels\n      contact {\n        id\n        handle\n        name\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            id\n            conversationId\n            body\n            direction\n            visibility\n            sentAt\n            deliveryStatus\n            deliveryError\n            networkEffect {\n              action\n              state\n              failure {\n                message\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
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
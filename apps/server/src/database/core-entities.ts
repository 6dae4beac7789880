import { ApiKey } from '../auth/api-key.entity.js';
import { Channel } from '../channels/channel.entity.js';
import { PluginStoreEntry } from '../plugins/plugin-store.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { PolicyVersion } from '../policies/policy-version.entity.js';
import { PostActivity } from '../posts/post-activity.entity.js';
import { PostTarget } from '../posts/post-target.entity.js';
import { Post } from '../posts/post.entity.js';
import { CannedReply } from '../conversations/canned-reply.entity.js';
import { Contact } from '../conversations/contact.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Message } from '../conversations/message.entity.js';
import { ReviewDispute } from '../reviews/review-dispute.entity.js';
import { ReviewFlagChange } from '../reviews/review-flag-change.entity.js';
import { ReviewRevision } from '../reviews/review-revision.entity.js';
import { ReviewSettings } from '../reviews/review-settings.entity.js';
import { Review } from '../reviews/review.entity.js';
import { ReviewReplyTemplate } from '../reviews/review-reply-template.entity.js';
import { User } from '../auth/user.entity.js';
import { FailedJob } from '../jobs/failed-jobs.entity.js';
import { Invitation } from '../workspaces/invitation.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspaceMember } from '../workspaces/workspace-member.entity.js';
import { WebhookDelivery } from '../webhooks/outbound/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../webhooks/outbound/webhook-endpoint.entity.js';

/** Every core entity, listed explicitly so the app, the migration CLI and tests share one list. */
export const coreEntities = [User, Workspace, WorkspaceMember, Invitation, ApiKey, Channel, PluginStoreEntry, Policy, PolicyVersion, Post, PostTarget, PostActivity, Contact, Conversation, Message, CannedReply, Review, ReviewRevision, ReviewDispute, ReviewFlagChange, ReviewSettings, ReviewReplyTemplate, FailedJob, WebhookEndpoint, WebhookDelivery];

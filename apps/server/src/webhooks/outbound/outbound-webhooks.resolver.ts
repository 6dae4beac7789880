import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, Ctx } from '../../auth/access.decorators.js';
import { Role } from '../../auth/role.enum.js';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import {
  CreateWebhookEndpointInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookEndpointSecretPayload,
  WebhookEndpointsArgs,
  WebhookEventType,
} from './dto/webhook.types.js';
import { OutboundWebhooksService } from './outbound-webhooks.service.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-catalogue.js';

const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, 'WebhookEndpoint');
const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');
const WORKSPACE = { type: () => ID, description: 'The workspace of the endpoint.' };
const ENDPOINT = { type: () => ID, description: 'The endpoint.' };
const INPUT = { description: 'What to do; see the input type for each field.' };

@Resolver(() => WebhookEndpoint)
export class OutboundWebhooksResolver {
  constructor(private readonly service: OutboundWebhooksService) {}

  @Authenticated()
  @Query(() => [WebhookEventType], { description: 'Every event type outbound webhooks deliver, with its payload version (docs/webhooks.md documents each payload).' })
  webhookEventTypes(): readonly WebhookEventType[] {
    return WEBHOOK_EVENT_TYPES;
  }

  @Allow(Role.ADMIN)
  @Query(() => WebhookEndpointConnection, { description: "The workspace's webhook endpoints, oldest first (ADMIN)." })
  webhookEndpoints(@Ctx() ctx: RequestContext, @Args() args: WebhookEndpointsArgs) {
    return this.service.list(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Query(() => WebhookEndpoint, { description: 'One webhook endpoint (ADMIN).' })
  webhookEndpoint(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', ENDPOINT, new UuidPipe('id')) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first: status, attempts, next retry, the last answer's status, latency and excerpt (ADMIN)." })
  webhookDeliveries(@Ctx() ctx: RequestContext, @Args() args: WebhookDeliveriesArgs) {
    return this.service.deliveries(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Registers a webhook endpoint; its signing secret is returned only in this response (ADMIN).' })
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: CreateWebhookEndpointInput) {
    return this.service.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: "Changes an endpoint's URL, event types or description (ADMIN)." })
  updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdateWebhookEndpointInput) {
    return this.service.update(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: 'Deletes an endpoint with its delivery log; waiting retries are dropped (ADMIN). Returns it as it was.' })
  deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', ENDPOINT, new UuidPipe('id')) id: string) {
    return this.service.remove(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'Replaces the signing secret; the new one is returned only in this response. The previous one keeps signing beside it for a while (see keepPreviousForHours), so receivers switch without losing deliveries (ADMIN).',
  })
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: RotateWebhookSecretInput) {
    return this.service.rotateSecret(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: 'Turns a disabled endpoint back on, with a clean failure streak (ADMIN). Events missed meanwhile can be sent with redeliverWebhook.' })
  enableWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', ENDPOINT, new UuidPipe('id')) id: string) {
    return this.service.enable(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: 'Pauses an endpoint: no new deliveries, waiting retries given up (ADMIN). Disabling a disabled one changes nothing.' })
  disableWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', ENDPOINT, new UuidPipe('id')) id: string) {
    return this.service.disable(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a finished delivery (SUCCEEDED or FAILED) again, as a new delivery with the same webhook-id and body (ADMIN). CONFLICT while it is still PENDING or its endpoint is disabled.',
  })
  redeliverWebhook(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace of the delivery.' }) _ws: string,
    @Args('deliveryId', { type: () => ID, description: 'The delivery to send again.' }, new UuidPipe('deliveryId')) deliveryId: string,
  ) {
    return this.service.redeliver(ctx, deliveryId);
  }
}

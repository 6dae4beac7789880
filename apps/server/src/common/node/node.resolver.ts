import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx } from '../../auth/access.decorators.js';
import { UserInputError } from '../errors.js';
import type { RequestContext } from '../request-context.js';
import { assertUuid, UuidPipe } from '../uuid.pipe.js';
import { Node } from './node.interface.js';
import { NodeService } from './node.service.js';

const MAX_IDS = 100;

@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly nodeService: NodeService) {}

  @Authenticated()
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id (Relay). null when it does not exist or belongs to a workspace you cannot open; FORBIDDEN when its type needs a higher role there than yours (e.g. an ApiKey needs ADMIN).',
  })
  async node(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The id of any object the API returned.' }, new UuidPipe('id')) id: string,
  ): Promise<object | null> {
    const [found] = await this.nodeService.resolve(ctx, [id]);
    if (found instanceof Error) throw found;
    return found;
  }

  @Authenticated()
  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by id, in the order asked (at most ${MAX_IDS}); each entry as \`node(id:)\` answers it (null, or a FORBIDDEN error at its index).`,
  })
  nodes(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], description: `Ids of objects the API returned, at most ${MAX_IDS}.` }) ids: string[],
  ): Promise<Array<object | null | Error>> {
    if (ids.length > MAX_IDS) throw UserInputError.forField('ids', `at most ${MAX_IDS} ids per request`);
    ids.forEach((id, index) => assertUuid(`ids.${index}`, id));
    return this.nodeService.resolve(ctx, ids);
  }
}

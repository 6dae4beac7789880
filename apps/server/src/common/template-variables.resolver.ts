import { Args, Field, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../auth/access.decorators.js';
import { TEMPLATE_VARIABLES, TemplateContext, templateVariablesOf } from './template-variables.js';

registerEnumType(TemplateContext, {
  name: 'TemplateContext',
  description: 'Where a reply text is used, which decides the {{variables}} it may hold (docs/templates.md).',
  valuesMap: {
    INBOX: { description: 'Replies to conversations: saved answers, replyToConversation, inbound AUTO_REPLY templates.' },
    REVIEW: { description: 'Replies to reviews: reply templates, replyToReview, REVIEW AUTO_REPLY templates.' },
  },
});

@ObjectType({ description: 'A {{variable}} a reply text may hold, filled in when the reply is sent.' })
export class TemplateVariableInfo {
  @Field({ description: 'What to write between the braces, e.g. contact.name.' }) name: string;
  @Field({ description: 'What it is replaced with.' }) meaning: string;
}

/** The variables' vocabulary, so editors can offer it (the same list the server checks texts against). */
@Resolver()
export class TemplateVariablesResolver {
  @Authenticated()
  @Query(() => [TemplateVariableInfo], { description: 'The {{variables}} a reply text may hold where it is used, in the order the docs list them.' })
  templateVariables(@Args('context', { type: () => TemplateContext, description: 'Where the text is used.' }) context: TemplateContext): TemplateVariableInfo[] {
    return templateVariablesOf(context).map((name) => ({ name, meaning: TEMPLATE_VARIABLES[name].meaning }));
  }
}

import { UserInputError } from './errors.js';

/**
 * The one vocabulary of {{variables}} in reply texts: canned replies, review
 * reply templates, AUTO_REPLY templates and the bodies of replies. Every text
 * is checked against it when saved and again when sent, so a misspelt
 * variable is refused instead of reaching a customer verbatim. Documented in
 * docs/templates.md; keep the two in step.
 */
export enum TemplateContext {
  /** Replies to conversations (comments, mentions, DMs): canned replies, replyToConversation, inbound auto-replies. */
  INBOX = 'inbox',
  /** Replies to reviews: reply templates, replyToReview, review auto-replies. */
  REVIEW = 'review',
}

const EVERYWHERE = [TemplateContext.INBOX, TemplateContext.REVIEW];

/** Each variable and where it can be used. */
export const TEMPLATE_VARIABLES = {
  'contact.name': { contexts: EVERYWHERE, meaning: 'the name of the person you answer (their handle when they have no name)' },
  'contact.handle': { contexts: EVERYWHERE, meaning: 'their handle on the network or review site' },
  rating: { contexts: [TemplateContext.REVIEW], meaning: "the review's rating, as the site gives it (e.g. 4 or 4.5)" },
  'author.name': { contexts: [TemplateContext.REVIEW], meaning: 'same as contact.name (the review’s author)' },
  'author.handle': { contexts: [TemplateContext.REVIEW], meaning: 'same as contact.handle' },
} as const satisfies Record<string, { contexts: readonly TemplateContext[]; meaning: string }>;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

// Whatever sits between double braces counts as a variable, so "{{contact name}}" is reported, not sent.
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variables usable in a context, in vocabulary order. */
export function templateVariablesOf(context: TemplateContext): TemplateVariable[] {
  return (Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[]).filter((name) => (TEMPLATE_VARIABLES[name].contexts as readonly TemplateContext[]).includes(context));
}

/** The variables of `text` that the context does not know, each once, in order of appearance. */
export function unknownTemplateVariables(text: string, context: TemplateContext): string[] {
  const known = new Set<string>(templateVariablesOf(context));
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1]))].filter((name) => !known.has(name));
}

/** Why `text` cannot be used in the context (its unknown variables and the known ones), or null when it can. */
export function templateVariablesProblem(text: string, context: TemplateContext): string | null {
  const unknown = unknownTemplateVariables(text, context);
  if (unknown.length === 0) return null;
  const list = (names: readonly string[]) => names.map((name) => `{{${name}}}`).join(', ');
  return `unknown variable${unknown.length > 1 ? 's' : ''} ${list(unknown)}; the known ones here are ${list(templateVariablesOf(context))} (see docs/templates.md)`;
}

/** Refuses a text with unknown variables: BAD_USER_INPUT on `field`, naming them and listing the known ones. */
export function assertKnownTemplateVariables(text: string, context: TemplateContext, field: string): void {
  const problem = templateVariablesProblem(text, context);
  if (problem) throw UserInputError.forField(field, problem);
}

/** Fills in a text's variables after checking them (see assertKnownTemplateVariables). */
export function renderTemplate(text: string, context: TemplateContext, values: TemplateValues, field: string): string {
  assertKnownTemplateVariables(text, context, field);
  return text.replace(VARIABLE, (_whole, name: TemplateVariable) => values[name] ?? '');
}

/** The values about the person answered, for any context. */
export function contactValues(person: { name?: string | null; handle: string }): TemplateValues {
  return { 'contact.name': person.name ?? person.handle, 'contact.handle': person.handle };
}

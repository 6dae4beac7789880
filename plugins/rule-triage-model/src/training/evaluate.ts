import { INBOUND_LABELS, LANGUAGES, OUTBOUND_LABELS, UNKNOWN_LANGUAGE, type LanguageGuess, type TriageModel } from '../model.js';
import type { Item } from './data.js';
import { averagePrecision, outboundFigures, perClass, simulatedOutcome, targetFigures, targetRates, type ClassFigures, type TargetFigures } from './metrics.js';

export interface Evaluation {
  inbound: { items: number; perClass: ClassFigures[]; targets: Record<string, TargetFigures>; unknownLanguage: number };
  outbound: { items: number; perClass: ClassFigures[]; figures: ReturnType<typeof outboundFigures>; byLanguage: Record<string, ReturnType<typeof outboundFigures>> };
  language: { items: number; correct: number; calledUnknown: number; others: number; othersUnknown: number };
  /** Each head's average precision (see averagePrecision): its ranking, before any threshold. */
  averagePrecision: { inbound: Record<string, number>; outbound: Record<string, number> };
}

/**
 * The shipped model's figures on labelled items (the dev set): per-class
 * precision and recall per language, the targets as the starter
 * policy would act on the model's decisions, and language identification.
 */
export function evaluate(model: TriageModel, items: Item[], others: Array<{ text: string; lang: string }> = []): Evaluation {
  const inbound = items.filter((item) => item.direction === 'inbound');
  const outbound = items.filter((item) => item.direction === 'outbound');
  // Each item's head scores are read right after its decisions, while the model still holds its features; the
  // language it was read in comes with the decisions.
  const row = (item: Item, result: { language: LanguageGuess; labels: Array<{ label: string }> }, scores: ArrayLike<number>) => ({
    lang: item.lang,
    gold: item.labels,
    predicted: result.labels.map((decision) => decision.label),
    language: result.language.language,
    scores,
  });
  const inboundRows = inbound.map((item) => row(item, model.triageInbound(item.text), model.inboundProbabilities(item.text)));
  const outcomeRows = inboundRows.map((row) => ({ ...row, outcome: simulatedOutcome(row.predicted) }));
  const targets: Record<string, TargetFigures> = { all: targetFigures(outcomeRows) };
  for (const lang of LANGUAGES) targets[lang] = targetFigures(outcomeRows.filter((row) => row.lang === lang));
  const outboundRows = outbound.map((item) => row(item, model.checkOutbound(item.text), model.outboundProbabilities(item.text)));
  const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, outboundFigures(outboundRows.filter((row) => row.lang === lang), OUTBOUND_LABELS)]));
  const ranking = (rows: ReadonlyArray<{ gold: readonly string[]; scores: ArrayLike<number> }>, labels: readonly string[]) =>
    Object.fromEntries(labels.map((label, head) => [label, averagePrecision(rows.map((row) => row.scores[head]), rows.map((row) => row.gold.includes(label)))]));
  const guesses = [...inboundRows, ...outboundRows];
  return {
    inbound: {
      items: inbound.length,
      perClass: perClass(inboundRows, [...INBOUND_LABELS, 'unknown_language']),
      targets,
      unknownLanguage: inboundRows.filter((row) => row.predicted.includes('unknown_language')).length,
    },
    outbound: { items: outbound.length, perClass: perClass(outboundRows, OUTBOUND_LABELS), figures: outboundFigures(outboundRows, OUTBOUND_LABELS), byLanguage },
    averagePrecision: {
      inbound: ranking(inboundRows, INBOUND_LABELS),
      outbound: ranking(outboundRows, OUTBOUND_LABELS),
    },
    language: {
      items: guesses.length,
      correct: guesses.filter((guess) => guess.language === guess.lang).length,
      calledUnknown: guesses.filter((guess) => guess.language === UNKNOWN_LANGUAGE).length,
      others: others.length,
      othersUnknown: others.filter((other) => model.identifyLanguage(other.text).unknown).length,
    },
  };
}

export { targetRates };

/** Every head, inbound then outbound: the columns of an average-precision table. */
export const HEADS = [...INBOUND_LABELS, ...OUTBOUND_LABELS] as const;

/** One evaluation's average precision per head, in the order of HEADS (0 to 1; NaN for a head without items). */
export function averagePrecisionRow(evaluation: Evaluation): number[] {
  const byHead = { ...evaluation.averagePrecision.inbound, ...evaluation.averagePrecision.outbound };
  return HEADS.map((head) => byHead[head]);
}

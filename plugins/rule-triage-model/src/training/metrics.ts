/** Figures shared by the training script, the benchmark and the floor test, so all three count alike. */

export interface Scored {
  lang: string;
  gold: readonly string[];
  predicted: readonly string[];
}

export interface ClassFigures {
  label: string;
  lang: string;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? NaN : part / whole);

/** Precision and recall of each label, over all items ('all') and per language. */
export function perClass(rows: readonly Scored[], labels: readonly string[]): ClassFigures[] {
  const languages = ['all', ...[...new Set(rows.map((row) => row.lang))].sort()];
  const out: ClassFigures[] = [];
  for (const lang of languages) {
    const subset = lang === 'all' ? rows : rows.filter((row) => row.lang === lang);
    for (const label of labels) {
      const support = subset.filter((row) => row.gold.includes(label)).length;
      const predicted = subset.filter((row) => row.predicted.includes(label)).length;
      const truePositives = subset.filter((row) => row.gold.includes(label) && row.predicted.includes(label)).length;
      out.push({ label, lang, support, predicted, truePositives, precision: ratio(truePositives, predicted), recall: ratio(truePositives, support) });
    }
  }
  return out;
}

/**
 * Average precision of one head's scores over a set (the area under its precision-recall curve): how well the head
 * ranks the label's items above the others, whatever the threshold. Training data is judged by it, because a retrain
 * also re-tunes the thresholds, which moves the thresholded figures along a trade-off on their own. Ties are broken
 * against the label (the pessimistic order). NaN without a positive item.
 */
export function averagePrecision(scores: readonly number[], gold: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, positive: gold[index] })).sort((a, b) => b.score - a.score || Number(a.positive) - Number(b.positive));
  const positives = order.filter((row) => row.positive).length;
  let found = 0;
  let sum = 0;
  order.forEach((row, rank) => {
    if (!row.positive) return;
    found++;
    sum += found / (rank + 1);
  });
  return ratio(sum, positives);
}

/** What the inbound policies did to one item (from the real PolicyEngine in the benchmark). */
export interface InboundOutcomeFigures {
  hidden: boolean;
  escalated: boolean;
  priority: string | null;
  labels: readonly string[];
}

export interface OutcomeRow {
  lang: string;
  gold: readonly string[];
  outcome: InboundOutcomeFigures;
}

/** The targets, over a set of items (all or one language). */
export interface TargetFigures {
  items: number;
  spam: number;
  spamHidden: number;
  abuse: number;
  abuseHidden: number;
  threats: number;
  /** Threats hidden AND escalated AND at URGENT priority. */
  threatsHiddenEscalatedUrgent: number;
  /** Honest criticism: labelled criticism, not abuse, threat or spam. */
  criticism: number;
  criticismHidden: number;
  criticismEscalated: number;
  /** Abuse that also complains: hidden and escalated. */
  abusiveCriticism: number;
  abusiveCriticismHiddenEscalated: number;
  questions: number;
  questionsLabelled: number;
  labelledQuestion: number;
  labelledQuestionCorrect: number;
  spamLabelledQuestion: number;
  /** Items that are only praise and/or neutral (or praise that asks). */
  benign: number;
  /** ...that were hidden, escalated, prioritised or labelled with something they are not. */
  benignActed: number;
}

const WRONG_FOR_BENIGN = ['spam', 'abuse', 'threat', 'criticism', 'unknown_language'];

export function targetFigures(rows: readonly OutcomeRow[]): TargetFigures {
  const figures: TargetFigures = {
    items: rows.length, spam: 0, spamHidden: 0, abuse: 0, abuseHidden: 0, threats: 0, threatsHiddenEscalatedUrgent: 0, criticism: 0, criticismHidden: 0,
    criticismEscalated: 0, abusiveCriticism: 0, abusiveCriticismHiddenEscalated: 0, questions: 0, questionsLabelled: 0, labelledQuestion: 0,
    labelledQuestionCorrect: 0, spamLabelledQuestion: 0, benign: 0, benignActed: 0,
  };
  for (const { gold, outcome } of rows) {
    const is = (label: string) => gold.includes(label);
    const labelled = (label: string) => outcome.labels.includes(label);
    if (is('spam')) {
      figures.spam++;
      if (outcome.hidden) figures.spamHidden++;
      if (labelled('question')) figures.spamLabelledQuestion++;
    }
    if (is('abuse') || is('threat')) {
      figures.abuse++;
      if (outcome.hidden) figures.abuseHidden++;
    }
    if (is('threat')) {
      figures.threats++;
      if (outcome.hidden && outcome.escalated && outcome.priority === 'URGENT') figures.threatsHiddenEscalatedUrgent++;
    }
    if (is('criticism') && !is('abuse') && !is('threat') && !is('spam')) {
      figures.criticism++;
      if (outcome.hidden) figures.criticismHidden++;
      if (outcome.escalated) figures.criticismEscalated++;
    }
    if (is('criticism') && (is('abuse') || is('threat'))) {
      figures.abusiveCriticism++;
      if (outcome.hidden && outcome.escalated) figures.abusiveCriticismHiddenEscalated++;
    }
    if (is('question')) {
      figures.questions++;
      if (labelled('question')) figures.questionsLabelled++;
    }
    if (labelled('question')) {
      figures.labelledQuestion++;
      if (is('question')) figures.labelledQuestionCorrect++;
    }
    if (gold.every((label) => label === 'praise' || label === 'neutral' || label === 'question') && (is('praise') || is('neutral'))) {
      figures.benign++;
      const wrongQuestion = labelled('question') && !is('question');
      if (outcome.hidden || outcome.escalated || outcome.priority === 'URGENT' || outcome.priority === 'HIGH' || wrongQuestion || outcome.labels.some((label) => WRONG_FOR_BENIGN.includes(label))) figures.benignActed++;
    }
  }
  return figures;
}

/** The figures as the issue states them, in percent (NaN when nothing to count). */
export function targetRates(figures: TargetFigures) {
  const percent = (part: number, whole: number) => (whole === 0 ? NaN : (100 * part) / whole);
  return {
    spamHidden: percent(figures.spamHidden, figures.spam),
    abuseHidden: percent(figures.abuseHidden, figures.abuse),
    threatsHiddenEscalatedUrgent: percent(figures.threatsHiddenEscalatedUrgent, figures.threats),
    criticismHidden: figures.criticismHidden,
    criticismEscalated: percent(figures.criticismEscalated, figures.criticism),
    abusiveCriticismHiddenEscalated: percent(figures.abusiveCriticismHiddenEscalated, figures.abusiveCriticism),
    questionRecall: percent(figures.questionsLabelled, figures.questions),
    questionPrecision: percent(figures.labelledQuestionCorrect, figures.labelledQuestion),
    spamLabelledQuestion: figures.spamLabelledQuestion,
    benignActed: percent(figures.benignActed, figures.benign),
  };
}

/**
 * The outcome the starter "Inbox triage" policy gives a model decision
 * (spam/abuse/threat hidden; threat, criticism and unknown language
 * escalated; threats URGENT; question labelled), for tuning thresholds
 * without a policy engine. The benchmark measures the real engine.
 */
export function simulatedOutcome(predicted: readonly string[]): InboundOutcomeFigures {
  const has = (label: string) => predicted.includes(label);
  const hidden = has('spam') || has('abuse') || has('threat');
  return {
    hidden,
    escalated: has('threat') || has('criticism') || has('unknown_language'),
    priority: has('threat') ? 'URGENT' : null,
    labels: predicted.filter((label) => label !== 'praise' && label !== 'neutral'),
  };
}

export interface OutboundFigures {
  label: string;
  support: number;
  flagged: number;
  recall: number;
}

/** Outbound: each label's items flagged with it, and fine text flagged with anything. */
export function outboundFigures(rows: readonly Scored[], labels: readonly string[]): { perLabel: OutboundFigures[]; fine: number; fineFlagged: number } {
  const perLabel = labels.map((label) => {
    const support = rows.filter((row) => row.gold.includes(label));
    const flagged = support.filter((row) => row.predicted.includes(label)).length;
    return { label, support: support.length, flagged, recall: ratio(flagged, support.length) };
  });
  const fine = rows.filter((row) => row.gold.includes('fine'));
  return { perLabel, fine: fine.length, fineFlagged: fine.filter((row) => row.predicted.length > 0).length };
}

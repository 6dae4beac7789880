// Training, evaluation and figures: used by scripts/train.mjs, bench/moderation.mjs and the floor test, never at run time.
export { augmentText, obfuscateWord, prng } from './augment.js';
export { readOtherLanguages, readSplit, type Direction, type Item } from './data.js';
export { averagePrecisionRow, evaluate, HEADS, type Evaluation } from './evaluate.js';
export { averagePrecision, outboundFigures, perClass, simulatedOutcome, targetFigures, targetRates, type ClassFigures, type InboundOutcomeFigures, type OutcomeRow, type TargetFigures } from './metrics.js';
export { DEFAULT_TRAIN_OPTIONS, train, unknownThreshold, type TrainOptions, type TrainResult } from './train.js';

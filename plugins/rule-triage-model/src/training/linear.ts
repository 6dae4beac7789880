import { prng } from './augment.js';

/** One training example: hashed features with their values, and what it is. */
export interface Example {
  buckets: Uint32Array;
  values: Float32Array;
  /** One-vs-rest: 0/1 per head. Softmax: the class index in targets[0]. */
  targets: Uint8Array;
  /** Example weight (e.g. to balance languages). */
  weight: number;
}

export interface SgdOptions {
  epochs: number;
  /** AdaGrad base learning rate. */
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches (lazy). */
  l2: number;
  seed: number;
}

export interface LinearWeights {
  /** Bucket-major: weights[bucket * heads + head]. */
  weights: Float32Array;
  bias: Float64Array;
  heads: number;
}

function shuffled(count: number, random: () => number): Uint32Array {
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const swap = order[index];
    order[index] = order[other];
    order[other] = swap;
  }
  return order;
}

/**
 * One-vs-rest logistic regression, one head per label over shared hashed
 * features, trained with AdaGrad and L2. `positiveWeight[head]` up-weights the
 * rarer positive examples so every label is learnt (thresholds are tuned later).
 */
export function trainOneVsRest(examples: Example[], heads: number, bits: number, positiveWeight: ArrayLike<number>, options: SgdOptions): LinearWeights {
  const size = (1 << bits) * heads;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const gradients = new Float64Array(heads);
  const random = prng(options.seed);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(examples.length, random)) {
      const example = examples[index];
      const { buckets, values, targets } = example;
      for (let head = 0; head < heads; head++) gradients[head] = bias[head];
      for (let feature = 0; feature < buckets.length; feature++) {
        const base = buckets[feature] * heads;
        const value = values[feature];
        for (let head = 0; head < heads; head++) gradients[head] += weights[base + head] * value;
      }
      for (let head = 0; head < heads; head++) {
        const probability = 1 / (1 + Math.exp(-gradients[head]));
        const target = targets[head];
        gradients[head] = (probability - target) * (target ? positiveWeight[head] : 1) * example.weight;
        biasSquares[head] += gradients[head] * gradients[head];
        bias[head] -= (learningRate * gradients[head]) / (Math.sqrt(biasSquares[head]) + 1e-8);
      }
      for (let feature = 0; feature < buckets.length; feature++) {
        const base = buckets[feature] * heads;
        const value = values[feature];
        for (let head = 0; head < heads; head++) {
          const at = base + head;
          const gradient = gradients[head] * value + l2 * weights[at];
          if (gradient === 0) continue;
          squares[at] += gradient * gradient;
          weights[at] -= (learningRate * gradient) / (Math.sqrt(squares[at]) + 1e-8);
        }
      }
    }
  }
  return { weights, bias, heads };
}

/** Multinomial logistic regression (softmax) for the language model; the class is `targets[0]`. */
export function trainSoftmax(examples: Example[], classes: number, bits: number, classWeight: ArrayLike<number>, options: SgdOptions): LinearWeights {
  const size = (1 << bits) * classes;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const scores = new Float64Array(classes);
  const random = prng(options.seed);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(examples.length, random)) {
      const { buckets, values, targets, weight } = examples[index];
      for (let head = 0; head < classes; head++) scores[head] = bias[head];
      for (let feature = 0; feature < buckets.length; feature++) {
        const base = buckets[feature] * classes;
        const value = values[feature];
        for (let head = 0; head < classes; head++) scores[head] += weights[base + head] * value;
      }
      let max = -Infinity;
      for (let head = 0; head < classes; head++) max = Math.max(max, scores[head]);
      let total = 0;
      for (let head = 0; head < classes; head++) total += scores[head] = Math.exp(scores[head] - max);
      const target = targets[0];
      for (let head = 0; head < classes; head++) {
        scores[head] = (scores[head] / total - (head === target ? 1 : 0)) * classWeight[target] * weight;
        biasSquares[head] += scores[head] * scores[head];
        bias[head] -= (learningRate * scores[head]) / (Math.sqrt(biasSquares[head]) + 1e-8);
      }
      for (let feature = 0; feature < buckets.length; feature++) {
        const base = buckets[feature] * classes;
        const value = values[feature];
        for (let head = 0; head < classes; head++) {
          const at = base + head;
          const gradient = scores[head] * value + l2 * weights[at];
          if (gradient === 0) continue;
          squares[at] += gradient * gradient;
          weights[at] -= (learningRate * gradient) / (Math.sqrt(squares[at]) + 1e-8);
        }
      }
    }
  }
  return { weights, bias, heads: classes };
}

export interface Quantised {
  weights: Int8Array;
  scale: number[];
}

/** int8 per head: weight ≈ int8 × scale, scale = the head's largest |weight| / 127. */
export function quantise({ weights, heads }: LinearWeights): Quantised {
  const max = new Float64Array(heads);
  for (let index = 0; index < weights.length; index++) {
    const head = index % heads;
    const magnitude = Math.abs(weights[index]);
    if (magnitude > max[head]) max[head] = magnitude;
  }
  const scale = [...max].map((value) => (value > 0 ? value / 127 : 1));
  const out = new Int8Array(weights.length);
  for (let index = 0; index < weights.length; index++) out[index] = Math.max(-127, Math.min(127, Math.round(weights[index] / scale[index % heads])));
  return { weights: out, scale };
}

/** Probabilities of held-out examples under float weights (cross-validation). */
export function predictOneVsRest(model: LinearWeights, buckets: Uint32Array, values: Float32Array): Float64Array {
  const { heads, weights, bias } = model;
  const scores = Float64Array.from(bias);
  for (let feature = 0; feature < buckets.length; feature++) {
    const base = buckets[feature] * heads;
    for (let head = 0; head < heads; head++) scores[head] += weights[base + head] * values[feature];
  }
  return scores.map((score) => 1 / (1 + Math.exp(-score)));
}

export function predictSoftmax(model: LinearWeights, buckets: Uint32Array, values: Float32Array): Float64Array {
  const { heads, weights, bias } = model;
  const scores = Float64Array.from(bias);
  for (let feature = 0; feature < buckets.length; feature++) {
    const base = buckets[feature] * heads;
    for (let head = 0; head < heads; head++) scores[head] += weights[base + head] * values[feature];
  }
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, x) => sum + x, 0);
  return exps.map((x) => x / total);
}

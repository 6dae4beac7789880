// Policy engine benchmark: evaluations per second of a policy made of every
// built-in rule (the plugins/rule-* packages whose dist/ is built), over a
// deterministic corpus of short mixed texts, on one core. Target: 5,000+/s.
//
//   npm run bench:policies
//   BENCH_CORPUS=2000 node bench/policies.mjs     # quick run (after npm run build)
//
// Runs the real PolicyEngine from dist/ with a real PluginRegistry; no
// database, no HTTP, no worker threads. See bench/README.md for the options.
import { existsSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger } from '../dist/apps/server/src/logging/logger.js';
import { PluginRegistry } from '../dist/apps/server/src/plugins/plugin-registry.js';
import { PolicyEngine } from '../dist/apps/server/src/policies/policy-engine.js';
import { PolicyAction, PolicyScope, SCOPE_TARGET } from '../dist/apps/server/src/policies/policy.enums.js';
import { distinctText, intOption, printTable, prng, writeResults } from './lib/common.mjs';

// ---------------------------------------------------------------- options


const CORPUS_SIZE = intOption('BENCH_CORPUS', 10_000);
const SEED = intOption('BENCH_SEED', 42, 0);
const WARMUP = intOption('BENCH_WARMUP', 3_000, 0);
const RECENT = intOption('BENCH_RECENT', 6, 0);
const TARGET_PER_SECOND = intOption('BENCH_TARGET_PER_SECOND', 5_000);
const SKIP_PER_RULE = process.env.BENCH_SKIP_PER_RULE === '1';
const DEFAULT_ARGS_ONLY = process.env.BENCH_DEFAULT_ARGS_ONLY === '1';
const RULE_ARGS = process.env.BENCH_RULE_ARGS ? JSON.parse(process.env.BENCH_RULE_ARGS) : {};
const PRINT_SAMPLES = intOption('BENCH_PRINT_SAMPLES', 0, 0);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (message) => process.stderr.write(`[bench:policies] ${message}\n`);

// ---------------------------------------------------------------- the rules

/**
 * banned-terms flags nothing with its defaultArgs (`terms: []`), which would
 * measure an empty loop; unless BENCH_DEFAULT_ARGS_ONLY=1 it gets this list,
 * a typical one (competitor names, legal no-go words, two regexes).
 */
const SAMPLE_BANNED_TERMS = {
  terms: [
    { term: 'Acme Corp', reason: 'competitor' },
    { term: 'PetSmart', reason: 'competitor' },
    { term: 'Groomly', reason: 'competitor' },
    { term: 'cheap', reason: 'off-brand' },
    { term: 'guarantee', reason: 'legal' },
    { term: 'lawsuit', reason: 'legal' },
    { term: 'vet-approved', reason: 'legal' },
    { term: 'C++' },
    { term: 'free\\s*money', regex: true, severity: 'high' },
    { term: '\\b\\d{2}% off\\b', regex: true, severity: 'low' },
  ],
};

/** Every plugins/rule-* package whose dist/index.js exists and imports; the others are listed as skipped. */
async function loadRulePlugins() {
  const loaded = [];
  const skipped = [];
  const pluginsDir = join(ROOT, 'plugins');
  for (const name of readdirSync(pluginsDir).filter((n) => n.startsWith('rule-')).sort()) {
    const entry = join(pluginsDir, name, 'dist', 'index.js');
    if (!existsSync(entry)) {
      skipped.push({ name, reason: 'not built (no dist/index.js)' });
      continue;
    }
    try {
      const module = await import(pathToFileURL(entry).href);
      const plugin = module.default ?? module.plugin;
      if (!plugin?.rules?.length) {
        skipped.push({ name, reason: 'default export has no rules' });
        continue;
      }
      loaded.push({ plugin, options: {}, specifier: `./plugins/${name}`, source: entry });
    } catch (error) {
      skipped.push({ name, reason: `import failed: ${error.message.split('\n')[0]}` });
    }
  }
  return { loaded, skipped };
}

function argsFor(rule) {
  let args = { ...(rule.defaultArgs ?? {}) };
  if (!DEFAULT_ARGS_ONLY && rule.code === 'banned-terms' && !(args.terms?.length > 0)) args = { ...args, ...SAMPLE_BANNED_TERMS };
  if (RULE_ARGS[rule.code]) args = { ...args, ...RULE_ARGS[rule.code] };
  const problems = rule.validateArgs?.(args) ?? [];
  if (problems.length) throw new Error(`args of ${rule.code} are invalid: ${JSON.stringify(problems)}`);
  return args;
}

// ---------------------------------------------------------------- the corpus


const W = {
  name: ['Ana', 'Marc', 'Lea', 'Tom', 'Sofia', 'Karim', 'Julie', 'Ben', 'Nora', 'Hugo', 'Emma', 'Yuki'],
  pet: ['Max', 'Luna', 'Biscuit', 'Rocky', 'Mochi', 'Pixel', 'Nala', 'Oscar'],
  animal: ['dog', 'puppy', 'cat', 'poodle', 'golden retriever', 'husky', 'kitten'],
  service: ['grooming', 'nail trim', 'bath', 'haircut', 'daycare', 'delivery', 'spa day', 'checkout', 'booking'],
  place: ['Lyon', 'the Paris shop', 'Main Street', 'your new store', 'the Bordeaux salon', 'downtown'],
  good: ['amazing', 'wonderful', 'fantastic', 'so friendly', 'super gentle', 'excellent', 'lovely', 'great'],
  bad: ['terrible', 'awful', 'disappointing', 'a disaster', 'rude', 'way too slow', 'horrible', 'useless'],
  day: ['Saturday', 'Sunday', 'Monday morning', 'tomorrow', 'next week', 'Friday evening'],
  emoji: ['', '', '', ' 🐶', ' ❤️', ' 😍', ' 🙏', ' 😡', ' 🤔', ' ✨'],
  swear: ['f*ck', 'sh1t', 'fuuuuck', 'a$$', 'f u c k', 'S.H.I.T', 'bullsh!t', 'fck', 'damn', 'crap', 'b1tch', 'wtf', 'fucking', 'shit'],
  insult: ['idiots', 'morons', 'clowns', 'scumbags', 'incompetent'],
  claim: ['the best in the world', '100% guaranteed', 'clinically proven', 'a miracle cure', 'the #1 salon in France', 'risk-free', 'never fails', 'the lowest prices anywhere', 'second to none', 'scientifically proven'],
  push: ['Buy now', 'Hurry', 'Last chance', 'Today only', 'Only 3 left', "Don't miss out", 'Act now', 'Limited time only', 'Offer ends tonight', 'What are you waiting for'],
  shortener: ['bit.ly/3xYz9', 'tinyurl.com/pets4u', 'cutt.ly/grm', 't.co/AbC12', 'rb.gy/q1w2'],
  domain: ['example.com/promo', 'www.cheap-pets.biz/deal', 'https://win-free-stuff.io/claim', 'http://crypto-gains.app/x'],
  wallet: ['0x5290A1B2c3D4e5F60718293A4b5C6d7E8f9009EE7', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT'],
  inclusive: ['Our chairman loves dogs', 'When a customer calls, he or she gets a reply', 'This deal is crazy', 'Every groomer does his best', 'Hey guys, come say hi', 'Our salesmen will help you', 'That lame old shampoo is gone'],
};

const TEMPLATES = {
  compliment: [
    (p) => `Loved the ${p.service} at ${p.place}, ${p.name} was ${p.good}!${p.emoji}`,
    (p) => `${p.pet} came back so fluffy. Thank you ${p.name}!${p.emoji}`,
    (p) => `Best ${p.service} we have had in years, the team is ${p.good}.`,
    (p) => `not bad at all, would come again${p.emoji}`,
    (p) => `Five stars. ${p.pet} the ${p.animal} is a new dog after the ${p.service}.`,
    (p) => `Great food, but the wait was ${p.bad}.`,
  ],
  complaint: [
    (p) => `The ${p.service} was two weeks late and nobody answered my emails. Very disappointed.`,
    (p) => `My ${p.animal} came back with cuts. The ${p.service} was ${p.bad}.${p.emoji}`,
    (p) => `Your staff are ${p.insult} and the ${p.service} was disgusting`,
    (p) => `THIS IS THE WORST ${p.service.toUpperCase()} SERVICE EVER`,
    (p) => `Waited 40 minutes at ${p.place}, the ${p.service} was ${p.bad} and ${p.bad}. Never again.`,
    (p) => `I was charged twice for the ${p.service}. Not happy at all.`,
  ],
  question: [
    (p) => `Do you deliver to ${p.place}?`,
    (p) => `Hi ${p.name}, can I book a ${p.service} for ${p.day}`,
    (p) => `How much is the ${p.service} for a ${p.animal}?${p.emoji}`,
    (p) => `any vegan treats`,
    (p) => `Is there parking near ${p.place}? Please let me know.`,
    (p) => `Could you tell me when you open on ${p.day}`,
    (p) => `Can you believe how fluffy ${p.pet} is?!`,
    (p) => `Worth it? Absolutely!`,
  ],
  spam: [
    (p) => `FREE GIVEAWAY, DM me to claim your prize ${p.shortener}`,
    (p) => `Double your bitcoin in 24h!!! send 0.1 ETH to ${p.wallet}`,
    (p) => `Great pics! More at ${p.shortener} and ${p.domain} and ${p.domain}`,
    (p) => `Investment opportunity: ${p.domain} ${p.domain} ${p.shortener} ${p.shortener}`,
    (p) => `Donations: ${p.wallet}`,
    (p) => `Check my profile for free money ${p.domain}`,
  ],
  profanity: [
    (p) => `What the ${p.swear} is this ${p.swear}`,
    (p) => `${p.pet} looks ${p.swear}ing adorable lol`,
    (p) => `The ${p.service} was ${p.swear}, total ${p.swear}`,
    (p) => `${p.swear}! ${p.pet} bit the groomer`,
    (p) => `you ${p.insult}, ${p.swear} you`,
  ],
  claim: [
    (p) => `Our shampoo is ${p.claim}.`,
    (p) => `The ${p.service} that is ${p.claim}, ask ${p.name}!`,
    (p) => `${p.claim} for your ${p.animal}, results guaranteed.`,
    (p) => `Not the best fit for everyone, but ${p.pet} loves it.`,
    (p) => `Tip #1: brush your ${p.animal} daily.`,
  ],
  hardSell: [
    (p) => `SALE!!! 50% off every ${p.service}!!! ${p.push}!`,
    (p) => `${p.push}: 20% off the ${p.service}, ${p.push.toLowerCase()}.`,
    (p) => `${p.push}, ${p.push.toLowerCase()}! Link in bio.`,
    (p) => `New collection in store, free shipping this week. ${p.push}!`,
    (p) => `Gift cards for the ${p.service} now 15% off.`,
  ],
  french: [
    (p) => `Super ${p.service === 'bath' ? 'bain' : 'toilettage'} à ${p.place}, merci ${p.name} !${p.emoji}`,
    (p) => `Est-ce que vous êtes ouverts ${p.day === 'Sunday' ? 'dimanche' : 'samedi'} ?`,
    (p) => `Combien coûte une coupe pour un caniche`,
    (p) => `Service nul, attente interminable, je ne reviendrai pas.`,
    (p) => `Pouvez-vous me rappeler demain ? Merci de me confirmer l'heure.`,
    (p) => `${p.pet} est magnifique, c'est mignon, non ?`,
    (p) => `Y a-t-il un parking près du salon ?`,
    (p) => `Quelle arnaque, vous êtes des ${p.insult === 'idiots' ? 'idiots' : 'incompétents'}.`,
  ],
  neutral: [
    (p) => `Open on ${p.day} from 9 to 5.`,
    (p) => `Meet ${p.name}, our new groomer at ${p.place}.`,
    (p) => `${p.inclusive}.`,
    (p) => `Spring grooming tips: brush ${p.pet} twice a week and keep the nails short.`,
    (p) => `Closed for the holidays, back ${p.day}.`,
  ],
};

const MIX = [
  ['compliment', 15],
  ['complaint', 14],
  ['question', 14],
  ['spam', 10],
  ['profanity', 10],
  ['claim', 9],
  ['hardSell', 9],
  ['french', 10],
  ['neutral', 9],
];

function generateCorpus(size, seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
  const kindOf = () => {
    let roll = random() * total;
    for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
    return MIX[0][0];
  };
  // Every slot read draws a new word, so "${p.bad} and ${p.bad}" gives two different ones.
  const slots = Object.defineProperties({}, Object.fromEntries(Object.entries(W).map(([key, list]) => [key, { get: () => pick(list) }])));
  const fill = () => slots;
  const corpus = [];
  const kinds = {};
  for (let i = 0; i < size; i++) {
    const kind = kindOf();
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    let text = pick(TEMPLATES[kind])(fill());
    // A quarter of the texts get a second sentence of any kind: real messages mix things.
    if (random() < 0.25) text += ' ' + pick(TEMPLATES[kindOf()])(fill());
    corpus.push(distinctText(kind, text, i));
  }
  return { corpus, kinds };
}

// ---------------------------------------------------------------- measuring

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * One pass over the corpus: the wall time of the whole loop (evaluations/s)
 * and each evaluation's own time (µs percentiles).
 */
async function measure(engine, policies, inputs) {
  const times = new Float64Array(inputs.length);
  let fired = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    const t0 = process.hrtime.bigint();
    const decision = await engine.evaluate(policies, inputs[i]);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    if (decision.findings.length) fired++;
  }
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort();
  return {
    perSecond: inputs.length / totalSeconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1],
    fired,
  };
}

async function warmUp(engine, policies, inputs) {
  for (let i = 0; i < WARMUP; i++) await engine.evaluate(policies, inputs[i % inputs.length]);
}


const n0 = (value) => Math.round(value).toLocaleString('en-US');
const us = (value) => (value >= 100 ? Math.round(value).toString() : value.toFixed(1));

// ---------------------------------------------------------------- run

const { loaded, skipped } = await loadRulePlugins();
if (!loaded.length) throw new Error('no rule plugin is built: run `npm run build` first');
const registry = new PluginRegistry(loaded);
const engine = new PolicyEngine(registry, createLogger('silent'));
const rules = registry.ruleTypes.map(({ driver }) => driver);
log(`rules: ${rules.map((r) => r.code).join(', ')}${skipped.length ? `; skipped: ${skipped.map((s) => `${s.name} (${s.reason})`).join(', ')}` : ''}`);

const { corpus, kinds } = generateCorpus(CORPUS_SIZE, SEED);
const averageLength = corpus.reduce((sum, t) => sum + t.length, 0) / corpus.length;
log(`corpus: ${corpus.length} texts (seed ${SEED}, ${averageLength.toFixed(0)} characters on average): ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const text of corpus.slice(0, PRINT_SAMPLES)) log(`  ${JSON.stringify(text)}`);

const SCOPES = [
  { scope: PolicyScope.INBOUND_MESSAGE, action: PolicyAction.LABEL },
  { scope: PolicyScope.OUTBOUND_POST, action: PolicyAction.WARN },
];

const summary = [];
const perRule = [];
for (const { scope, action } of SCOPES) {
  const target = SCOPE_TARGET[scope];
  const scopeRules = rules.filter((rule) => rule.appliesTo.includes(target));
  const notApplicable = rules.filter((rule) => !rule.appliesTo.includes(target)).map((r) => r.code);
  const config = (rule) => ({ rule: rule.code, args: argsFor(rule), action, severityThreshold: 'INFO' });
  const policy = { policyId: `bench-${scope}`, name: `All built-in rules (${scope})`, version: 1, rules: scopeRules.map(config) };
  // Each text comes with the previous RECENT texts as the author's (inbound) or channel's (outbound) recent texts.
  const inputs = corpus.map((text, i) => ({
    scope,
    text,
    channelCode: 'sandbox',
    authorExternalId: `usr_${i % 97}`,
    recentTexts: RECENT ? corpus.slice(Math.max(0, i - RECENT), i) : undefined,
  }));

  log(`${scope}: ${scopeRules.length} rules (${scopeRules.map((r) => r.code).join(', ')}), action ${action}${notApplicable.length ? `; not applicable: ${notApplicable.join(', ')}` : ''}`);
  await warmUp(engine, [policy], inputs);
  const all = await measure(engine, [policy], inputs);
  summary.push([
    scope,
    `${scopeRules.length} (${action})`,
    n0(all.perSecond),
    us(all.p50),
    us(all.p99),
    us(all.max),
    `${((100 * all.fired) / inputs.length).toFixed(0)}%`,
    all.perSecond >= TARGET_PER_SECOND ? 'yes' : 'NO',
  ]);

  if (SKIP_PER_RULE) continue;
  for (const rule of scopeRules) {
    const alone = { ...policy, policyId: `bench-${scope}-${rule.code}`, rules: [config(rule)] };
    await warmUp(engine, [alone], inputs);
    const result = await measure(engine, [alone], inputs);
    perRule.push([
      `${rule.code}`,
      scope,
      n0(result.perSecond),
      us(result.p50),
      us(result.p99),
      us(result.max),
      `${((100 * result.fired) / inputs.length).toFixed(1)}%`,
      `${((100 * (1 / result.perSecond)) / (1 / all.perSecond)).toFixed(0)}%`,
    ]);
  }
}

console.log(`\nPolicy engine benchmark (${new Date().toISOString()}), ${corpus.length} texts, seed ${SEED}, warm-up ${WARMUP} evaluations, one process on one core`);
console.log(`machine: ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), Node ${process.version}`);
console.log(`rules loaded: ${rules.map((r) => r.code).join(', ')}`);
if (skipped.length) console.log(`rule plugins skipped: ${skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}`);
printTable(`All built-in rules in one policy (target: ${n0(TARGET_PER_SECOND)}+ evaluations/s)`, ['scope', 'rules (action)', 'evaluations/s', 'p50 µs', 'p99 µs', 'max µs', 'texts with findings', `≥ ${n0(TARGET_PER_SECOND)}/s`], summary);
if (perRule.length) {
  printTable('Each rule alone (same corpus, one rule per policy)', ['rule', 'scope', 'evaluations/s', 'p50 µs', 'p99 µs', 'max µs', 'texts with findings', 'time vs full policy'], perRule);
}
const missed = summary.filter((row) => row.at(-1) === 'NO').map((row) => row[0]);
await writeResults('policies', { options: { corpus: corpus.length, seed: SEED, warmup: WARMUP }, rules: rules.map((r) => r.code), summary, perRule });
console.log(missed.length ? `\nTarget NOT met for ${missed.join(', ')}.` : `\nTarget met: every scope evaluates ${n0(TARGET_PER_SECOND)}+ texts/s.`);

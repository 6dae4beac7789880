import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';

/**
 * A retext plugin that searches the text for a fixed list of phrases and
 * takes an `ignore` option listing phrases not to search for, as
 * retext-equality and retext-profanities do.
 */
export type PhrasePlugin<Options extends { ignore?: ReadonlyArray<string> | null }> = (options?: Readonly<Options> | null) => Transform;
type Transform = (tree: Tree, file: VFile) => undefined;

export interface PhraseCheck<Options extends { ignore?: ReadonlyArray<string> | null }> {
  plugin: PhrasePlugin<Options>;
  options: Options;
}

export type Message = VFile['messages'][number];

// Each plugin has its own options type, which PhraseCheck<...> of another plugin would not accept.
type AnyPhraseCheck = PhraseCheck<any>;

const parser = unified().use(retextEnglish).freeze();
type Tree = ReturnType<typeof parser.parse>;

interface TreeNode {
  type: string;
  value?: string;
  children?: TreeNode[];
}

/** One phrase plugin, split into shards. */
interface ShardedPlugin {
  check: AnyPhraseCheck;
  phrases: string[];
  shardOfPhrase: Map<string, number>;
  /** The shard of each word (as its routing key) that starts one of the plugin's phrases. */
  shardOfFirstWord: Map<string, number>;
  /** The plugin set up for each shard, on first use: most shards are never needed. */
  transforms: Array<Transform | undefined>;
}

/**
 * Runs retext phrase plugins over a text, fast.
 *
 * retext-equality and retext-profanities hand their whole phrase list (about
 * 900 and 3,000 phrases) to nlcst-search on every run, which indexes it anew
 * each time: about 1.5 ms per text, too slow for a rule run on every inbound
 * message. So each plugin is set up once per shard, with `ignore` listing
 * every phrase outside the shard, and runs only in the shards of the words
 * the text contains, over only the sentences that contain them (walking the
 * tree is the plugins' other big cost). The messages are the same as the
 * plain plugins' (a test compares them).
 *
 * Phrases are placed by their first word and never span sentences, so the
 * plugins must not pair phrases across words or sentences (retext-equality's
 * `binary` option does).
 */
export class ShardedChecker {
  private readonly plugins: ShardedPlugin[];

  constructor(
    checks: AnyPhraseCheck[],
    private readonly shardCount = 128,
  ) {
    this.plugins = checks.map((check) => {
      const phrases = phrasesOf(check);
      const shardOfPhrase = new Map<string, number>();
      const shardOfFirstWord = new Map<string, number>();
      for (const phrase of phrases) {
        const firstWord = routingKey(phrase.split(' ', 1)[0]);
        if (firstWord === '*') throw new Error(`cannot shard "${phrase}": a phrase starting with a wildcard matches after any word`);
        const shard = this.shardOf(firstWord);
        shardOfPhrase.set(phrase, shard);
        shardOfFirstWord.set(firstWord, shard);
      }
      return { check, phrases, shardOfPhrase, shardOfFirstWord, transforms: new Array(shardCount) };
    });
  }

  /** The plugins' messages for `text`, in no particular order. */
  check(text: string): Message[] {
    const file = new VFile(text);
    const tree = parser.parse(file);
    const sentences = sentencesOf(tree as TreeNode).map((sentence) => ({ sentence, words: wordsOf(sentence).map(routingKey) }));
    for (const plugin of this.plugins) {
      const shards = new Set<number>();
      const hitSentences: TreeNode[] = [];
      for (const { sentence, words } of sentences) {
        const hitShards = words.map((word) => plugin.shardOfFirstWord.get(word)).filter((shard) => shard !== undefined);
        if (hitShards.length === 0) continue;
        hitSentences.push(sentence);
        hitShards.forEach((shard) => shards.add(shard));
      }
      if (shards.size === 0) continue;
      const hitTree = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: hitSentences }] } as unknown as Tree;
      for (const shard of shards) this.transformOf(plugin, shard)(hitTree, file);
    }
    return file.messages;
  }

  private transformOf(plugin: ShardedPlugin, shard: number): Transform {
    let transform = plugin.transforms[shard];
    if (!transform) {
      const { check, phrases, shardOfPhrase } = plugin;
      const isElsewhere = (phrase: string) => shardOfPhrase.get(phrase) !== shard;
      // The plugins are plain functions of their options, so they run without a unified processor around them.
      transform = check.plugin({ ...check.options, ignore: new PhraseList(phrases.filter(isElsewhere), isElsewhere) });
      plugin.transforms[shard] = transform;
    }
    return transform;
  }

  private shardOf(key: string): number {
    let hash = 0;
    for (let index = 0; index < key.length; index++) hash = (hash * 31 + key.charCodeAt(index)) | 0;
    return (hash >>> 0) % this.shardCount;
  }
}

/**
 * nlcst-search's word comparison (lower case, no apostrophes, no dashes), or
 * coarser: it decides which shards run, so it may run one too many but
 * never one too few.
 */
function routingKey(word: string): string {
  return word.toLowerCase().replace(/[-'’]/g, '');
}

function sentencesOf(node: TreeNode): TreeNode[] {
  return node.type === 'SentenceNode' ? [node] : (node.children ?? []).flatMap(sentencesOf);
}

function wordsOf(node: TreeNode): string[] {
  return node.type === 'WordNode' ? [textOf(node)] : (node.children ?? []).flatMap(wordsOf);
}

function textOf(node: TreeNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** Every phrase a plugin searches for: it asks its `ignore` list about each one when it is set up. */
function phrasesOf(check: AnyPhraseCheck): string[] {
  const phrases: string[] = [];
  const recorder = new (class extends Array<string> {
    override includes(phrase: string): boolean {
      phrases.push(phrase);
      return true;
    }
  })();
  check.plugin({ ...check.options, ignore: recorder });
  if (phrases.length === 0) throw new Error('a phrase plugin did not list its phrases through its `ignore` option; ShardedChecker cannot split it');
  return phrases;
}

/**
 * An `ignore` list with a constant-time `includes`, which the plugins call
 * once per phrase they know. It holds the phrases too, for code that iterates.
 */
class PhraseList extends Array<string> {
  private readonly isListed: (phrase: string) => boolean;

  constructor(phrases: string[], isListed: (phrase: string) => boolean) {
    super();
    this.push(...phrases);
    this.isListed = isListed;
  }

  // Derived arrays (map, filter) are plain arrays: their constructor cannot take our arguments.
  static override get [Symbol.species]() {
    return Array;
  }

  override includes(phrase: string): boolean {
    return this.isListed(phrase);
  }
}

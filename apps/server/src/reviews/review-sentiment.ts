import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { SentimentLabel } from './review.enums.js';

const CLASSIFIER = 'sentiment-and-criticism';
/**
 * The classifier only reports text at or below its `criticismThreshold`, so
 * asking it with this threshold tells "clearly positive" (a score above it,
 * i.e. at least two clearly positive words) apart from the rest.
 */
const POSITIVE_PROBE_THRESHOLD = 2;

/**
 * The tone of a review: criticism when the REVIEW policies (or the
 * sentiment-and-criticism rule, run when loaded) say so; clearly positive
 * when the same rule, asked with a high threshold, finds no criticism.
 */
@Injectable()
export class ReviewSentiment {
  constructor(
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async classify(text: string, policyLabels: string[]): Promise<{ label: SentimentLabel; score: number }> {
    if (policyLabels.includes('criticism') || (await this.isCriticism(text, {}))) return { label: SentimentLabel.NEGATIVE, score: -1 };
    if (this.registry.rule(CLASSIFIER) && !(await this.isCriticism(text, { criticismThreshold: POSITIVE_PROBE_THRESHOLD }))) return { label: SentimentLabel.POSITIVE, score: 1 };
    return { label: SentimentLabel.NEUTRAL, score: 0 };
  }

  private async isCriticism(text: string, args: Record<string, unknown>): Promise<boolean> {
    const rule = this.registry.rule(CLASSIFIER)?.driver;
    if (!rule) return false;
    try {
      const findings = await rule.evaluate(text, { target: 'review' }, { ...(rule.defaultArgs ?? {}), ...args });
      return findings.some((finding) => finding.labels?.includes('criticism'));
    } catch (error) {
      // A broken classifier leaves the tone neutral; it must not stop ingestion.
      this.logger.error({ rule: CLASSIFIER, err: error }, 'sentiment classifier failed; tone left neutral');
      return false;
    }
  }
}

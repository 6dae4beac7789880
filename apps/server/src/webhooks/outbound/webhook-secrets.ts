import { Inject, Injectable } from '@nestjs/common';
import { CredentialsCipher } from '../../auth/credentials-cipher.js';
import { RAPPORT_CONFIG } from '../../config/config.tokens.js';
import type { RapportConfig } from '../../config/rapport-config.js';
import type { WebhookEndpoint, WebhookSecrets } from './webhook-endpoint.entity.js';

/** Endpoint secrets at rest: the credentials cipher (AES-256-GCM from RAPPORT_SECRET), each ciphertext bound to its endpoint's id. */
@Injectable()
export class WebhookSecretsCipher {
  private readonly cipher: CredentialsCipher;

  constructor(@Inject(RAPPORT_CONFIG) config: RapportConfig) {
    this.cipher = new CredentialsCipher(config.secret);
  }

  seal(endpointId: string, secrets: WebhookSecrets): string {
    return this.cipher.encrypt(secrets, `webhook-endpoint:${endpointId}`);
  }

  open(endpoint: Pick<WebhookEndpoint, 'id' | 'secretsEncrypted'>): WebhookSecrets {
    return this.cipher.decrypt<WebhookSecrets>(endpoint.secretsEncrypted, `webhook-endpoint:${endpoint.id}`);
  }

  /** The secrets that sign a delivery made at `now`: the current one, and the previous one while its overlap lasts. */
  signingSecrets(endpoint: Pick<WebhookEndpoint, 'id' | 'secretsEncrypted' | 'previousSecretExpiresAt'>, now: Date): string[] {
    const { current, previous } = this.open(endpoint);
    const overlapping = previous && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
    return overlapping ? [current, previous] : [current];
  }
}

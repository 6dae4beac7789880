import type { JsonValue, KeyValueStore } from '@rapport/plugin-sdk';
import type { CredentialsCipher } from '../../auth/credentials-cipher.js';

/**
 * A key/value store whose values are kept AES-256-GCM encrypted, each bound to its key: what OAuth hooks
 * cache there (a client secret registered on a server) is as protected as channel credentials. A value
 * that does not decrypt (written by other code, or under another RAPPORT_SECRET) reads as missing, so a
 * client is simply registered again.
 */
export function encryptedStore(inner: KeyValueStore, cipher: CredentialsCipher, scope: string): KeyValueStore {
  const bound = (key: string) => `${scope}:${key}`;
  return {
    async get<T extends JsonValue = JsonValue>(key: string): Promise<T | undefined> {
      const stored = await inner.get(key);
      if (typeof stored !== 'string') return undefined;
      try {
        return cipher.decrypt<T>(stored, bound(key));
      } catch {
        return undefined;
      }
    },
    set: (key, value) => inner.set(key, cipher.encrypt(value, bound(key))),
    delete: (key) => inner.delete(key),
  };
}

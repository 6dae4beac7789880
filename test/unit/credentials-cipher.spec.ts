import { CredentialsCipher } from '../../apps/server/src/auth/credentials-cipher.js';

describe('credentials at rest', () => {
  const cipher = new CredentialsCipher('s'.repeat(40));
  const credentials = { accessToken: 'tok_live_123', refreshToken: 'ref_456' };

  it('round-trips and never stores the plaintext', () => {
    const stored = cipher.encrypt(credentials, 'channel:1');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('tok_live_123');
    expect(cipher.decrypt(stored, 'channel:1')).toEqual(credentials);
  });

  it('uses a fresh IV each time, so equal credentials do not look equal', () => {
    expect(cipher.encrypt(credentials, 'channel:1')).not.toBe(cipher.encrypt(credentials, 'channel:1'));
  });

  it('refuses a tampered value, another row, or another secret', () => {
    const stored = cipher.encrypt(credentials, 'channel:1');
    const parts = stored.split('.');
    const flipped = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
    expect(() => cipher.decrypt([...parts.slice(0, 3), flipped].join('.'), 'channel:1')).toThrow();
    expect(() => cipher.decrypt(stored, 'channel:2')).toThrow();
    expect(() => new CredentialsCipher('t'.repeat(40)).decrypt(stored, 'channel:1')).toThrow();
  });
});

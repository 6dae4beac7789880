import bcrypt from 'bcryptjs';
import { createHash } from 'node:crypto';

/**
 * bcrypt (pure JavaScript: no native addon to build or to crash on an unusual
 * machine). The password is SHA-256'd first so bcrypt's 72-byte limit never
 * silently truncates a long passphrase. RAPPORT_BCRYPT_COST (default 12) is
 * the work factor; tests lower it to stay fast.
 */
const COST = Number(process.env.RAPPORT_BCRYPT_COST ?? 12);

function prehash(password: string): string {
  return createHash('sha256').update(password, 'utf8').digest('base64');
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), COST);
}

// Verified when the e-mail is unknown, so a failed login takes as long either way.
const DUMMY_HASH = hashPassword('rapport-timing-equaliser');

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  return bcrypt.compare(prehash(password), hash ?? (await DUMMY_HASH));
}

import argon2 from 'argon2';

/** argon2id with the library's recommended defaults. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verified when the e-mail is unknown, so a failed login takes as long either way.
const DUMMY_HASH = hashPassword('rapport-timing-equaliser');

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await DUMMY_HASH), password);
  } catch {
    return false;
  }
}

// Stable pseudonyms for people: a keyed HMAC-SHA256 of the client's id with the engagement's
// secret (which never leaves the file). Stable, so a re-import of a newer export - or of our
// own pseudonymised export - finds the same person; keyed, so nobody without the engagement
// file can recompute or reverse them from a list of likely ids. Used by import and export.
import { createHmac } from 'node:crypto';
import { getSecret } from '../db/repos/engagement';
import type { ReadableDB } from '../db/types';

export const PSEUDONYM_PREFIX = 'P-';
/** 16 hex digits = 64 bits: collisions stay negligible far beyond any workforce size. */
const HEX_DIGITS = 16;
const PATTERN = new RegExp(`^${PSEUDONYM_PREFIX}[0-9a-f]{${HEX_DIGITS}}$`);

/** The pseudonym of one client id (trimmed, so " E1 " and "E1" are the same person). */
export function pseudonym(secret: Buffer, clientId: string, prefix = PSEUDONYM_PREFIX): string {
  const digest = createHmac('sha256', secret).update(clientId.trim(), 'utf8').digest('hex');
  return prefix + digest.slice(0, HEX_DIGITS);
}

/** True when the text already is one of our pseudonyms (a pseudonymised export read back). */
export const isPseudonym = (text: string): boolean => PATTERN.test(text);

/** Pseudonyms for one engagement, remembered per id: imports look the same person up many times. */
export class Pseudonymiser {
  private readonly cache = new Map<string, string>();

  constructor(private readonly secret: Buffer) {}

  static forEngagement(db: ReadableDB): Pseudonymiser {
    return new Pseudonymiser(getSecret(db));
  }

  /** Refs computed on another thread: [id, ref, id, ref, ...]. */
  feed(pairs: readonly string[]): void {
    for (let i = 0; i < pairs.length; i += 2) this.cache.set(pairs[i], pairs[i + 1]);
  }

  /** The person's ref: the id itself when it already is a pseudonym, else its HMAC. */
  refOf(clientId: string): string {
    let ref = this.cache.get(clientId);
    if (ref === undefined) {
      const id = clientId.trim();
      ref = isPseudonym(id) ? id : pseudonym(this.secret, id);
      if (this.cache.size < 2_000_000) this.cache.set(clientId, ref);
    }
    return ref;
  }
}

import { digest } from 'lib0/hash/sha256';

/**
 * Who wrote a comment or a rating, in a way another participant cannot claim. Participants are
 * not accounts: each browser keeps a random secret key, sends it when it connects (like its
 * share token), and signs its comments and ratings with the participant id derived from it.
 * The id is public (it is stored in the map); the key never is, and the server derives the id
 * itself from the key a connection presents, so nobody can write as someone else's id.
 *
 * Example: key `k3J…` (22+ characters) → id `p-9f86d081884c7d659a2feaa0c55ad015`.
 */

/** A participant's secret key: 22–64 URL-safe characters (at least 128 random bits). */
export const PARTICIPANT_KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export const isParticipantKey = (v: unknown): v is string => typeof v === 'string' && PARTICIPANT_KEY_PATTERN.test(v);

/** The public participant id of a secret key. */
export function getParticipantIdOf(key: string): string {
  const hash = digest(new TextEncoder().encode(`warrant-participant:${key}`));
  return `p-${[...hash.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A fresh secret key from 18 random bytes (`random` fills the array: crypto.getRandomValues). */
export function createParticipantKey(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

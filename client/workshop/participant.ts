import { createParticipantKey, getParticipantIdOf, isParticipantKey } from '../../core/policy/participant';
import { getUserName } from '../presence/identity';

const PARTICIPANT_KEY = 'warrant:participant-key';

/**
 * This browser's secret participant key: random, chosen once and kept in localStorage, so a
 * reload does not make the participant someone new. It is sent to the server on connecting
 * (core/policy/participant), never stored in a map.
 */
export function getParticipantKey(): string {
  let key = localStorage.getItem(PARTICIPANT_KEY);
  if (!isParticipantKey(key)) {
    key = createParticipantKey((bytes) => crypto.getRandomValues(bytes));
    localStorage.setItem(PARTICIPANT_KEY, key);
  }
  return key;
}

/**
 * This browser's participant id, for its ratings and the comments it writes: derived from its
 * key, so a re-rating replaces its own rating and, with a comment link, the server lets it
 * change what it wrote and nothing of anyone else's.
 */
export const getParticipantId = (): string => getParticipantIdOf(getParticipantKey());

/** The display name stored with ratings and scenarios ("Guest" until one is chosen). */
export const getParticipantName = (): string => getUserName() || 'Guest';

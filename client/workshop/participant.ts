import { getUserName } from '../presence/identity';

const PARTICIPANT_KEY = 'warrant:participant';

/**
 * This browser's participant id for ratings: random, chosen once and kept in localStorage, so
 * a participant re-rating replaces their own rating and a reload does not make them someone new.
 */
export function getParticipantId(): string {
  let id = localStorage.getItem(PARTICIPANT_KEY);
  if (!id || !/^p-[A-Za-z0-9]{6,40}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    id = `p-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 14)}`;
    localStorage.setItem(PARTICIPANT_KEY, id);
  }
  return id;
}

/** The display name stored with ratings and scenarios ("Guest" until one is chosen). */
export const getParticipantName = (): string => getUserName() || 'Guest';

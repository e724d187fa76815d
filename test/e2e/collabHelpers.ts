import type { Browser } from 'playwright-core';
import { type Person, type Who, arriveAs } from '../helpers/person';

export { waitForMap } from '../helpers/person';
export { addStatement, emptySpot, getViewCenter, pan } from '../helpers/canvas';

/** Participants of the collaboration tests: the name each types and the colour each picks. */
export const ADA = { name: 'Ada', color: '#e4572e', rgb: 'rgb(228, 87, 46)' };
export const BEN = { name: 'Ben', color: '#2e86ab', rgb: 'rgb(46, 134, 171)' };

/**
 * A participant in a browser context of their own (empty storage: another person, on a first
 * visit) who, when `who` is given, types their name into the name card as a person would.
 */
export function openAs(browser: Browser, url: string, who?: Who): Promise<Person> {
  return arriveAs(browser, url, who, { viewport: { width: 1300, height: 820 } });
}

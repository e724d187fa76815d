export { placeOnPage, PAPER } from './placeOnPage';

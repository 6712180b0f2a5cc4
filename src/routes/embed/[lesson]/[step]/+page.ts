// The same data as the lesson's own step page; only the chrome around the player differs.
export { entries, load } from '../../../learn/[lesson]/[step]/+page';

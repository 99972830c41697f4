export { acm } from './acm.js';

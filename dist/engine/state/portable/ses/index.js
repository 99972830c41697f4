export { ses } from './ses.js';

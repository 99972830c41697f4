export { scheduler } from './scheduler.js';

export { kms } from './kms.js';

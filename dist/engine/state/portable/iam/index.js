export { iam } from './iam.js';

export { cloudwatch } from './cloudwatch.js';

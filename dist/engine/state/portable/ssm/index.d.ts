export { ssm } from './ssm.js';

export { stepfunctions } from './stepfunctions.js';

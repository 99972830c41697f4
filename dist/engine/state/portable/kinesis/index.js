export { kinesis } from './kinesis.js';

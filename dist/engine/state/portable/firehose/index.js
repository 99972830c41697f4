export { firehose } from './firehose.js';

export { dynamodb } from './dynamodb.js';

export { secretsmanager } from './secretsmanager.js';

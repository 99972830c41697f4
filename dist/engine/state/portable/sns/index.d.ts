export { sns } from './sns.js';

export { opensearch } from './opensearch.js';

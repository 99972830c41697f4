export { apigateway } from './apigateway.js';

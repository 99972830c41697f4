export { apigatewayv2 } from './apigatewayv2.js';

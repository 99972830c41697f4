export { redshift } from './redshift.js';

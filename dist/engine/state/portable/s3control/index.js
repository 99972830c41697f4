export { s3control } from './s3control.js';

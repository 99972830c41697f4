export { transcribe } from './transcribe.js';

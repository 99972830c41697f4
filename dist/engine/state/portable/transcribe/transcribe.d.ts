import type { ServiceModule } from '../../module.js';
/** Transcribe: custom vocabularies and vocabulary filters with their language and tags (not their phrases or words). Transcription jobs are not kept. */
export declare const transcribe: ServiceModule;

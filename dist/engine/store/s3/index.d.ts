import type { StoreOpener } from '../store.js';
/** `s3://bucket/prefix?endpoint=&region=&access_key_id=&secret_access_key=&session_token=&force_path_style=` */
export declare const s3StoreOpener: StoreOpener;

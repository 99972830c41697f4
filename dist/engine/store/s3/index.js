import { requestTimeoutMs } from '../../util/request-timeout.js';
import { parseS3Url } from './s3-location.js';
/** `s3://bucket/prefix?endpoint=&region=&access_key_id=&secret_access_key=&session_token=&force_path_style=` */
export const s3StoreOpener = {
    scheme: 's3:',
    async open(url, mode, display, env) {
        // Loaded when an S3 remote is opened: the S3 client is a large part of what a command loads.
        const { S3Store } = await import('./s3-store.js');
        const store = new S3Store(parseS3Url(url, display, env), display, requestTimeoutMs(env));
        if (mode === 'write')
            await store.checkBucket();
        return store;
    },
};

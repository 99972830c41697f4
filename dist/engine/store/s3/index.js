import { requestTimeoutMs } from '../../util/http.js';
import { parseS3Url } from './s3-location.js';
import { S3Store } from './s3-store.js';
export { S3Store } from './s3-store.js';
/** `s3://bucket/prefix?endpoint=&region=&access_key_id=&secret_access_key=&session_token=&force_path_style=` */
export const s3StoreOpener = {
    scheme: 's3:',
    async open(url, mode, display, env) {
        const store = new S3Store(parseS3Url(url, display, env), display, requestTimeoutMs(env));
        if (mode === 'write')
            await store.checkBucket();
        return store;
    },
};

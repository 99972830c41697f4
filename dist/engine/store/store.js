export function isWritable(store) {
    return typeof store.push === 'function';
}
export function isManaged(store) {
    return isWritable(store) && typeof store.deleteVersion === 'function';
}
/** The view of `store` for the pod `name` (the store itself when it shares blobs across pods). */
export function podView(store, name) {
    return store.forPod ? store.forPod(name) : store;
}

export function isWritable(store) {
    return typeof store.push === 'function';
}
export function isManaged(store) {
    return isWritable(store) && typeof store.deleteVersion === 'function';
}

import { UnsafePathError } from '../../errors.js';
/**
 * Refuses archive entry names that could escape a directory if anyone extracted them: absolute
 * paths, drive letters, backslashes and `..` segments. A pod file holding one is not read at all.
 */
export function checkEntryPath(name) {
    const segments = name.split('/');
    if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\0') || segments.some((segment) => segment === '..')) {
        throw new UnsafePathError(`Refusing pod file: entry "${name}" would escape its directory.`);
    }
    return name;
}

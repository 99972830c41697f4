import { describe, expect, it } from 'vitest';
import { trustworthy, validatorOf, type ListedObject } from './listing.js';

const written = new Date('2026-05-04T10:00:00.000Z');
const listed: ListedObject = { key: 'k', size: 5, etag: '"abc"', lastModified: written };
const read = { ETag: '"abc"', ContentLength: 5, LastModified: written };
const at = (iso: string) => Date.parse(iso);

describe('an S3 object listing as a validator', () => {
  it('names ETag, size and LastModified to the second', () => {
    expect(validatorOf(listed)).toBe(`"abc"|5|${written.getTime() / 1000}`);
    expect(validatorOf({ ...listed, lastModified: new Date('2026-05-04T10:00:00.999Z') })).toBe(validatorOf(listed));
    expect(validatorOf({ key: 'k', size: 5 })).toBeUndefined();
  });

  it('is trusted for an object written two seconds or more before capture began', () => {
    expect(trustworthy(listed, read, at('2026-05-04T10:00:02Z'))).toBe(true);
    expect(trustworthy(listed, read, at('2026-05-04T11:00:00Z'))).toBe(true);
  });

  it('is not trusted for an object written within the two seconds before capture began (racily clean)', () => {
    expect(trustworthy(listed, read, at('2026-05-04T10:00:01.999Z'))).toBe(false);
    expect(trustworthy(listed, read, at('2026-05-04T10:00:00Z'))).toBe(false);
  });

  it('is not trusted when the object changed between the listing and the read, or the instance has no clock', () => {
    const later = at('2026-05-04T11:00:00Z');
    expect(trustworthy(listed, { ...read, ETag: '"def"' }, later)).toBe(false);
    expect(trustworthy(listed, { ...read, ContentLength: 6 }, later)).toBe(false);
    expect(trustworthy(listed, { ...read, LastModified: new Date('2026-05-04T10:00:01Z') }, later)).toBe(false);
    expect(trustworthy(listed, read, undefined)).toBe(false);
  });
});

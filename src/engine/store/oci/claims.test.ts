import { describe, expect, it } from 'vitest';
import { digestOf } from '../../pod/digest.js';
import { claimedVersion, claimsOn, EMPTY_CONFIG, EMPTY_CONFIG_BYTES, isStale, newClaim, STALE_CLAIM_SECONDS } from './claims.js';

describe('version claims', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  const seconds = now.getTime() / 1000;

  it('are unique manifests with tags that name their version and time', () => {
    const [a, b] = [newClaim(7, now), newClaim(7, now)];
    expect(a.tag).toMatch(new RegExp(`^claim-7-${seconds}-[0-9a-f]{16}$`));
    expect(a.tag).not.toBe(b.tag);
    expect(a.descriptor.digest).not.toBe(b.descriptor.digest);
    expect(a.descriptor).toEqual({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(a.bytes), size: a.bytes.length });
    expect(JSON.parse(a.bytes.toString()).config).toEqual(EMPTY_CONFIG);
    expect(digestOf(EMPTY_CONFIG_BYTES)).toBe(EMPTY_CONFIG.digest);
  });

  it('are told apart from versions and other tags', () => {
    expect(claimedVersion(newClaim(12, now).tag)).toBe(12);
    for (const tag of ['12', 'latest', 'claim-12', 'claim-12-1-abc', `claim-x-${seconds}-0123456789abcdef`])
      expect(claimedVersion(tag)).toBeUndefined();
  });

  it('on one version are listed in a fixed order, without those of other versions or left by killed writers', () => {
    const live = [newClaim(3, now), newClaim(3, new Date(now.getTime() - 60_000))].map((c) => c.tag);
    const killed = newClaim(3, new Date(now.getTime() - (STALE_CLAIM_SECONDS + 1) * 1000)).tag;
    const tags = ['1', '2', newClaim(4, now).tag, killed, ...live];
    expect(claimsOn(tags, 3, seconds)).toEqual([...live].sort());
    expect(claimsOn([...tags].reverse(), 3, seconds)).toEqual([...live].sort());
    expect(isStale(killed, seconds)).toBe(true);
    expect(isStale(live[1]!, seconds)).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { PodRecord, ServiceContext } from '../../module.js';
import { Batches, sendUntilDone } from './batches.js';
import { isUnimplemented } from './errors.js';
import { recordKind } from './records.js';
import { on, restoreContainers, restoreRecords } from './restore.js';
import { replaceTags } from './tags.js';

/** A context that notes what a module reports. */
function reportingContext() {
  const restored: string[] = [];
  const failed: [string, string][] = [];
  const context = {
    progress: (label: string) => restored.push(label),
    fail: (label: string, error: unknown) => failed.push([label, (error as Error).message]),
    warn: () => undefined,
  } as unknown as ServiceContext;
  return { context, restored, failed };
}

async function* podRecords(...records: [string, string, Record<string, unknown>][]): AsyncGenerator<PodRecord> {
  for (const [type, id, data] of records) yield { type, id, data };
}

type Bucket = { name: string };
type Item = { bucket: string; key: string };
const BUCKET = recordKind<Bucket>('bucket', 'storage bucket');
const ITEM = recordKind<Item>('item');

describe('record kinds', () => {
  it('label resources with their noun, by default their type with dashes as spaces', () => {
    expect(BUCKET.label('a')).toBe('storage bucket a');
    expect(recordKind('event-source-mapping').label('m')).toBe('event source mapping m');
  });
});

describe('restoreRecords', () => {
  it('restores each record by its kind, reports each once, and goes on after a failure', async () => {
    const { context, restored, failed } = reportingContext();
    const seen: string[] = [];
    await restoreRecords(
      context,
      podRecords(['bucket', 'a', { name: 'a' }], ['bucket', 'b', { name: 'b' }], ['other', 'x', {}], ['item', 'a/1', { bucket: 'a', key: '1' }]),
      1,
      on(BUCKET, async (bucket) => {
        if (bucket.name === 'b') throw new Error('refused');
        seen.push(bucket.name);
      }),
      on(ITEM, async (item) => void seen.push(`${item.bucket}/${item.key}`)),
    );
    expect(seen).toEqual(['a', 'a/1']);
    expect(restored).toEqual(['storage bucket a', 'item a/1']);
    expect(failed).toEqual([
      ['storage bucket b', 'refused'],
      ['other x', 'The pod holds a record of type "other", which this module does not restore.'],
    ]);
  });
});

describe('restoreContainers', () => {
  const plan = (written: string[]) => ({
    container: BUCKET,
    content: ITEM,
    containerOf: (item: Item) => item.bucket,
    restoreContainer: async (bucket: Bucket) => {
      if (bucket.name === 'bad') throw new Error('no bucket');
      written.push(bucket.name);
      return `arn:${bucket.name}`;
    },
    restoreContent: async (item: Item, arn: string | undefined) => void written.push(`${arn ?? 'none'}/${item.key}`),
    concurrency: 4,
  });

  it('skips the contents of a container that failed, and writes contents whose container the records do not hold', async () => {
    const { context, restored, failed } = reportingContext();
    const written: string[] = [];
    await restoreContainers(
      context,
      podRecords(
        ['item', 'kept/0', { bucket: 'kept', key: '0' }],
        ['bucket', 'bad', { name: 'bad' }],
        ['item', 'bad/1', { bucket: 'bad', key: '1' }],
        ['bucket', 'good', { name: 'good' }],
        ['item', 'good/2', { bucket: 'good', key: '2' }],
      ),
      plan(written),
    );
    expect(written).toEqual(['none/0', 'good', 'arn:good/2']);
    expect(restored).toEqual(['item kept/0', 'storage bucket good', 'item good/2']);
    expect(failed).toEqual([['storage bucket bad', 'no bucket']]);
  });

  it('in batching mode finishes each container after its contents, and refuses contents that come after another container', async () => {
    const { context, failed } = reportingContext();
    const written: string[] = [];
    await restoreContainers(
      context,
      podRecords(
        ['item', 'loose/0', { bucket: 'loose', key: '0' }],
        ['bucket', 'a', { name: 'a' }],
        ['item', 'a/1', { bucket: 'a', key: '1' }],
        ['bucket', 'b', { name: 'b' }],
        ['item', 'a/2', { bucket: 'a', key: '2' }],
      ),
      { ...plan(written), finish: async (arn: string | undefined) => void written.push(`finish ${arn ?? 'loose'}`) },
    );
    expect(written).toEqual(['none/0', 'finish loose', 'a', 'arn:a/1', 'finish arn:a', 'b', 'finish arn:b']);
    expect(failed).toEqual([['item a/2', 'It is not among the records that follow storage bucket a in the pod.']]);
  });
});

describe('Batches', () => {
  it('sends batches as full as the limits allow, starting a new one for another target', async () => {
    const sent: string[] = [];
    const batches = new Batches<string>({ entries: 3, bytes: 10 }, async (batch, target) => void sent.push(`${target}:${batch.join('')}`));
    for (const [entry, bytes, target] of [
      ['a', 1, 't'],
      ['b', 1, 't'],
      ['c', 1, 't'],
      ['d', 1, 't'],
      ['e', 8, 't'],
      ['f', 9, 't'],
      ['g', 1, 'u'],
    ] as const) {
      await batches.add(entry, bytes, target);
    }
    await batches.flush();
    expect(sent).toEqual(['t:abc', 't:de', 't:f', 'u:g']);
  });

  it('keeps several batches in flight when asked, and waits for all of them on flush', async () => {
    let inFlight = 0;
    let most = 0;
    const batches = new Batches<number>({ entries: 1, inFlight: 3 }, async () => {
      most = Math.max(most, (inFlight += 1));
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight -= 1;
    });
    for (let i = 0; i < 10; i += 1) await batches.add(i);
    await batches.flush();
    expect(most).toBe(3);
    expect(inFlight).toBe(0);
  });
});

describe('sendUntilDone', () => {
  it('sends again what the service left undone until nothing is left', async () => {
    const calls: number[][] = [];
    await sendUntilDone(
      [1, 2, 3],
      async (batch) => {
        calls.push([...batch]);
        return batch.slice(1);
      },
      (n) => `${n} left`,
    );
    expect(calls).toEqual([[1, 2, 3], [2, 3], [3]]);
  });

  it('gives up with a message after ten retries, with backoff between them', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const sending = sendUntilDone(
        [1],
        async (batch) => ((calls += 1), batch),
        (n) => `${n} item(s) stayed unprocessed`,
      );
      const outcome = expect(sending).rejects.toThrow('1 item(s) stayed unprocessed');
      await vi.runAllTimersAsync();
      await outcome;
      expect(calls).toBe(11);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('replaceTags', () => {
  it('removes the keys the pod lacks and sets the pod tags, and sets none when the pod has none', async () => {
    const calls: string[] = [];
    const tagging = { untag: async (keys: string[]) => void calls.push(`untag ${keys.join(',')}`), tag: async () => void calls.push('tag') };
    await replaceTags(['a', 'b', 'c'], ['b', 'd'], tagging);
    await replaceTags(['a'], [], tagging);
    await replaceTags([], [], tagging);
    expect(calls).toEqual(['untag a,c', 'tag', 'untag a']);
  });
});

describe('isUnimplemented', () => {
  it('knows a service MiniStack does not serve, and a 500 an older SDK release leaves out of $metadata', () => {
    expect(isUnimplemented({ name: '400', $metadata: { httpStatusCode: 400 }, error: 'Unsupported service: route53resolver' })).toBe(true);
    expect(isUnimplemented({ name: 'SyntaxError', $metadata: {}, $response: { statusCode: 500 }, message: 'Deserialization error' })).toBe(true);
    expect(isUnimplemented({ name: 'ValidationException', $metadata: { httpStatusCode: 400 }, message: 'bad input' })).toBe(false);
  });
});

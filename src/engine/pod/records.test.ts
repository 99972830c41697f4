import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { CorruptPodError } from '../errors.js';
import { digestOf, type Digest } from './digest.js';
import { decodeRecords, RecordLayerWriter, type StoredRecord } from './records.js';
import { gzipSync } from 'node:zlib';

async function encode(records: StoredRecord[]): Promise<Buffer> {
  const writer = new RecordLayerWriter((content) => buffer(content));
  for (const record of records) await writer.write(record);
  return (await writer.finish()).stored!;
}

const records: StoredRecord[] = [
  { type: 'bucket', id: 'b', data: { name: 'b', region: 'us-east-1' } },
  { type: 'object', id: 'b/k', data: { key: 'k', bucket: 'b' }, payload: { size: 2, inline: 'aGk=' } },
];

describe('state layers', () => {
  it('are byte-identical for the same records, whatever the key order', async () => {
    const reordered: StoredRecord[] = [
      { id: 'b', type: 'bucket', data: { region: 'us-east-1', name: 'b' } },
      { payload: { inline: 'aGk=', size: 2 }, data: { bucket: 'b', key: 'k' }, id: 'b/k', type: 'object' },
    ];
    expect((await encode(records)).equals(await encode(reordered))).toBe(true);
  });

  it('are compressed only when their records differ from those of the layer they are compared with', async () => {
    const write = async (list: StoredRecord[], unless?: Digest) => {
      let sinkCalls = 0;
      const writer = new RecordLayerWriter((content) => {
        sinkCalls += 1;
        return buffer(content);
      }, unless);
      for (const record of list) await writer.write(record);
      return { ...(await writer.finish()), sinkCalls };
    };
    const streamed = await write(records);
    expect(streamed.count).toBe(2);

    const unchanged = await write(records, streamed.recordsDigest);
    expect(unchanged).toEqual({ recordsDigest: streamed.recordsDigest, count: 2, sinkCalls: 0 });

    const changed = await write(records.slice(0, 1), streamed.recordsDigest);
    expect(changed.sinkCalls).toBe(1);
    expect(changed.recordsDigest).not.toBe(streamed.recordsDigest);
    expect(changed.stored!.equals(await encode(records.slice(0, 1)))).toBe(true);
    const spooled = await write(records, digestOf('other records'));
    expect(spooled.stored!.equals(streamed.stored!)).toBe(true);
  });

  it('decode back to the records', async () => {
    const decoded = [];
    for await (const r of decodeRecords(Readable.from([await encode(records)]), 'test')) decoded.push(r);
    expect(decoded).toEqual(records);
  });

  it('decode records longer than a decompressed chunk, with characters cut between chunks', async () => {
    // Decompressed chunks are 16 KiB; of two boundaries 16 KiB apart inside a run of 3-byte
    // characters, at least one cuts a character.
    const long: StoredRecord[] = [
      { type: 'object', id: 'b/große Datei', data: { note: '✓'.repeat(20_000) }, payload: { size: 300_000, inline: 'QUJD'.repeat(100_000) } },
      { type: 'object', id: 'b/k2', data: { key: '日本' } },
    ];
    const decoded = [];
    for await (const r of decodeRecords(Readable.from([await encode(long)]), 'test')) decoded.push(r);
    expect(decoded).toEqual(long);
  });

  it('decode a last line without a newline, and skip empty lines', async () => {
    const text = '{"data":{},"id":"a","type":"t"}\n\n{"data":{},"id":"b","type":"t"}';
    const decoded = [];
    for await (const r of decodeRecords(Readable.from([gzipSync(text)]), 'test')) decoded.push(r.id);
    expect(decoded).toEqual(['a', 'b']);
  });

  it('refuse lines that are not records', async () => {
    const bad = gzipSync('{"type":"bucket","id":"b","data":{}}\nnot json\n');
    const read = async () => {
      for await (const _ of decodeRecords(Readable.from([bad]), 'test layer')) {
        // consume
      }
    };
    await expect(read()).rejects.toThrow(CorruptPodError);
    await expect(read()).rejects.toThrow('test layer: line 2 is not valid JSON.');
  });
});

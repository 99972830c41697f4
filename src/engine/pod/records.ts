import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { CorruptPodError, PodsError } from '../errors.js';
import { isDigest, type Digest } from './digest.js';
import { canonicalJson } from './manifest.js';
import { PRIVATE_FILE_MODE, privateTempDir } from '../util/private-temp.js';

/**
 * A payload as a record carries it: inline (base64) when small, else a reference to a payload
 * blob of the same pod. Inlining keeps a pod of 100,000 small objects at a handful of layers;
 * large payloads as blobs of their own are stored and uploaded once however often they are saved.
 */
export type PayloadRef = { readonly size: number; readonly inline: string } | { readonly size: number; readonly digest: Digest };

/** One resource of a service, as one line of a state layer. */
export interface StoredRecord {
  /** The kind of resource within its service: `bucket`, `object`, `queue`… */
  readonly type: string;
  /** The resource's identity within its type and scope (name, key, ARN). */
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly payload?: PayloadRef;
}

/** A record's identity within its layer, as one string, for maps. */
export function recordKey(type: string, id: string): string {
  return `${type}\0${id}`;
}

/** Payloads up to this size are inlined in their record. */
export const INLINE_PAYLOAD_LIMIT = 256 * 1024;

const NEWLINE = 0x0a;
const GZIP_LEVEL = 6;

/** What a finished layer came to. */
export interface FinishedLayer<R> {
  /** What the sink made of the compressed layer; undefined when it was not stored (see `unless`). */
  readonly stored?: R;
  /** The digest of the uncompressed records: equal records give an equal digest. */
  readonly recordsDigest: Digest;
  readonly count: number;
}

/**
 * Writes records as gzip-compressed JSON lines (canonical JSON) into `sink`. Node's gzip writes
 * no timestamp, so the same records always give the same bytes, and so the same digest.
 *
 * With `unless`, the records digest of an earlier layer, lines are spooled to a temporary file
 * and compressed only if they differ from that layer's: compressing costs far more than
 * hashing, and most layers of a save are unchanged since the one before.
 */
export class RecordLayerWriter<R> {
  private readonly hash = createHash('sha256');
  private readonly out: Writable;
  /** The sink's result (streaming), or the spool file's end (spooling). */
  private readonly done: Promise<unknown>;
  private readonly spool?: string;
  count = 0;

  constructor(
    private readonly sink: (content: Readable) => Promise<R>,
    private readonly unless?: Digest,
  ) {
    if (unless) {
      this.spool = join(privateTempDir(), `layer-${randomUUID()}`);
      this.out = createWriteStream(this.spool, { flags: 'wx', mode: PRIVATE_FILE_MODE });
      this.done = finished(this.out);
    } else {
      const gzip = createGzip({ level: GZIP_LEVEL });
      this.out = gzip;
      this.done = sink(gzip);
    }
    this.done.catch(() => undefined);
  }

  async write(record: StoredRecord): Promise<void> {
    this.count += 1;
    const line = Buffer.concat([canonicalJson(record), Buffer.from('\n')]);
    this.hash.update(line);
    if (!this.out.write(line)) await Promise.race([once(this.out, 'drain'), this.done]);
  }

  /** Ends the layer. */
  async finish(): Promise<FinishedLayer<R>> {
    this.out.end();
    const recordsDigest: Digest = `sha256:${this.hash.digest('hex')}`;
    const result = { recordsDigest, count: this.count };
    if (!this.spool) return { ...result, stored: (await this.done) as R };
    try {
      await this.done;
      if (recordsDigest === this.unless) return result;
      const gzip = createGzip({ level: GZIP_LEVEL });
      const stored = this.sink(gzip);
      await Promise.all([pipeline(createReadStream(this.spool), gzip), stored]);
      return { ...result, stored: await stored };
    } finally {
      await rm(this.spool, { force: true });
    }
  }

  /** Drops the layer after a failure elsewhere. */
  abort(error: Error): void {
    this.out.destroy(error);
    if (this.spool) void rm(this.spool, { force: true });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPayloadRef(value: unknown): value is PayloadRef {
  if (!isObject(value) || !Number.isSafeInteger(value.size) || (value.size as number) < 0) return false;
  return typeof value.inline === 'string' || (typeof value.digest === 'string' && isDigest(value.digest));
}

function parseRecord(line: string, n: number, what: string): StoredRecord {
  let record: StoredRecord;
  try {
    record = JSON.parse(line) as StoredRecord;
  } catch (error) {
    throw new CorruptPodError(`${what}: line ${n} is not valid JSON.`, { cause: error });
  }
  if (typeof record.type !== 'string' || typeof record.id !== 'string' || !isObject(record.data)) {
    throw new CorruptPodError(`${what}: line ${n} is not a state record.`);
  }
  if (record.payload !== undefined && !isPayloadRef(record.payload)) {
    throw new CorruptPodError(`${what}: line ${n} (${record.type} ${record.id}) has a payload that is neither inline nor a blob reference.`);
  }
  return record;
}

/**
 * Bounds on what decoding a layer may cost, whatever the layer claims: a crafted layer of a
 * few MB can expand to gigabytes, in one line or many.
 */
export const LAYER_LIMITS = {
  /**
   * One record, decompressed. The largest real ones are a DynamoDB item (400 KB), an inlined
   * payload (256 KiB as base64) and documents such as policies, templates and state machine
   * definitions (a few MB); this is far above them and far below what exhausts memory.
   */
  recordBytes: 64 * 1024 * 1024,
  /**
   * Decompressed bytes per compressed byte, once a layer has expanded past `expansionFloor`.
   * JSON records compress 5 to 50 times; gzip's own limit is about 1,000.
   */
  expansion: 250,
  expansionFloor: 256 * 1024 * 1024,
} as const;

function tooLarge(what: string, limit: string): CorruptPodError {
  return new CorruptPodError(`${what}: ${limit}. The pod was not made by localstack-pods or was altered; nothing was loaded from it.`);
}

/**
 * The records of a layer. Lines are split on the decompressed bytes rather than by `readline`:
 * readline decodes every chunk to a string and joins those into each line, so a record with an
 * inlined payload of 256 KiB was copied three times as strings; here it is decoded once. A
 * layer that breaks `LAYER_LIMITS`, or is not gzip, fails as a corrupt pod.
 */
export async function* decodeRecords(layer: Readable, what: string): AsyncGenerator<StoredRecord> {
  const gunzip = createGunzip();
  let compressed = 0;
  layer.on('data', (chunk: Buffer) => (compressed += chunk.length));
  layer.on('error', (error) => gunzip.destroy(error));
  layer.pipe(gunzip);
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let expanded = 0;
  let n = 0;
  const line = (bytes: Buffer): StoredRecord | undefined => {
    n += 1;
    return bytes.length === 0 ? undefined : parseRecord(bytes.toString('utf8'), n, what);
  };
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      expanded += chunk.length;
      if (expanded > LAYER_LIMITS.expansionFloor && expanded > LAYER_LIMITS.expansion * compressed) {
        throw tooLarge(what, `it expands more than ${LAYER_LIMITS.expansion} times`);
      }
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, end);
        const record = line(partial.length === 0 ? piece : Buffer.concat([...partial, piece]));
        partial = [];
        partialBytes = 0;
        start = end + 1;
        if (record) yield record;
      }
      if (start < chunk.length) {
        partial.push(chunk.subarray(start));
        partialBytes += chunk.length - start;
        if (partialBytes > LAYER_LIMITS.recordBytes) throw tooLarge(what, `line ${n + 1} is longer than ${LAYER_LIMITS.recordBytes} bytes`);
      }
    }
    const last = partial.length === 0 ? undefined : line(Buffer.concat(partial));
    if (last) yield last;
  } catch (error) {
    if (error instanceof PodsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) throw new CorruptPodError(`${what} is not gzip-compressed records (${(error as Error).message}).`, { cause: error });
    throw error;
  } finally {
    // A reader that stops early (a failure, or a consumer done before the end) leaves the
    // layer's file open until garbage collection otherwise.
    gunzip.destroy();
    layer.destroy();
  }
}

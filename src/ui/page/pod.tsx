import { useState } from 'preact/hooks';
import type { LoadResult, PodVersionInfo, VersionDiff } from '../../engine/index.js';
import { call, follow, remoteQuery, type Job } from './client.js';
import { Alert, Confirm, formatBytes, messageOf, Progress, Show, Table, useLoaded } from './shared.js';

const STRATEGIES = [
  ['account-region-merge', "each (service, account, region) in the pod becomes the pod's; the rest stays"],
  ['merge', "each service in the pod becomes the pod's; other services stay"],
  ['deep-merge', "resources are merged one by one, the pod's version wins; nothing is deleted"],
  ['overwrite', 'the instance becomes exactly the pod; everything else is reset'],
] as const;

function total(resources: Readonly<Record<string, number>>): number {
  return Object.values(resources).reduce((a, b) => a + b, 0);
}

function source(v: PodVersionInfo): string {
  const s = v.config.source;
  return [s.brand, s.edition, s.version].filter(Boolean).join(' ');
}

interface Inspected {
  readonly name: string;
  readonly version: number;
  readonly layers: { service: string; account: string; region: string; resources: number; size: number }[];
  readonly payloads: { blobs: number; bytes: number };
  readonly config: PodVersionInfo['config'];
}

/** A version's layers per service, and its accounts and regions with their resource counts. */
export function VersionDetails({ remote, name, version }: { remote?: string; name: string; version: number }) {
  const [loaded] = useLoaded(
    () => call<Inspected>('GET', `/pods/${encodeURIComponent(name)}/${version}${remoteQuery(remote)}`),
    [remote, name, version],
  );
  return (
    <section aria-label={`Details of ${name}:${version}`}>
      <h3>
        Details of {name}:{version}
      </h3>
      <Show loaded={loaded}>
        {(pod) => {
          const scopes = new Map<string, number>();
          for (const l of pod.layers) scopes.set(`${l.account} ${l.region}`, (scopes.get(`${l.account} ${l.region}`) ?? 0) + l.resources);
          return (
            <>
              <Table
                caption="Layers per service"
                head={['Service', 'Account', 'Region', 'Resources', 'Size']}
                numeric={[3, 4]}
                rows={pod.layers.map((l) => [l.service, l.account, l.region, String(l.resources), formatBytes(l.size)])}
              />
              <Table
                caption="Accounts and regions"
                head={['Account', 'Region', 'Resources']}
                numeric={[2]}
                rows={[...scopes].map(([scope, n]) => [...scope.split(' '), String(n)])}
              />
              <p class="muted">
                Payload blobs: {pod.payloads.blobs} ({formatBytes(pod.payloads.bytes)})
              </p>
            </>
          );
        }}
      </Show>
    </section>
  );
}

/** What changed from one version to another, per service. */
export function DiffView({ remote, name, from, to }: { remote?: string; name: string; from: number; to: number }) {
  const [loaded] = useLoaded(
    () => call<VersionDiff>('GET', `/diff${remoteQuery(remote, { name, from: String(from), to: String(to) })}`),
    [remote, name, from, to],
  );
  return (
    <section aria-label={`Diff of ${name} ${from} to ${to}`}>
      <h3>
        From version {from} to version {to}
      </h3>
      <Show loaded={loaded}>
        {(diff) =>
          diff.services.length === 0 ? (
            <p>The two versions hold the same resources.</p>
          ) : (
            <Table
              caption="Resources created, changed and removed per service"
              head={['Service', 'Change', 'Type', 'Id', 'Account', 'Region']}
              rows={diff.services.flatMap((s) =>
                (['created', 'changed', 'removed'] as const).flatMap((kind) =>
                  s[kind].map((r) => [s.service, kind, r.type, r.id, r.account, r.region]),
                ),
              )}
            />
          )
        }
      </Show>
    </section>
  );
}

/** Loads a version into the instance: strategy, a dry-run preview first, then Load, its progress and result. */
export function LoadPanel({
  remote,
  name,
  version,
  encrypted,
  onClose,
}: {
  remote?: string;
  name: string;
  version: number;
  encrypted: boolean;
  onClose: () => void;
}) {
  const [strategy, setStrategy] = useState('account-region-merge');
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Job<LoadResult>>();
  const [job, setJob] = useState<Job<LoadResult>>();
  const [error, setError] = useState<string>();
  const ref = `${name}:${version}`;
  async function run(dryRun: boolean) {
    setError(undefined);
    try {
      const started = await call<Job<LoadResult>>('POST', '/load', { remote, ref, strategy, dryRun, ...(passphrase ? { passphrase } : {}) });
      await follow(started, dryRun ? setPreview : setJob);
    } catch (e) {
      setError(messageOf(e));
    }
  }
  const planned = preview?.state === 'done' ? (preview.result?.planned ?? []) : undefined;
  return (
    <section aria-label={`Load ${ref}`}>
      <h3>Load {ref} into the instance</h3>
      <label>
        Strategy
        <select
          value={strategy}
          onChange={(e) => {
            setStrategy((e.target as HTMLSelectElement).value);
            setPreview(undefined);
          }}
        >
          {STRATEGIES.map(([value, meaning]) => (
            <option value={value}>
              {value}: {meaning}
            </option>
          ))}
        </select>
      </label>
      {encrypted && (
        <label>
          Passphrase (the version is encrypted; a key file the server was given opens it too)
          <input type="password" autoComplete="off" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <p>
        <button type="button" onClick={() => run(true)} disabled={preview?.state === 'running' || job?.state === 'running'}>
          Preview
        </button>{' '}
        <button type="button" onClick={() => run(false)} disabled={!planned || job?.state === 'running'}>
          Load
        </button>{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
      {preview?.state === 'running' && <Progress events={preview.progress} />}
      {preview?.state === 'failed' && <Alert>Preview failed: {preview.error?.message}</Alert>}
      {planned && (
        <Table
          caption={`Loading ${ref} with ${strategy} would create ${planned.filter((c) => c.action === 'create').length}, change ${planned.filter((c) => c.action === 'change').length} and delete ${planned.filter((c) => c.action === 'delete').length} resource(s)`}
          head={['Action', 'Service', 'Account', 'Region', 'Type', 'Id']}
          rows={planned.map((c) => [c.action, c.service, c.account, c.region, c.type, c.id])}
        />
      )}
      {job && job.state === 'running' && <Progress events={job.progress} />}
      {job?.state === 'done' && job.result && (
        <p role="status">
          Loaded {ref} into {job.result.target.endpoint} ({job.result.target.brand}): {total(job.result.resources)} resource(s) of{' '}
          {job.result.services.join(', ') || 'no service'}.
          {job.result.warnings.length > 0 &&
            ` ${job.result.warnings.length} warning(s): ${job.result.warnings.map((w) => `${w.service} ${w.resource}: ${w.message}`).join('; ')}`}
        </p>
      )}
      {job?.state === 'failed' && <Alert>The instance rejected the load: {job.error?.message}</Alert>}
      {error && <Alert>{error}</Alert>}
    </section>
  );
}

type Panel = { kind: 'details'; version: number } | { kind: 'load'; version: number } | { kind: 'diff'; from: number; to: number };

/** A pod: its versions with their metadata, and what can be done with each. */
export function PodView({ remote, name, onBack }: { remote?: string; name: string; onBack: () => void }) {
  const [loaded, reload] = useLoaded(
    () => call<{ versions: PodVersionInfo[] }>('GET', `/pods/${encodeURIComponent(name)}${remoteQuery(remote)}`),
    [remote, name],
  );
  const [panel, setPanel] = useState<Panel>();
  const [deleting, setDeleting] = useState<number>();
  const [notice, setNotice] = useState<string>();
  async function remove(version: number) {
    setDeleting(undefined);
    setPanel(undefined);
    try {
      const result = await call<{ freedBytes: number }>('DELETE', `/pods/${encodeURIComponent(name)}/${version}${remoteQuery(remote)}`);
      setNotice(`Deleted ${name}:${version} (${formatBytes(result.freedBytes)} freed).`);
    } catch (e) {
      setNotice(messageOf(e));
    }
    reload();
  }
  function diff(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    setPanel({ kind: 'diff', from: Number(form.get('from')), to: Number(form.get('to')) });
  }
  return (
    <>
      <p>
        <button type="button" onClick={onBack}>
          All pods
        </button>
      </p>
      <h2>Pod {name}</h2>
      {notice && <p role="status">{notice}</p>}
      <Show loaded={loaded}>
        {({ versions }) => (
          <>
            <Table
              caption="Versions, oldest first"
              head={['Version', 'Created', 'Message', 'Source', 'Services', 'Resources', 'Size', 'Encrypted', '']}
              numeric={[0, 5, 6]}
              rows={versions.map((v) => [
                String(v.version),
                v.created,
                v.message,
                source(v),
                v.config.services.join(', ') || '-',
                String(total(v.config.resources)),
                formatBytes(v.size),
                v.encryptedFor === undefined
                  ? 'no'
                  : v.encryptedFor === 'passphrase'
                    ? 'with a passphrase'
                    : `for ${v.encryptedFor.length} recipient(s)`,
                <>
                  <button
                    type="button"
                    aria-label={`Details of version ${v.version}`}
                    onClick={() => setPanel({ kind: 'details', version: v.version })}
                  >
                    Details
                  </button>{' '}
                  <button type="button" aria-label={`Load version ${v.version}`} onClick={() => setPanel({ kind: 'load', version: v.version })}>
                    Load
                  </button>{' '}
                  <button type="button" class="danger" aria-label={`Delete version ${v.version}`} onClick={() => setDeleting(v.version)}>
                    Delete
                  </button>
                </>,
              ])}
            />
            {versions.length > 1 && (
              <form onSubmit={diff} aria-label="Compare versions">
                <label>
                  From version
                  <select name="from">
                    {versions.map((v, i) => (
                      <option value={v.version} selected={i === versions.length - 2}>
                        {v.version}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  To version
                  <select name="to">
                    {versions.map((v, i) => (
                      <option value={v.version} selected={i === versions.length - 1}>
                        {v.version}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit">Diff</button>
              </form>
            )}
          </>
        )}
      </Show>
      {panel?.kind === 'details' && <VersionDetails remote={remote} name={name} version={panel.version} />}
      {panel?.kind === 'diff' && <DiffView remote={remote} name={name} from={panel.from} to={panel.to} />}
      {panel?.kind === 'load' && loaded.state === 'ok' && (
        <LoadPanel
          remote={remote}
          name={name}
          version={panel.version}
          encrypted={loaded.value.versions.find((v) => v.version === panel.version)?.encryptedFor !== undefined}
          onClose={() => setPanel(undefined)}
        />
      )}
      {deleting !== undefined && (
        <Confirm
          title={`Delete version ${name}:${deleting}?`}
          confirm={`Delete ${name}:${deleting}`}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        >
          <p>
            Version {deleting} of <strong>{name}</strong> goes, and the blobs no other version uses are freed. This cannot be undone.
          </p>
        </Confirm>
      )}
    </>
  );
}

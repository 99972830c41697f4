import { useState } from 'preact/hooks';
import type { PodSummary, SaveResult, StorageUse } from '../../engine/index.js';
import { call, follow, remoteQuery, type Job } from './client.js';
import { Alert, Confirm, formatBytes, messageOf, Progress, Show, Table, useLoaded } from './shared.js';

interface PodsAnswer {
  readonly remote: string;
  readonly pods: PodSummary[];
  readonly usage: StorageUse;
}

/** Stored against referenced bytes, as two bars: what deduplication saves is the difference. */
function UsageChart({ usage }: { usage: StorageUse }) {
  const max = Math.max(usage.referencedBytes, 1);
  const width = (bytes: number) => Math.max(2, Math.round((bytes / max) * 300));
  return (
    <svg
      class="chart"
      role="img"
      aria-label={`Stored ${formatBytes(usage.storedBytes)} of ${formatBytes(usage.referencedBytes)} referenced`}
      width="420"
      height="44"
    >
      <rect class="referenced" x="110" y="2" height="16" width={width(usage.referencedBytes)} />
      <text x="0" y="15">
        referenced
      </text>
      <rect class="stored" x="110" y="24" height="16" width={width(usage.storedBytes)} />
      <text x="0" y="37">
        stored
      </text>
    </svg>
  );
}

function Usage({ usage }: { usage: StorageUse }) {
  const saved = usage.referencedBytes - usage.storedBytes;
  return (
    <section aria-label="Storage use">
      <p>
        {usage.pods} pod(s), {usage.versions} version(s): <strong>{formatBytes(usage.storedBytes)}</strong> stored for{' '}
        {formatBytes(usage.referencedBytes)} the versions reference; deduplication saves {formatBytes(saved)}
        {usage.referencedBytes > 0 ? ` (${Math.round((saved / usage.referencedBytes) * 100)}%)` : ''}.
      </p>
      <UsageChart usage={usage} />
    </section>
  );
}

/** Saves the instance's state as a new pod, or the next version of one, with a message and services. */
export function SaveForm({
  remote,
  pods,
  services,
  onSaved,
}: {
  remote?: string;
  pods: readonly string[];
  services: readonly string[];
  onSaved: () => void;
}) {
  const [job, setJob] = useState<Job<SaveResult>>();
  const [error, setError] = useState<string>();
  const running = job?.state === 'running';
  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const chosen = form.getAll('service').map(String);
    setError(undefined);
    try {
      const started = await call<Job<SaveResult>>('POST', '/save', {
        remote,
        name: String(form.get('name') ?? ''),
        message: String(form.get('message') ?? ''),
        ...(chosen.length > 0 ? { services: chosen.join(',') } : {}),
      });
      const ended = await follow(started, setJob);
      if (ended.state === 'done') onSaved();
    } catch (e) {
      setError(messageOf(e));
    }
  }
  return (
    <section aria-labelledby="save-title">
      <h2 id="save-title">Save the instance's state</h2>
      <form onSubmit={submit}>
        <label>
          Pod name
          <input name="name" required list="pod-names" pattern="[a-z0-9][a-z0-9._\-]{0,127}" title="lower-case letters, digits, . _ and -" />
          <datalist id="pod-names">
            {pods.map((p) => (
              <option value={p} />
            ))}
          </datalist>
        </label>
        <label>
          Message
          <input name="message" />
        </label>
        <fieldset>
          <legend>Services (none checked: all)</legend>
          <div class="services">
            {services.map((s) => (
              <label class="inline">
                <input type="checkbox" name="service" value={s} /> {s}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={running}>
          Save
        </button>
      </form>
      {job && <Progress events={job.progress} />}
      {job?.state === 'done' && job.result && (
        <p role="status">
          Saved {job.result.name}:{job.result.version} ({job.result.services.join(', ') || 'no state'}; {formatBytes(job.result.newBytes)} new).
        </p>
      )}
      {job?.state === 'failed' && <Alert>Save failed: {job.error?.message}</Alert>}
      {error && <Alert>{error}</Alert>}
    </section>
  );
}

/** The pods of a remote, its storage use, and the save form. */
export function PodsView({ remote, services, onOpen }: { remote?: string; services: readonly string[]; onOpen: (name: string) => void }) {
  const [loaded, reload] = useLoaded(() => call<PodsAnswer>('GET', `/pods${remoteQuery(remote)}`), [remote]);
  const [deleting, setDeleting] = useState<PodSummary>();
  const [notice, setNotice] = useState<string>();
  async function remove(pod: PodSummary) {
    setDeleting(undefined);
    try {
      const result = await call<{ deleted: number[]; freedBytes: number }>('DELETE', `/pods/${encodeURIComponent(pod.name)}${remoteQuery(remote)}`);
      setNotice(`Deleted ${pod.name} (${result.deleted.length} version(s), ${formatBytes(result.freedBytes)} freed).`);
    } catch (e) {
      setNotice(messageOf(e));
    }
    reload();
  }
  return (
    <>
      <h2>Pods</h2>
      {notice && <p role="status">{notice}</p>}
      <Show loaded={loaded}>
        {({ remote: display, pods, usage }) => (
          <>
            <p class="muted">In {display}</p>
            {pods.length === 0 ? (
              <p>No pods yet: save the instance's state below.</p>
            ) : (
              <Table
                caption="Pods, with their latest version"
                head={['Name', 'Versions', 'Latest change', 'Size', 'Services', '']}
                numeric={[1, 3]}
                rows={pods.map((p) => [
                  <button type="button" onClick={() => onOpen(p.name)}>
                    {p.name}
                  </button>,
                  String(p.versions),
                  `${p.latest.created}${p.latest.message ? ` — ${p.latest.message}` : ''}`,
                  formatBytes(p.latest.size),
                  p.latest.config.services.join(', ') || '-',
                  <button type="button" class="danger" aria-label={`Delete pod ${p.name}`} onClick={() => setDeleting(p)}>
                    Delete
                  </button>,
                ])}
              />
            )}
            <Usage usage={usage} />
            <SaveForm remote={remote} pods={pods.map((p) => p.name)} services={services} onSaved={reload} />
          </>
        )}
      </Show>
      {deleting && (
        <Confirm
          title={`Delete pod ${deleting.name}?`}
          confirm={`Delete ${deleting.name} and its ${deleting.versions} version(s)`}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        >
          <p>
            Every version of <strong>{deleting.name}</strong> ({deleting.versions}) goes, and the blobs no other version uses are freed. This cannot
            be undone.
          </p>
        </Confirm>
      )}
    </>
  );
}

import { useState } from 'preact/hooks';
import type { InstanceStatus, StateInspection } from '../../engine/index.js';
import { call } from './client.js';
import { Show, Table, useLoaded, type Loaded } from './shared.js';

/** Which pod fed each service of the running instance, and a browser of what it holds. */
export function InstanceView({ endpoint, services }: { endpoint: string; services: readonly string[] }) {
  const [status, reload] = useLoaded(() => call<InstanceStatus>('GET', '/instance/status'), []);
  const [service, setService] = useState('');
  const [resources, setResources] = useState<Loaded<StateInspection>>();
  async function browse(event: Event) {
    event.preventDefault();
    setResources({ state: 'loading' });
    try {
      const value = await call<StateInspection>('GET', `/instance/resources${service ? `?services=${encodeURIComponent(service)}` : ''}`);
      setResources({ state: 'ok', value });
    } catch (e) {
      setResources({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <>
      <h2>The instance at {endpoint}</h2>
      <p>
        <button type="button" onClick={reload}>
          Refresh status
        </button>
      </p>
      <Show loaded={status}>
        {(s) => (
          <>
            <p>
              {s.instance.brand} {s.instance.version ?? ''} {s.restartedSince ? `(restarted since ${s.restartedSince}, keeping its state)` : ''}
            </p>
            {s.state.length === 0 ? (
              <p>The instance holds no state.</p>
            ) : (
              <Table
                caption="Where the state of each service came from"
                head={['Service', 'Account', 'Region', 'Resources', 'From']}
                numeric={[3]}
                rows={s.state.map((o) => [
                  o.service,
                  o.account,
                  o.region,
                  String(o.resources),
                  o.pods.length === 0
                    ? 'no pod'
                    : o.pods.map((c) => `${c.pod.name}:${c.pod.version}${c.strategy ? ` (${c.strategy})` : ''}`).join(', '),
                ])}
              />
            )}
          </>
        )}
      </Show>
      <h3>Resources</h3>
      <form onSubmit={browse} aria-label="Browse resources">
        <label>
          Service
          <select value={service} onChange={(e) => setService((e.target as HTMLSelectElement).value)}>
            <option value="">every service</option>
            {services.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="submit">Browse</button>
      </form>
      {resources && (
        <Show loaded={resources}>
          {(r) =>
            r.state.length === 0 ? (
              <p>Nothing there.</p>
            ) : (
              <Table
                caption="Resources the instance holds, as a save would keep them"
                head={['Service', 'Account', 'Region', 'Type', 'Id']}
                rows={r.state.flatMap((scope) => (scope.ids ?? []).map((id) => [scope.service, scope.account, scope.region, id.type, id.id]))}
              />
            )
          }
        </Show>
      )}
    </>
  );
}

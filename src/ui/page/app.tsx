import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { NamedRemote } from '../../engine/config-file.js';
import { call } from './client.js';
import { InstanceView } from './instance.js';
import { PodView } from './pod.js';
import { PodsView } from './pods.js';
import { Show, useLoaded } from './shared.js';

interface Overview {
  readonly endpoint: string;
  readonly remote: string;
  readonly services: readonly string[];
  readonly remotes: readonly NamedRemote[];
}

type View = { kind: 'pods' } | { kind: 'pod'; name: string } | { kind: 'instance' };

function App() {
  const [overview] = useLoaded(() => call<Overview>('GET', '/overview'), []);
  const [remote, setRemote] = useState<string>();
  const [view, setView] = useState<View>({ kind: 'pods' });
  return (
    <Show loaded={overview}>
      {(o) => (
        <>
          <header>
            <h1>localstack-pods</h1>
            <nav aria-label="Views">
              <button type="button" aria-current={view.kind !== 'instance' ? 'page' : undefined} onClick={() => setView({ kind: 'pods' })}>
                Pods
              </button>
              <button type="button" aria-current={view.kind === 'instance' ? 'page' : undefined} onClick={() => setView({ kind: 'instance' })}>
                Instance
              </button>
            </nav>
            <label class="inline">
              Remote{' '}
              <select
                value={remote ?? o.remote}
                onChange={(e) => {
                  setRemote((e.target as HTMLSelectElement).value);
                  setView({ kind: 'pods' });
                }}
              >
                {!o.remotes.some((r) => r.name === o.remote) && <option value={o.remote}>{o.remote}</option>}
                {o.remotes.map((r) => (
                  <option value={r.name}>
                    {r.name} ({r.url})
                  </option>
                ))}
              </select>
            </label>
            <span class="muted">Instance: {o.endpoint}</span>
          </header>
          <main>
            {view.kind === 'pods' && <PodsView remote={remote} services={o.services} onOpen={(name) => setView({ kind: 'pod', name })} />}
            {view.kind === 'pod' && <PodView remote={remote} name={view.name} onBack={() => setView({ kind: 'pods' })} />}
            {view.kind === 'instance' && <InstanceView endpoint={o.endpoint} services={o.services} />}
          </main>
        </>
      )}
    </Show>
  );
}

// The token has done its work once the page loaded (its cookie carries it now): out of the address bar and history.
if (new URL(location.href).searchParams.has('token')) history.replaceState(null, '', '/');
render(<App />, document.getElementById('app')!);

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PHASE_LABEL, type ProgressEvent } from '../../engine/progress.js';
import { formatBytes } from '../../engine/util/bytes.js';
import { ApiError } from './client.js';

export { formatBytes };

/** A value the page fetched: loading, loaded, or failed with the API's message. */
export type Loaded<T> =
  { readonly state: 'loading' } | { readonly state: 'ok'; readonly value: T } | { readonly state: 'error'; readonly message: string };

/**
 * Fetches with `load` whenever `deps` change; `reload` fetches again, showing what it has
 * meanwhile (so a form below keeps its state and its result).
 */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const key = JSON.stringify(deps);
    if (shown.current !== key) setLoaded({ state: 'loading' });
    shown.current = key;
    load().then(
      (value) => current && setLoaded({ state: 'ok', value }),
      (error: unknown) => current && setLoaded({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return [loaded, () => setRound((r) => r + 1)];
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/** An error, announced as it appears. */
export function Alert({ children }: { children: ComponentChildren }) {
  return (
    <p class="error" role="alert">
      {children}
    </p>
  );
}

/** Renders a fetched value, or says it is loading, or shows the error. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ComponentChildren }) {
  if (loaded.state === 'loading')
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p class="error" role="alert">
        {loaded.message}
      </p>
    );
  return <>{children(loaded.value)}</>;
}

export function Table({
  caption,
  head,
  rows,
  numeric = [],
}: {
  caption: string;
  head: readonly string[];
  rows: readonly ComponentChildren[][];
  numeric?: readonly number[];
}) {
  return (
    <table>
      <caption class="muted" style="text-align:left">
        {caption}
      </caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col" class={numeric.includes(i) ? 'number' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            {row.map((cell, i) => (
              <td class={numeric.includes(i) ? 'number' : undefined}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where a running job has got, one line per phase, announced to screen readers. */
export function Progress({ events }: { events: readonly ProgressEvent[] }) {
  return (
    <ul role="status" aria-label="Progress">
      {events.map((e) => (
        <li>
          {PHASE_LABEL[e.phase]} {e.subject} ({e.done})
        </li>
      ))}
    </ul>
  );
}

/**
 * A modal confirmation that names what goes: `onConfirm` runs on the confirming button,
 * Escape or Cancel closes it.
 */
export function Confirm({
  title,
  children,
  confirm,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ComponentChildren;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} aria-label={title} onClose={onCancel}>
      <h2>{title}</h2>
      {children}
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </dialog>
  );
}

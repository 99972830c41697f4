import { startForwardingProxy } from '../suite/forwarding-proxy.js';

/** A loopback proxy in front of an instance that notes every request: `METHOD /path?query`. */
export interface RequestLog {
  readonly endpoint: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function logRequests(upstream: string): Promise<RequestLog> {
  const requests: string[] = [];
  const proxy = await startForwardingProxy(upstream, { observe: (head) => requests.push(`${head.method} ${head.url}`) });
  return { endpoint: proxy.url, requests, close: proxy.close };
}

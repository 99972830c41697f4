import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback proxy in front of an instance that notes every request: `METHOD /path?query`. */
export interface RequestLog {
  readonly endpoint: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function logRequests(upstream: string): Promise<RequestLog> {
  const target = new URL(upstream);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const forwarded = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', (error) => res.destroy(error));
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

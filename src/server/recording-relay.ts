import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the upstream received it, and its answer. */
export interface Exchange {
  method: string;
  /** Path and query exactly as sent (`/telnyx/v2/ai/conversations?limit=200`). */
  url: string;
  headers: IncomingHttpHeaders;
  status: number;
  /** The parsed JSON body; the text when it is not JSON. */
  body: unknown;
}

/** A listening relay and what has crossed it. */
export interface RecordingRelay {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Every exchange, in the order the answers completed. */
  exchanges: Exchange[];
  close(): Promise<void>;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Starts an HTTP relay on a loopback port that passes every request unchanged (Host header
 * included, so absolute links the upstream builds name the relay) to `upstream` (`http://host:port`)
 * and records it with its answer: tests can check the wire both ways without touching either side.
 * @throws Error when the port cannot be bound.
 */
export async function startRecordingRelay(upstream: string): Promise<RecordingRelay> {
  const exchanges: Exchange[] = [];
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const out = request(new URL(url, upstream), { method, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const raw = Buffer.concat(chunks);
        const status = answer.statusCode ?? 0;
        const body = parse(raw.toString('utf8'));
        exchanges.push({ method, url, headers: req.headers, status, body });
        res.writeHead(status, answer.headers).end(raw);
      });
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('relay has no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    exchanges,
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

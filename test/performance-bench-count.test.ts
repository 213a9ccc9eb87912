import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The benchmark's closed loop (scripts/bench/load.js, plain JavaScript) against a tiny server
// that answers after a delay: every request sent is answered before the run returns and is
// counted, none is left in flight, and a bad answer counts as an error (the performance
// figures of X8's benchmark, docs/performance.md).
interface Part {
  sent: number;
  completed: number;
  seconds: number;
  errors: number;
  latencies: number[];
  cpuMs: Record<string, number | null>;
}
interface Workload {
  steps: (() => { body: string; headers: Record<string, string> })[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { run } = require('../scripts/bench/load.js') as {
  run: (o: { url: string; workload: Workload; connections: number; duration: number; pids?: Record<string, number> }) => Promise<Part>;
};

let server: http.Server;
let url = '';
let received = 0;
let answered = 0;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const n = received;
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        inFlight -= 1;
        answered += 1;
        // Every fifth request: a GraphQL error.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(n % 5 === 0 ? '{"errors":[{"message":"no"}],"data":null}' : '{"data":{"ok":true}}');
      }, 40);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('X8 bench: the closed loop waits for every answer and counts each request sent, errors included', async () => {
  const workload: Workload = { steps: [() => ({ body: '{"query":"{ ok }"}', headers: {} })] };
  const part = await run({ url, workload, connections: 8, duration: 0.3, pids: { self: process.pid } });
  expect(inFlight).toBe(0);
  expect(part.sent).toBe(received);
  expect(part.completed).toBe(received);
  expect(answered).toBe(received);
  expect(part.latencies).toHaveLength(received);
  expect(maxInFlight).toBeLessThanOrEqual(8);
  expect(part.errors).toBe(Math.floor(received / 5));
  expect(part.seconds).toBeGreaterThan(0);
  expect(typeof part.cpuMs['self']).toBe('number');
});

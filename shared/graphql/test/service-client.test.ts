import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postToService, ServiceTimeoutError } from '@marketgraph/graphql';

/** A server that answers each POST after `delayMs` with what it received, and counts the connections it accepted. */
async function echoServer(delayMs = 0): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const body = JSON.stringify({ got: Buffer.concat(chunks).toString('utf8'), header: req.headers['x-test'] ?? null });
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-sql-statements': '2' });
        res.end(body);
      }, delayMs);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('calls between services', () => {
  it('posts a body with its headers and reads status, headers and the whole answer, reusing one kept-alive connection', async () => {
    const server = await echoServer();
    try {
      for (let i = 0; i < 5; i++) {
        const answer = await postToService(`${server.url}/graphql`, `{"n":${i}}`, { 'content-type': 'application/json', 'x-test': 'yes' }, 2000);
        expect(answer.status).toBe(200);
        expect(answer.headers['x-sql-statements']).toBe('2');
        expect(JSON.parse(answer.body)).toEqual({ got: `{"n":${i}}`, header: 'yes' });
      }
      const missing = await postToService(`${server.url}/missing`, '{}', {}, 2000);
      expect(missing.status).toBe(404);
      expect(server.connections()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('X9: gives up on a subgraph that does not answer in time, and on one that is down', async () => {
    const slow = await echoServer(1000);
    try {
      await expect(postToService(`${slow.url}/graphql`, '{}', {}, 100)).rejects.toBeInstanceOf(ServiceTimeoutError);
    } finally {
      await slow.close();
    }
    await expect(postToService(`${slow.url}/graphql`, '{}', {}, 1000)).rejects.toThrow(/ECONNREFUSED/);
  });
});

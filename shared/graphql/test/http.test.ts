import { listen, readBody, HttpError } from '@marketgraph/graphql';

describe('graceful shutdown', () => {
  it('X9: closing lets a request in flight finish and refuses new ones', async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const server = await listen(
      (_req, res) => {
        started();
        setTimeout(() => res.end('done'), 300);
      },
      0,
      '127.0.0.1',
    );
    const pending = fetch(server.url).then((r) => r.text());
    await inFlight;
    const closing = server.close(5_000);
    expect(await pending).toBe('done');
    await closing;
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('X6: a body over the limit is refused before it is read whole', async () => {
    const server = await listen(
      (req, res) => {
        readBody(req, 10)
          .then((body) => res.end(body))
          .catch((err: unknown) => {
            res.statusCode = err instanceof HttpError ? err.status : 500;
            res.end();
          });
      },
      0,
      '127.0.0.1',
    );
    try {
      expect((await fetch(server.url, { method: 'POST', body: 'short' })).status).toBe(200);
      expect((await fetch(server.url, { method: 'POST', body: 'x'.repeat(100) })).status).toBe(413);
    } finally {
      await server.close();
    }
  });
});

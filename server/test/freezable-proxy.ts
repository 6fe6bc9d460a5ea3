import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can be frozen: connections are accepted but nothing passes either way,
 * as when the database process is stopped (SIGSTOP) — the kernel still accepts, nobody answers. `cut()` closes
 * every connection at once, as when the server is killed.
 */
export class FreezableProxy {
  private server: net.Server;
  private pairs = new Set<[net.Socket, net.Socket]>();
  private frozen = false;
  private held: net.Socket[] = [];

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: net.Server,
  ) {
    this.server = server;
  }

  static async start(target: { host: string; port: number }): Promise<FreezableProxy> {
    const waiting: net.Socket[] = [];
    const holder: { proxy?: FreezableProxy } = {};
    const server = net.createServer((client) => (holder.proxy ? holder.proxy.accept(client) : waiting.push(client)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address() as net.AddressInfo;
    const proxy = new FreezableProxy(target, addr.port, server);
    holder.proxy = proxy;
    for (const c of waiting) proxy.accept(c);
    return proxy;
  }

  private accept(client: net.Socket) {
    client.on('error', () => {});
    if (this.frozen) {
      client.pause();
      this.held.push(client);
      return;
    }
    this.connect(client);
  }

  private connect(client: net.Socket) {
    const upstream = net.connect(this.target.port, this.target.host);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const pair: [net.Socket, net.Socket] = [client, upstream];
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
    if (this.frozen) this.pausePair(pair);
  }

  private pausePair([a, b]: [net.Socket, net.Socket]) {
    a.unpipe(b);
    b.unpipe(a);
    a.pause();
    b.pause();
  }

  /** Nothing passes any more, and new connections wait. */
  freeze() {
    this.frozen = true;
    for (const pair of this.pairs) this.pausePair(pair);
  }

  /** Everything flows again, held connections included. */
  resume() {
    this.frozen = false;
    for (const [a, b] of this.pairs) {
      a.pipe(b);
      b.pipe(a);
    }
    for (const client of this.held.splice(0)) {
      this.connect(client);
      client.resume();
    }
  }

  /** Closes every connection, as a killed database server would. */
  cut() {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    this.pairs.clear();
  }

  async close() {
    this.cut();
    for (const c of this.held.splice(0)) c.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A cookie-keeping client of the real server over HTTP (not a browser: the session cookie is enough). */
export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(private readonly base: () => string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = 60_000,
  ): Promise<{ status: number; body: any; ms: number }> {
    const t0 = Date.now();
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    try {
      const res = await fetch(`${this.base()}${path}`, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair!.indexOf('=');
        this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed, ms: Date.now() - t0 };
    } catch (err) {
      // no answer at all (timed out, connection refused): status 0
      return { status: 0, body: String(err), ms: Date.now() - t0 };
    }
  }

  get = (path: string, timeoutMs?: number) => this.request('GET', path, undefined, timeoutMs);
  post = (path: string, body: unknown = {}, timeoutMs?: number) => this.request('POST', path, body, timeoutMs);

  async login(username: string, password: string) {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

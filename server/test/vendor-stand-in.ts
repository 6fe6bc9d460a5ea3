import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One SMS or WeCom message as the stand-in received it. */
export type Received = {
  vendor: 'tencent' | 'alibaba' | 'wecom';
  phone: string | null;
  to: string | null;
  template: string | null;
  params: string[] | Record<string, string> | null;
  text: string | null;
  key: string | null;
  headers: http.IncomingHttpHeaders;
};

export type Behaviour = 'ok' | 'fail500' | 'hang';

/**
 * A local HTTP server standing in for Tencent Cloud SMS, Alibaba Cloud SMS and WeCom: it answers what the vendors'
 * APIs answer (send, the send records a reconciliation reads, WeCom's token) and keeps what it was sent.
 */
export async function startVendorStandIn(opts: { delayMs?: number } = {}) {
  const received: Received[] = [];
  let behaviour: Behaviour = 'ok';
  let calls = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      if (behaviour === 'hang') return; // never answers: the client's timeout must fire
      const answer = (status: number, json: unknown) =>
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        }, opts.delayMs ?? 0);
      if (behaviour === 'fail500') return answer(500, { error: 'internal' });
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const tcAction = req.headers['x-tc-action'];
      const acsAction = req.headers['x-acs-action'];
      if (tcAction === 'SendSms') {
        const b = JSON.parse(body);
        const phone = String(b.PhoneNumberSet[0]).replace('+86', '');
        received.push({
          vendor: 'tencent',
          phone,
          to: null,
          template: b.TemplateId,
          params: b.TemplateParamSet,
          text: null,
          key: b.SessionContext,
          headers: req.headers,
        });
        return answer(200, {
          Response: {
            SendStatusSet: [
              {
                SerialNo: `tc-${received.length}`,
                PhoneNumber: b.PhoneNumberSet[0],
                Fee: 1,
                SessionContext: b.SessionContext,
                Code: 'Ok',
                Message: 'send success',
                IsoCode: 'CN',
              },
            ],
            RequestId: 'r',
          },
        });
      }
      if (tcAction === 'PullSmsSendStatusByPhoneNumber') {
        const b = JSON.parse(body);
        const phone = String(b.PhoneNumber).replace('+86', '');
        const set = received
          .filter((r) => r.vendor === 'tencent' && r.phone === phone)
          .map((r) => ({ SessionContext: r.key, PhoneNumber: `+86${phone}`, ReportStatus: 'SUCCESS' }));
        return answer(200, { Response: { PullSmsSendStatusSet: set, RequestId: 'r' } });
      }
      if (acsAction === 'SendSms') {
        const q = url.searchParams;
        received.push({
          vendor: 'alibaba',
          phone: q.get('PhoneNumbers'),
          to: null,
          template: q.get('TemplateCode'),
          params: JSON.parse(q.get('TemplateParam') ?? 'null'),
          text: null,
          key: q.get('OutId'),
          headers: req.headers,
        });
        return answer(200, { Code: 'OK', Message: 'OK', BizId: `ali-${received.length}`, RequestId: 'r' });
      }
      if (acsAction === 'QuerySendDetails') {
        const phone = url.searchParams.get('PhoneNumber');
        const list = received
          .filter((r) => r.vendor === 'alibaba' && r.phone === phone)
          .map((r) => ({ OutId: r.key, PhoneNum: phone, SendStatus: 1 }));
        return answer(200, {
          Code: 'OK',
          Message: 'OK',
          TotalCount: list.length,
          SmsSendDetailDTOs: { SmsSendDetailDTO: list },
        });
      }
      // for tests in another process: what was received, by vendor and key
      if (url.pathname === '/__received')
        return answer(
          200,
          received.map(({ headers: _h, ...r }) => r),
        );
      if (url.pathname === '/cgi-bin/gettoken')
        return answer(200, { errcode: 0, errmsg: 'ok', access_token: 'tok', expires_in: 7200 });
      if (url.pathname === '/cgi-bin/message/send') {
        const b = JSON.parse(body);
        received.push({
          vendor: 'wecom',
          phone: null,
          to: b.touser,
          template: null,
          params: null,
          text: b.text?.content ?? null,
          key: null,
          headers: req.headers,
        });
        return answer(200, { errcode: 0, errmsg: 'ok', msgid: `wc-${received.length}` });
      }
      answer(404, { error: 'unknown action' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    calls: () => calls,
    behave: (b: Behaviour) => (behaviour = b),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The reference API's HTTP server against what a hostile or unlucky client sends: media types, charsets,
 * broken UTF-8, odd methods, oversized and deeply nested bodies, dot segments and trickled bodies. Runs
 * against the server `scripts/run-node-tests.mjs` starts (FLEET_API_URL).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';

const baseUrl = process.env.FLEET_API_URL;
const api = `${baseUrl}/customer/v1`;
const auth = { Authorization: 'Bearer dev:admin' };

/** One request over node:http, so the path and method go out exactly as written. */
function raw(method, path, { headers = {}, body } = {}) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path, headers: { ...auth, ...headers } }, (incoming) => {
      const chunks = [];
      incoming.on('data', (chunk) => chunks.push(chunk));
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode, headers: incoming.headers, body: text ? JSON.parse(text) : undefined });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const post = (path, body, contentType = 'application/json') =>
  raw('POST', `/customer/v1${path}`, { headers: { 'Content-Type': contentType }, body });

async function customersNamed(name) {
  const response = await fetch(`${api}/customers?search=${encodeURIComponent(name)}`, { headers: auth });
  return (await response.json()).items.filter((customer) => customer.name === name);
}

describe('the reference server refuses what it cannot read correctly', { skip: !baseUrl && 'no FLEET_API_URL' }, () => {
  for (const contentType of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
  ]) {
    test(`415 for JSON sent as ${contentType}, and nothing stored`, async () => {
      const name = `Media ${contentType}`;
      const sent = await post('/customers', JSON.stringify({ name }), contentType);
      assert.equal(sent.status, 415);
      assert.equal(sent.body.code, 'unsupported_media_type');
      assert.deepEqual(await customersNamed(name), []);
    });
  }

  test('415 without a Content-Type', async () => {
    const sent = await raw('POST', '/customer/v1/customers', { body: JSON.stringify({ name: 'No type' }) });
    assert.equal(sent.status, 415);
  });

  test('charset=iso-8859-1 is refused (415), never stored as "K\uFFFDbenhavn"; utf-8 keeps "København"', async () => {
    const latin1 = Buffer.from(JSON.stringify({ name: 'København Latin ApS' }), 'latin1');
    const refused = await post('/customers', latin1, 'application/json; charset=iso-8859-1');
    assert.equal(refused.status, 415);
    assert.match(refused.body.message, /UTF-8/);
    const stored = await post(
      '/customers',
      JSON.stringify({ name: 'København UTF ApS' }),
      'application/json; charset="UTF-8"',
    );
    assert.equal(stored.status, 201);
    assert.equal(stored.body.name, 'København UTF ApS');
  });

  for (const [label, bytes] of [
    ['0xFF', [0xff]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
  ]) {
    test(`400 for invalid UTF-8: ${label}`, async () => {
      const body = Buffer.concat([Buffer.from('{"name":"Bad '), Buffer.from(bytes), Buffer.from(' ApS"}')]);
      const sent = await post('/customers', body);
      assert.equal(sent.status, 400);
      assert.deepEqual(
        sent.body.violations.map((v) => v.field),
        ['(body)'],
      );
      assert.match(sent.body.violations[0].message, /UTF-8/);
    });
  }

  for (const method of ['TRACE', 'PUT', 'PROPFIND']) {
    test(`${method} answers 405 with Allow`, async () => {
      const sent = await raw(method, '/customer/v1/customers');
      assert.equal(sent.status, 405);
      assert.equal(sent.headers.allow, 'GET, POST');
    });
  }

  test('405 with Allow for TRACE on an id path', async () => {
    const sent = await raw('TRACE', '/customer/v1/customers/cus_x');
    assert.equal(sent.status, 405);
    assert.equal(sent.headers.allow, 'GET, PATCH, DELETE');
  });

  test('a body nested beyond the limit is a 400 with a violation, even at 1 MB', async () => {
    const deep = '['.repeat(512 * 1024) + ']'.repeat(512 * 1024);
    const sent = await post('/customers', deep);
    assert.equal(sent.status, 400);
    assert.equal(sent.body.violations[0].field, '(body)');
    assert.match(sent.body.violations[0].message, /nests deeper than 16/);
    const justOver = await post('/customers', `{"name":${'['.repeat(16)}${']'.repeat(16)}}`);
    assert.match(justOver.body.violations[0].message, /nests deeper/);
    const fine = await post('/customers', `{"name":"Depth ApS","x":${'['.repeat(14)}${']'.repeat(14)}}`);
    assert.equal(fine.status, 201);
  });

  test('dot segments are refused (400), never resolved: the customer behind them stays', async () => {
    const created = await post('/customers', JSON.stringify({ name: 'Dot Segment ApS' }));
    assert.equal(created.status, 201);
    const { id } = created.body;
    for (const path of [
      `/customer/v1/customers/x/../${id}`,
      `/customer/v1/customers/x/%2e%2e/${id}`,
      `/customer/v1/customers/x/%2E./${id}`,
      `/customer/v1/customers/./${id}`,
      `/customer/v1/customers/x\\..\\${id}`,
    ]) {
      const sent = await raw('DELETE', path);
      assert.equal(sent.status, 400, path);
      assert.equal(sent.body.code, 'invalid_request');
    }
    assert.equal((await raw('GET', `/customer/v1/customers/${id}`)).status, 200);
  });
});

/** A raw upload of `size` declared bytes over its own socket; resolves with the status line it read. */
function rawUpload(size) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    socket.on('connect', () => {
      socket.write(
        `POST /customer/v1/customers HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer dev:admin\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
      );
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!socket.write(chunk)) return socket.once('drain', pump);
        }
        return undefined;
      };
      pump();
    });
    socket.on('data', (data) => (received += data.toString('latin1')));
    socket.on('error', () => {}); // a reset after the status was read is fine; before it, the status is missing
    socket.on('close', () => resolve(received.split('\r\n', 1)[0]));
  });
}

describe('oversized bodies: every client reads the 413', { skip: !baseUrl && 'no FLEET_API_URL' }, () => {
  const TEN_MB = 10 * 1024 * 1024;

  test('20 raw Content-Length uploads of 10 MB each read "413"', async () => {
    const lines = await Promise.all(Array.from({ length: 20 }, () => rawUpload(TEN_MB)));
    assert.deepEqual(lines, Array(20).fill('HTTP/1.1 413 Payload Too Large'));
  });

  test('20 Node fetch uploads of 10 MB each get 413', async () => {
    const body = Buffer.alloc(TEN_MB, 0x61);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${api}/customers`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body })
          .then((response) => response.status)
          .catch((error) => `failed: ${error.cause?.code ?? error.message}`),
      ),
    );
    assert.deepEqual(statuses, Array(20).fill(413));
  });
});

describe('slow clients are dropped early', { skip: !baseUrl && 'no FLEET_API_URL' }, () => {
  test('a body trickled byte by byte is answered 408 and its connection closed', async () => {
    const { hostname, port } = new URL(baseUrl);
    const line = await new Promise((resolve) => {
      const socket = connect(Number(port), hostname);
      let received = '';
      let timer;
      socket.on('connect', () => {
        socket.write(
          `POST /customer/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer dev:admin\r\n` +
            `Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
        );
        timer = setInterval(() => socket.write(' '), 500);
      });
      socket.on('data', (data) => (received += data.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve(received.split('\r\n', 1)[0]);
      });
    });
    assert.equal(line, 'HTTP/1.1 408 Request Timeout');
  });
});

import { expect } from '@open-wc/testing';

/**
 * Host pages with a strict CSP (no `unsafe-eval`) forbid `new Function` and report even a caught attempt.
 * zod/mini's object parser has no JIT (classic zod's does), and the SDK's response check is built from
 * closures. This file imports the SDK only after the spy is in place, so module evaluation is watched too.
 */
describe('strict CSP', () => {
  it('never constructs a Function while building schemas, parsing or validating', async () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructed += 1;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        constructed += 1;
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const sdk = await import('../../src/index.js');
      const { createReferenceBackend } = await import('../../src/testing/index.js');
      const backend = createReferenceBackend({ seed: 3, customers: 5, equipment: 50 });
      const client = sdk.createCustomerClient({
        baseUrl: 'https://fleet.test',
        auth: 'dev:admin',
        fetch: backend.fetch,
      });
      const page = await client.customers.list({ limit: 5 });
      await client.customers.create({ name: 'Strict CSP ApS', contacts: [{ name: 'A', email: 'a@b.dk' }] });
      const invalid = sdk.validate(sdk.CustomerInputSchema, { name: '' });
      // Hosts may parse with our exported schemas directly; zod's plain parse is where its JIT would run.
      const z = await import('zod/mini');
      z.parse(sdk.CustomerSchema, page.items[0]);
      z.parse(sdk.CustomerInputSchema, { name: 'Parsed directly' });
      expect(page.items.length).to.equal(5);
      expect(invalid.ok).to.equal(false);
      expect(constructed).to.equal(0);
    } finally {
      globalThis.Function = original;
    }
  });
});

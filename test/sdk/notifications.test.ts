import { expect } from '@open-wc/testing';
import { createCustomerClient, ValidationError } from '../../src/index.js';
import { BASE_URL, rejectionOf, setup } from './helpers.js';

/** A fetch that answers every request with this JSON, as an older or a newer server would. */
const answering =
  (body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const contact = {
  id: 'con_1',
  customerId: 'cus_1',
  name: 'Ane',
  email: 'ane@example.dk',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

describe('SDK: notification preferences', () => {
  it('create and update round-trip the preferences; an update without optOut keeps it', async () => {
    const { client } = setup();
    const customer = await client.customers.create({ name: 'SDK Notify ApS', address: { country: 'SE' } });
    const created = await client.contacts.create(customer.id, {
      name: 'Sven',
      email: 'sven@example.se',
      phone: '+46701234567',
      notifications: { channels: ['sms', 'email'], events: ['geofence_enter', 'out_of_hours_use'], optOut: true },
    });
    // Kept in the known order; the language defaults to the customer's country's.
    expect(created.notifications).to.deep.equal({
      channels: ['email', 'sms'],
      events: ['geofence_enter', 'out_of_hours_use'],
      language: 'sv',
      optOut: true,
    });
    const updated = await client.contacts.update(customer.id, created.id, {
      title: 'Site manager',
      notifications: { language: 'en-GB' },
    });
    expect(updated.notifications).to.deep.equal({ ...created.notifications, language: 'en-GB' });
    const listed = (await client.contacts.list(customer.id)).items[0]!;
    expect(listed.notifications).to.deep.equal(updated.notifications);
  });

  it('SMS without a phone is a ValidationError at notifications.channels, with its code', async () => {
    const { client } = setup();
    const customer = await client.customers.create({ name: 'SDK Notify SMS ApS' });
    const error = await rejectionOf(
      client.contacts.create(customer.id, {
        name: 'No phone',
        email: 'n@example.dk',
        notifications: { channels: ['sms'] },
      }),
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).violations).to.deep.equal([
      {
        field: 'notifications.channels',
        message: 'SMS needs a phone number: add one, or leave SMS off.',
        code: 'sms_needs_phone',
      },
    ]);
  });

  it('a contact from a server without preferences still parses; unknown channels and events are kept', async () => {
    const old = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: answering(contact) });
    const parsed = await old.contacts.update('cus_1', 'con_1', { name: 'Ane' });
    expect(parsed.notifications).to.equal(undefined);
    const newer = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: answering({
        ...contact,
        notifications: {
          channels: ['email', 'push'],
          events: ['service_due', 'idling'],
          language: 'da',
          optOut: false,
        },
      }),
    });
    const tolerant = await newer.contacts.update('cus_1', 'con_1', { name: 'Ane' });
    expect(tolerant.notifications?.channels).to.deep.equal(['email', 'push']);
    expect(tolerant.notifications?.events).to.deep.equal(['service_due', 'idling']);
  });

  it('audience() asks GET /customers/{id}/notification-audience?event=… and types the answer', async () => {
    const { backend, client } = setup();
    const customer = await client.customers.create({
      name: 'SDK Audience ApS',
      contacts: [
        {
          name: 'Both',
          email: 'b@example.dk',
          phone: '+4512345678',
          notifications: { channels: ['email', 'sms'], events: ['tamper'] },
        },
        { name: 'Out', email: 'o@example.dk', notifications: { events: ['tamper'], optOut: true } },
        { name: 'Not tamper', email: 'x@example.dk' },
      ],
    });
    const audience = await client.contacts.audience(customer.id, 'tamper');
    expect(backend.requests.at(-1)!.path).to.contain(`/customers/${customer.id}/notification-audience?event=tamper`);
    expect(audience.event).to.equal('tamper');
    expect(audience.contacts.map((c) => [c.name, c.channels, c.phone])).to.deep.equal([
      ['Both', ['email', 'sms'], '+4512345678'],
    ]);
  });
});

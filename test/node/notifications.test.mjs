/**
 * Notification preferences through the built SDK over real HTTP: defaults, the SMS-needs-a-phone violation at
 * its field on create and on change, the opt-out kept by an edit that leaves it out, and the audience query.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomerClient, ValidationError } from 'fleet-customers';

const baseUrl = process.env.FLEET_API_URL;
const admin = () => createCustomerClient({ baseUrl, auth: 'dev:admin', retry: { backoff: 1 } });

const violationAt = (field, code) => (error) => {
  assert.ok(error instanceof ValidationError, String(error));
  assert.deepEqual(
    error.violations.map((v) => [v.field, v.code]),
    [[field, code]],
  );
  return true;
};

describe('notification preferences over HTTP', { skip: baseUrl ? false : 'FLEET_API_URL is not set' }, () => {
  test('a contact created without preferences gets e-mail, service due and fault codes, in its country’s language', async () => {
    const client = admin();
    const customer = await client.customers.create({ name: 'Node Notify ApS', address: { country: 'DK' } });
    const withMail = await client.contacts.create(customer.id, { name: 'Ane', email: 'ane@example.dk' });
    assert.deepEqual(withMail.notifications, {
      channels: ['email'],
      events: ['service_due', 'fault_code'],
      language: 'da',
      optOut: false,
    });
    const phoneOnly = await client.contacts.create(customer.id, { name: 'Bo', phone: '+4512345678' });
    assert.deepEqual(phoneOnly.notifications?.channels, ['sms']);
  });

  test('SMS without a phone is refused at notifications.channels, on create and when a change clears the phone', async () => {
    const client = admin();
    const customer = await client.customers.create({ name: 'Node Notify SMS ApS' });
    await assert.rejects(
      client.contacts.create(customer.id, { name: 'C', email: 'c@example.dk', notifications: { channels: ['sms'] } }),
      violationAt('notifications.channels', 'sms_needs_phone'),
    );
    const both = await client.contacts.create(customer.id, {
      name: 'D',
      email: 'd@example.dk',
      phone: '+4512345679',
      notifications: { channels: ['email', 'sms'] },
    });
    await assert.rejects(
      client.contacts.update(customer.id, both.id, { phone: null }),
      violationAt('notifications.channels', 'sms_needs_phone'),
    );
    const mailOnly = await client.contacts.create(customer.id, { name: 'E', email: 'e@example.dk' });
    await assert.rejects(
      client.contacts.update(customer.id, mailOnly.id, { notifications: { channels: ['sms'] } }),
      violationAt('notifications.channels', 'sms_needs_phone'),
    );
  });

  test('an edit that leaves out the opt-out keeps it; parts are merged', async () => {
    const client = admin();
    const customer = await client.customers.create({ name: 'Node Notify Opt-out ApS' });
    const contact = await client.contacts.create(customer.id, {
      name: 'F',
      email: 'f@example.dk',
      notifications: { optOut: true, language: 'de' },
    });
    const renamed = await client.contacts.update(customer.id, contact.id, { name: 'Frida' });
    assert.equal(renamed.notifications?.optOut, true);
    const changed = await client.contacts.update(customer.id, contact.id, {
      notifications: { events: ['tamper', 'low_battery', 'tamper'] },
    });
    assert.deepEqual(changed.notifications, {
      channels: ['email'],
      events: ['low_battery', 'tamper'],
      language: 'de',
      optOut: true,
    });
  });

  test('the audience lists exactly who wants the event, not opted out, with the channels that reach them', async () => {
    const client = admin();
    const customer = await client.customers.create({
      name: 'Node Notify Audience ApS',
      contacts: [
        { name: 'Zoe', email: 'z@example.dk', phone: '+4511111111', notifications: { channels: ['email', 'sms'] } },
        { name: 'Adam', phone: '+4522222222', notifications: { events: ['service_due', 'tamper'] } },
        { name: 'Out', email: 'o@example.dk', notifications: { optOut: true } },
        { name: 'Other', email: 'x@example.dk', notifications: { events: ['low_battery'] } },
      ],
    });
    const serviceDue = await client.contacts.audience(customer.id, 'service_due');
    assert.deepEqual(
      serviceDue.contacts.map((c) => [c.name, c.channels]),
      [
        ['Adam', ['sms']],
        ['Zoe', ['email', 'sms']],
      ],
    );
    const tamper = await client.contacts.audience(customer.id, 'tamper');
    assert.deepEqual(
      tamper.contacts.map((c) => c.name),
      ['Adam'],
    );
    await assert.rejects(client.contacts.audience(customer.id, 'meteor'), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.violations[0]?.field, 'event');
      return true;
    });
  });
});

import { expect } from '@open-wc/testing';
import { CustomerInputSchema, validate } from '../../src/schemas/index.js';

describe('schemas', () => {
  it('defaults the relationship type to OTHER', () => {
    const result = validate(CustomerInputSchema, { name: 'Hansen & Søn ApS' });
    expect(result.ok && result.value.type).to.equal('OTHER');
  });
});

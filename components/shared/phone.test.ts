import { expect } from '@open-wc/testing';
import { callingCode, normalizePhone } from './phone.js';

describe('shared/phone', () => {
  const cases: [string, string | undefined, string][] = [
    ['12 34 56 78', 'DK', '+4512345678'],
    ['+45 12-34-56-78', undefined, '+4512345678'],
    ['0045 1234 5678', 'SE', '+4512345678'],
    ['07911 123456', 'GB', '+447911123456'],
    ['030 1234567', 'DE', '+49301234567'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['1 212 555 0123', 'US', '+12125550123'],
    ['06 12345678', 'IT', '+390612345678'],
    ['8 912 345 67 89', 'RU', '+79123456789'],
  ];
  for (const [typed, country, expected] of cases) {
    it(`"${typed}" with ${country ?? 'no country'} → ${expected}`, () => {
      expect(normalizePhone(typed, country)).to.equal(expected);
    });
  }

  it('leaves what it cannot normalise as typed, for the schema to reject', () => {
    expect(normalizePhone('12345678')).to.equal('12345678');
    expect(normalizePhone('call me', 'DK')).to.equal('call me');
    expect(normalizePhone('  ')).to.equal('');
  });

  it('knows the calling codes of the countries the API accepts', () => {
    expect(callingCode('dk')).to.equal('45');
    expect(callingCode('FO')).to.equal('298');
    expect(callingCode('GL')).to.equal('299');
    expect(callingCode('XX')).to.equal(undefined);
  });
});

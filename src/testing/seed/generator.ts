import type { Address, CustomerType } from '../../schemas/customer.js';
import { WeightedTable, type Random } from '../random.js';
import {
  equipmentRecord,
  type ContactRecord,
  type CustomerRecord,
  type EquipmentFields,
  type EquipmentRecord,
} from '../records.js';
import { contactSearchText, customerSearchText, type Store } from '../store.js';
import { asciiSlug } from '../text.js';
import { CATALOGUE, FIRST_PRODUCTION_YEAR, LAST_PRODUCTION_YEAR, REFERENCE_DATE } from './catalogue.js';
import {
  CONTACT_TITLES,
  COUNTRIES,
  CUSTOMER_NOTES,
  CUSTOMER_TYPE_WEIGHTS,
  DOMAIN_STOP_WORDS,
  type CountryData,
} from './countries.js';

const DAY = 86_400_000;
const COUNTRY_WEIGHTS = COUNTRIES.map((country) => [country, country.weight] as const);
const CATALOGUE_TABLE = new WeightedTable(CATALOGUE.map((entry) => [entry, entry.weight] as const));
const REFERENCE_YEAR = new Date(REFERENCE_DATE).getUTCFullYear() + new Date(REFERENCE_DATE).getUTCMonth() / 12;

/**
 * Makes realistic records from a seeded stream. It remembers what must stay unique (names, serial numbers,
 * fleet numbers, references), so fixtures added after seeding never collide with seeded data.
 */
export class Generator {
  private readonly names = new Set<string>();
  private readonly serials = new Set<string>();
  private readonly fleetNumbers = new Map<string, number>();
  private readonly domains = new Map<string, { country: CountryData; domain: string }>();
  private nextErpReference: number;
  private nextAssetNumber: number;

  constructor(
    private readonly random: Random,
    private readonly store: Store,
  ) {
    this.nextErpReference = 10_000 + random.int(0, 90);
    this.nextAssetNumber = 100_000 + random.int(0, 9_000);
  }

  customer(createdAtMs?: number, chosenType?: CustomerType): CustomerRecord {
    const r = this.random;
    const country = r.weighted(COUNTRY_WEIGHTS);
    const drawn = r.weighted(CUSTOMER_TYPE_WEIGHTS);
    const type = chosenType ?? drawn;
    const [postalCode = '', city = '', region = ''] = r.pick(country.cities).split('|');
    const name = this.companyName(country, type, city);
    const domain = domainOf(name, country.tld);
    const created = createdAtMs ?? REFERENCE_DATE - r.int(20, 1500) * DAY - r.int(0, DAY - 1);
    const edited = r.chance(0.6);
    const updated = edited ? created + Math.floor(r.next() * Math.max(0, REFERENCE_DATE - created)) : created;
    const number = String(r.int(1, 180));
    const street = r.pick(country.streets);
    const address: Address = {
      street: country.numberFirst ? `${number} ${street}` : `${street} ${number}`,
      postalCode,
      city,
      ...(r.chance(0.6) ? { region } : {}),
      country: country.code,
    };
    const record: CustomerRecord = {
      id: this.store.newId('cus_'),
      name,
      type,
      ...(r.chance(0.3) ? { externalReference: `ERP-${(this.nextErpReference += r.int(1, 37))}` } : {}),
      ...(r.chance(0.9) ? { phone: this.phone(country, 'landline') } : {}),
      ...(r.chance(0.85) ? { email: `${r.pick(country.mailboxes)}@${domain}` } : {}),
      ...(r.chance(0.7) ? { website: `https://www.${domain}` } : {}),
      ...(r.chance(0.95) ? { address } : {}),
      ...(r.chance(0.15) ? { note: r.pick(CUSTOMER_NOTES) } : {}),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      version: edited ? r.int(2, 6) : 1,
      search: '',
    };
    record.search = customerSearchText(record);
    this.domains.set(record.id, { country, domain });
    return record;
  }

  contact(customer: CustomerRecord, createdAtMs?: number): ContactRecord {
    const r = this.random;
    const { country, domain } = this.domainOf(customer);
    const first = r.pick(country.firstNames);
    const last = r.pick(country.lastNames);
    const reach = r.next();
    const local = `${asciiSlug(first).replace(/-/g, '')}.${asciiSlug(last).replace(/-/g, '')}`;
    const customerCreated = Date.parse(customer.createdAt);
    const created =
      createdAtMs ?? customerCreated + Math.floor(r.next() * Math.max(0, REFERENCE_DATE - customerCreated) * 0.3);
    const record: ContactRecord = {
      id: this.store.newId('con_'),
      customerId: customer.id,
      name: `${first} ${last}`,
      ...(reach < 0.85 ? { email: `${local}@${domain}` } : {}),
      ...(reach >= 0.6 ? { phone: this.phone(country, 'mobile') } : {}),
      ...(r.chance(0.8) ? { title: r.pick(CONTACT_TITLES) } : {}),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created).toISOString(),
      version: 1,
      search: '',
    };
    record.search = contactSearchText(record);
    return record;
  }

  unit(customerId: string | null): EquipmentRecord {
    return equipmentRecord(this.unitFields(customerId));
  }

  unitFields(customerId: string | null): EquipmentFields {
    const r = this.random;
    const entry = CATALOGUE_TABLE.pick(r);
    const year = r.int(FIRST_PRODUCTION_YEAR, LAST_PRODUCTION_YEAR);
    const fleetNumber = (this.fleetNumbers.get(entry.prefix) ?? r.int(100, 400)) + 1;
    this.fleetNumbers.set(entry.prefix, fleetNumber);
    let serialNumber = r.pattern(entry.serial);
    for (let size = this.serials.size; this.serials.add(serialNumber).size === size;) {
      serialNumber = r.pattern(entry.serial);
    }
    const age = Math.max(0.1, REFERENCE_YEAR - year - r.next() * 0.9);
    const hours = entry.hoursPerYear > 0 ? Math.round(age * entry.hoursPerYear * (0.5 + r.next() * 0.8) * 10) / 10 : 0;
    const gateway = entry.assetType === 'GATEWAY';
    const silent = !gateway && r.chance(0.04);
    const seenDaysAgo = gateway ? r.next() * 2 : r.next() * 42;
    return {
      id: this.store.newId('eq_'),
      name: `${entry.prefix}-${String(fleetNumber).padStart(4, '0')} ${entry.brand} ${entry.model}`,
      brand: entry.brand,
      model: entry.model,
      type: entry.type,
      assetType: entry.assetType,
      serialNumber,
      externalReference: r.chance(0.35) ? `FA-${(this.nextAssetNumber += r.int(1, 9))}` : undefined,
      productionYear: year,
      operatingHours: hours > 0 ? hours : undefined,
      lastSeenAt: silent ? undefined : REFERENCE_DATE - Math.floor(seenDaysAgo * DAY),
      customerId,
    };
  }

  private companyName(country: CountryData, type: keyof CountryData['companies'], city: string): string {
    const r = this.random;
    let name = '';
    for (let attempt = 0; attempt < 6; attempt++) {
      name = r
        .pick(country.companies[type])
        .replace(/\{last\}/g, () => r.pick(country.lastNames))
        .replace(/\{place\}/g, () => r.pick(country.places))
        .replace(/\{city\}/g, city);
      if (!this.names.has(name)) break;
    }
    // Literal names ("Nordic Lift Rental A/S") repeat once a seed is large enough; a branch city keeps them apart.
    if (this.names.has(name)) name = `${name} (${city}${this.names.size})`;
    this.names.add(name);
    return name;
  }

  private phone(country: CountryData, kind: 'landline' | 'mobile'): string {
    return `+${country.dial}${this.random.pattern(this.random.pick(country[kind]))}`;
  }

  /** Customers made through the API have no remembered domain: derive one from the name and country. */
  private domainOf(customer: CustomerRecord): { country: CountryData; domain: string } {
    const known = this.domains.get(customer.id);
    if (known) return known;
    const country = COUNTRIES.find((c) => c.code === customer.address?.country) ?? (COUNTRIES[0] as CountryData);
    const entry = { country, domain: domainOf(customer.name, country.tld) };
    this.domains.set(customer.id, entry);
    return entry;
  }
}

/** "Hansen & Søn Entreprenør ApS" → hansen-entreprenoer.dk: the first and last meaningful words. */
function domainOf(name: string, tld: string): string {
  const words = asciiSlug(name.replace(/\(.*\)/, ''))
    .split('-')
    .filter((word) => word && !DOMAIN_STOP_WORDS.has(word));
  const first = words[0] ?? 'company';
  const last = words[words.length - 1];
  return `${last && words.length > 1 ? `${first}-${last}` : first}.${tld}`;
}

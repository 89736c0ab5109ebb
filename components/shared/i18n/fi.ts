import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Finnish. Terms used in every Finnish table: asiakas, yhteyshenkilö, kalusto (the fleet and its equipment),
 * laite (one unit), liittää / poistaa liitos (assign / unassign), pääkäyttäjä. Imperatives in the sinä form,
 * as in Finnish help articles. Counts take the partitive after a numeral ("5 laitetta").
 */
const fi: Strings = {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  cancel: 'Peruuta',
  close: 'Sulje',
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  edit: 'Muokkaa',
  next: 'Seuraava',
  back: 'Takaisin',
  remove: 'Poista',
  confirm: 'Vahvista',
  optional: 'valinnainen',
  notGiven: 'Ei annettu',
  selectedCount: (_count, formatted) => `${formatted} valittuna`,
  selectionActions: 'Valittujen toiminnot',
  stepOf: (position, total) => `Vaihe ${position}/${total}`,
  progress: 'Edistyminen',

  noClient: 'Ei yhteyttä: aseta client-ominaisuus tai kutsu setDefaultClient().',
  noPermissionCreate: 'Vain pääkäyttäjät ja kaluston pääkäyttäjät voivat luoda asiakkaita.', // review: Trackunit's Finnish role name for "fleet administrator"
  noPermissionChange: 'Vain pääkäyttäjät ja kaluston pääkäyttäjät voivat muuttaa asiakkaita.',
  noPermissionTitle: 'Voit tarkastella asiakkaita, mutta et muuttaa niitä',
  userLoadFailed: 'Käyttöoikeuksiasi ei voitu ladata.',

  errorNetwork: 'Palvelimeen ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  errorTimeout: 'Palvelin ei vastannut ajoissa. Yritä uudelleen.',
  // A numeral takes the genitive singular here ("5 sekunnin"), so one form serves every count.
  errorRateLimited: (seconds) =>
    seconds
      ? `Liikaa pyyntöjä. Yritä uudelleen ${seconds} sekunnin kuluttua.`
      : 'Liikaa pyyntöjä. Yritä hetken kuluttua uudelleen.',
  errorServer: 'Palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen.',
  errorAuthentication: 'Istuntosi on vanhentunut. Kirjaudu uudelleen sisään ja yritä sitten uudelleen.',
  errorNotFound: 'Tätä tietuetta ei ole enää olemassa.',
  errorConflict: 'Tämä on ristiriidassa toisen tietueen kanssa.',
  errorStale: 'Joku muu muutti tätä sillä välin. Lataa uudelleen, niin näet muutokset.',
  errorValidation: 'Joitakin kenttiä on korjattava.',
  errorUnknown: 'Jokin meni vikaan. Yritä uudelleen.',
  inputKept: 'Syöttämäsi tiedot eivät ole kadonneet.',

  violation: {
    required: 'Pakollinen.',
    too_long: 'Teksti on liian pitkä.',
    too_many: 'Merkintöjä on liikaa.',
    invalid_email: 'Anna kelvollinen sähköpostiosoite, esim. nimi@esimerkki.fi.',
    invalid_phone: 'Anna puhelinnumero maatunnuksen kanssa, esim. +358 40 123 4567, tai valitse ensin maa.',
    invalid_url: 'Anna verkko-osoite, joka alkaa https:// tai http://.',
    invalid_country: 'Valitse maa luettelosta.',
    invalid_choice: 'Valitse jokin vaihtoehdoista.',
    unreachable: 'Anna sähköpostiosoite tai puhelinnumero, jotta yhteyshenkilölle voidaan lähettää ilmoituksia.',
    sms_needs_phone: 'SMS vaatii puhelinnumeron: lisää numero tai jätä SMS pois käytöstä.',
    invalid: 'Arvo ei kelpaa.',
    duplicate: 'Toisella asiakkaalla on jo tämä ulkoinen viite.',
  },
  tooLong: (max) => `Teksti on liian pitkä: enintään ${max} merkkiä.`,
  tooMany: (max) => `Liian monta: enintään ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('fi', count, { one: '1 kenttä on korjattava.', other: `${count} kenttää on korjattava.` }),
  emailOrPhone: 'sähköposti tai puhelin vaaditaan',

  unsavedTitle: 'Hylätäänkö muutokset?',
  unsavedBody: 'Syöttämiäsi tietoja ei ole tallennettu, ja ne menetetään.',
  unsavedDiscard: 'Hylkää muutokset',
  unsavedKeep: 'Jatka muokkausta',

  customerTypes: {
    CONTRACTOR: 'Urakoitsija',
    DEALER: 'Jälleenmyyjä',
    DISTRIBUTOR: 'Maahantuoja', // review: distributor; "Maahantuoja" (importer) or "Jakelija"
    OEM: 'OEM/Valmistaja',
    RENTAL: 'Vuokraus', // review: or "Konevuokraamo"
    SERVICE: 'Palveluntarjoaja', // review: or "Huoltoyritys" for a maintenance partner
    OTHER: 'Muu',
  },

  country: 'Maa',
  countryHint: 'Hae kirjoittamalla ja valitse luettelosta.',
  countryNoMatch: 'Ei vastaavaa maata',
  countryMatches: (count) => plural('fi', count, { one: '1 maa löytyi', other: `${count} maata löytyi` }),
  showCountries: 'Näytä maat',

  companyName: 'Yrityksen nimi',
  address: 'Osoite',
  street: 'Katuosoite',
  postalCode: 'Postinumero',
  city: 'Paikkakunta',
  phone: 'Puhelin',
  phoneHint: 'Tallennetaan kansainvälisessä muodossa; ilman maatunnusta käytetään yllä valittua maata.',
  email: 'Sähköposti',
  externalReference: 'Ulkoinen viite',
  externalReferenceHint: 'Oma tunnuksesi tälle asiakkaalle, esim. ERP-järjestelmästä.',
  relationshipType: 'Asiakassuhde', // review: "relationship type"; "Asiakassuhde" or "Suhteen tyyppi"
  relationshipTypeHint: 'Millainen suhde sinulla on tähän asiakkaaseen? Jos et valitse, käytetään vaihtoehtoa ”Muu”.',
  contactsReachable: 'Jokaisella yhteyshenkilöllä on oltava sähköposti tai puhelinnumero.',
  contactName: 'Nimi',
  contactTitle: 'Titteli',
  addContact: 'Lisää yhteyshenkilö',
  saveFailed: 'Asiakasta ei tallennettu.',
  serverRejected: 'Palvelin ei hyväksynyt kaikkia kenttiä. Ne on merkitty kenttiin.',

  region: 'Alue',
  website: 'Verkkosivusto',
  websiteHint: 'Alkaa https:// tai http://.',
  note: 'Huomautus',
};
export default fi;

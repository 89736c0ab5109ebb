import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Czech (Vytvořit zákazníka, Firma, Kontakty, Shrnutí, Uložit). */
const cs: typeof wizardEn = {
  createCustomer: 'Vytvořit zákazníka',
  stepCompany: 'Firma',
  stepContacts: 'Kontakty',
  stepReview: 'Shrnutí',
  duplicateName: (names) => `Zákazník s podobným názvem už existuje: ${names}.`,
  duplicateReference: (names) => `Jiný zákazník má toto externí ID: ${names}.`,
  duplicateContinue: 'Ověřte, že jde o nového zákazníka. Pokračovat můžete i tak.',
  contactsIntro: 'Přidejte osoby u zákazníka, které mají dostávat upozornění na události zařízení.',
  contactsEmpty: 'Zatím žádné kontakty. To nevadí: můžete uložit bez kontaktů a přidat je později.',
  contactsLimit: (max) =>
    `S novým zákazníkem lze uložit až ${plural('cs', max, {
      one: `${max} kontakt`,
      few: `${max} kontakty`,
      many: `${max} kontaktu`,
      other: `${max} kontaktů`,
    })}.`,
  contactsTooMany: (max, over) =>
    `S novým zákazníkem lze uložit nejvýše ${plural('cs', max, {
      one: `${max} kontakt`,
      few: `${max} kontakty`,
      many: `${max} kontaktu`,
      other: `${max} kontaktů`,
    })}. Odeberte ${plural('cs', over, {
      one: `${over} kontakt`,
      few: `${over} kontakty`,
      many: `${over} kontaktu`,
      other: `${over} kontaktů`,
    })}, nebo zbytek přidejte po uložení.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Odebrat kontakt ${position}`,
  contactAdded: (position) => `Kontakt ${position} byl přidán.`,
  contactRemoved: (position) => `Kontakt ${position} byl odebrán.`,
  reviewIntro: 'Před uložením zkontrolujte údaje. Tlačítkem Upravit se vrátíte ke kroku.',
  // The step's name stays in the nominative, quoted: "Upravit krok „Firma“".
  editStep: (step) => `Upravit krok „${step}“`,
  noContacts: 'Žádné kontakty.',
  savingCustomer: 'Ukládání zákazníka…',
  customerCreated: (name) => `Zákazník ${name} byl vytvořen.`,
  customerCreatedBody: 'Zákazník a jeho kontakty jsou uloženy. Zařízení přiřaďte na kartě Zařízení u zákazníka.',
  createAnother: 'Vytvořit dalšího zákazníka',
};
export default cs;

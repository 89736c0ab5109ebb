import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Finnish: Luo asiakas, Yritys, Yhteyshenkilöt, Tarkistus, Tallenna. */
const fi: typeof wizardEn = {
  createCustomer: 'Luo asiakas',
  stepCompany: 'Yritys',
  stepContacts: 'Yhteyshenkilöt',
  stepReview: 'Tarkistus',
  duplicateName: (names) => `Samankaltaisella nimellä on jo asiakas: ${names}.`,
  duplicateReference: (names) => `Toisella asiakkaalla on tämä ulkoinen viite: ${names}.`,
  duplicateContinue: 'Tarkista, että kyseessä on uusi asiakas. Voit silti jatkaa.',
  contactsIntro: 'Lisää asiakkaan henkilöt, joille lähetetään ilmoituksia kaluston tapahtumista.',
  contactsEmpty:
    'Ei vielä yhteyshenkilöitä. Se ei haittaa: voit tallentaa ilman yhteyshenkilöitä ja lisätä ne myöhemmin.',
  contactsLimit: (max) => `Uuden asiakkaan mukana voi tallentaa enintään ${max} yhteyshenkilöä.`,
  contactsTooMany: (max, over) =>
    `Uuden asiakkaan mukana voi tallentaa enintään ${max} yhteyshenkilöä. Poista ${plural('fi', over, { one: '1 yhteyshenkilö', other: `${over} yhteyshenkilöä` })} tai lisää loput tallennuksen jälkeen.`,
  contactN: (position) => `Yhteyshenkilö ${position}`,
  removeContact: (position) => `Poista yhteyshenkilö ${position}`,
  contactAdded: (position) => `Yhteyshenkilö ${position} lisätty.`,
  contactRemoved: (position) => `Yhteyshenkilö ${position} poistettu.`,
  reviewIntro: 'Tarkista tiedot ennen tallentamista. Palaa vaiheeseen valitsemalla Muokkaa.',
  // "Muokkaa yritys" would need the step name in another case: quote it after "vaihetta" instead.
  editStep: (step) => `Muokkaa vaihetta ”${step}”`,
  noContacts: 'Ei yhteyshenkilöitä.',
  savingCustomer: 'Tallennetaan asiakasta…',
  customerCreated: (name) => `Asiakas ${name} luotiin.`,
  customerCreatedBody: 'Asiakas ja sen yhteyshenkilöt on tallennettu. Liitä kalustoa asiakkaan Kalusto-välilehdellä.',
  createAnother: 'Luo toinen asiakas',
};
export default fi;

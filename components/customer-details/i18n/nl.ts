import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Dutch: Gegevens, Bewerken, Opslaan, Klant verwijderen. */
const nl: typeof detailsEn = {
  details: 'Gegevens',
  contactsLabel: 'Contactpersonen',
  equipmentLabel: 'Materieel',
  createdAt: 'Aangemaakt',
  updatedAt: 'Laatst gewijzigd',
  changesSaved: 'Je wijzigingen zijn opgeslagen.',
  noChanges: 'Er is niets gewijzigd.',
  deleteCustomer: 'Klant verwijderen',
  deleting: 'Bezig met verwijderen…',
  deleteTitle: (name) => `${name} verwijderen?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} wordt verwijderd. Daarmee ${plural('nl', equipment, { one: 'vervalt 1 materieeltoewijzing', other: `vervallen ${format(equipment)} materieeltoewijzingen` })} en ${plural('nl', contacts, { one: 'wordt 1 contactpersoon', other: `worden ${format(contacts)} contactpersonen` })} verwijderd.${equipment ? ' Het materieel blijft zonder toewijzing in je vloot.' : ''} Dit kan niet ongedaan worden gemaakt.`,
  customerDeleted: (name) => `${name} is verwijderd.`,
  deleteFailed: 'De klant is niet verwijderd.',
  deleteStale:
    'De klant is gewijzigd sinds hij werd getoond, dus er is niets verwijderd. Controleer de klant en verwijder opnieuw.',
  customerNotFound: 'Klant niet gevonden',
  customerNotFoundBody: 'Misschien heeft iemand anders de klant verwijderd, of is de link verouderd.',
  customerLoadFailed: 'De klant kon niet worden geladen.',
  noCustomerChosen: 'Geen klant gekozen.',
  conflictTitle: 'Iemand anders heeft deze klant gewijzigd terwijl jij aan het bewerken was',
  conflictBody:
    'Er is niets opgeslagen; je wijzigingen staan nog in het formulier. Overschrijven vervangt alleen de velden die jij hebt gewijzigd.',
  conflictTheirs: 'Nu opgeslagen',
  conflictYours: 'Jouw wijziging',
  conflictNotChangedByYou: 'Niet door jou gewijzigd',
  conflictReload: 'Opgeslagen versie laden',
  conflictOverwrite: 'Overschrijven met mijn wijzigingen',
  keptEditsTitle: 'Je wijzigingen die niet zijn opgeslagen',
  keptEditsBody: 'Het formulier toont nu de opgeslagen versie. Kopieer hier wat je nog nodig hebt.',
};
export default nl;

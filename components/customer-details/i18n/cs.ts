import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Czech (Podrobnosti, Upravit, Uložit, Smazat zákazníka). */
const cs: typeof detailsEn = {
  details: 'Podrobnosti',
  contactsLabel: 'Kontakty',
  equipmentLabel: 'Zařízení',
  createdAt: 'Vytvořeno',
  updatedAt: 'Poslední změna',
  changesSaved: 'Změny byly uloženy.',
  noChanges: 'Nic se nezměnilo.',
  deleteCustomer: 'Smazat zákazníka',
  deleting: 'Mazání…',
  deleteTitle: (name) => `Smazat zákazníka: ${name}?`,
  // "Zákazník X": the name stays in the nominative, next to the noun the verb agrees with.
  deleteConsequences: (name, equipment, contacts, format) =>
    `Zákazník ${name} bude smazán. Tím odeberete ${format(equipment)} přiřazení zařízení a smažete ${plural(
      'cs',
      contacts,
      {
        one: `${format(contacts)} kontakt`,
        few: `${format(contacts)} kontakty`,
        many: `${format(contacts)} kontaktu`,
        other: `${format(contacts)} kontaktů`,
      },
    )}.${equipment ? ' Zařízení zůstane ve flotile bez přiřazení.' : ''} Tuto akci nelze vrátit zpět.`,
  customerDeleted: (name) => `Zákazník ${name} byl smazán.`,
  deleteFailed: 'Zákazník nebyl smazán.',
  deleteStale: 'Zákazník se od zobrazení změnil, proto se nic nesmazalo. Zkontrolujte ho a smažte znovu.',
  customerNotFound: 'Zákazník nenalezen',
  customerNotFoundBody: 'Mohl ho smazat někdo jiný, nebo je odkaz zastaralý.',
  customerLoadFailed: 'Zákazníka se nepodařilo načíst.',
  noCustomerChosen: 'Není vybrán zákazník.',
  conflictTitle: 'Během vašich úprav tohoto zákazníka změnil někdo jiný',
  conflictBody:
    'Nic nebylo uloženo; vaše úpravy jsou stále ve formuláři. Přepsání nahradí jen pole, která jste změnili.',
  conflictTheirs: 'Nyní uloženo',
  conflictYours: 'Vaše úprava',
  conflictNotChangedByYou: 'Nezměněno vámi',
  conflictReload: 'Načíst jejich verzi',
  conflictOverwrite: 'Přepsat mými úpravami',
  keptEditsTitle: 'Vaše neuložené úpravy',
  keptEditsBody: 'Formulář nyní zobrazuje uloženou verzi. Zkopírujte si odsud, co ještě potřebujete.',
};
export default cs;

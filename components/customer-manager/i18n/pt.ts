import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Brazilian Portuguese wording: Detalhes, Lista de contatos, Equipamentos. */
const pt: typeof managerEn = {
  tabs: { details: 'Detalhes', contacts: 'Lista de contatos', equipment: 'Equipamentos' },
  customerSections: (name) => `${name}: seções`,
  backToCustomers: 'Voltar para clientes',
  hideList: 'Ocultar a lista',
  showList: 'Mostrar a lista',
  contactsCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} contato`,
      many: `${formatted} de contatos`,
      other: `${formatted} contatos`,
    }),
  unitsCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento`,
      many: `${formatted} de equipamentos`,
      other: `${formatted} equipamentos`,
    }),
  chooseCustomer: 'Escolha um cliente na lista para ver os detalhes, contatos e equipamentos dele.',
  customerLoadFailed: 'Não foi possível carregar o cliente.',
  partLoadFailed: 'Não foi possível carregar esta parte do aplicativo.',
  customerDeletedNotice: (name) => `O cliente ${name} foi excluído, com seus contatos e atribuições de equipamentos.`,
  importCustomers: 'Importar clientes',
};
export default pt;

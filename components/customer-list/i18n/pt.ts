import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Brazilian Portuguese wording: Clientes, Criar cliente, Tipo de relação. */
const pt: typeof customerListEn = {
  customers: 'Clientes',
  customerCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} cliente`,
      many: `${formatted} de clientes`,
      other: `${formatted} clientes`,
    }),
  customerMatches: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} cliente correspondente`,
      many: `${formatted} de clientes correspondentes`,
      other: `${formatted} clientes correspondentes`,
    }),
  createCustomer: 'Criar cliente',
  searchCustomers: 'Pesquisar clientes',
  searchCustomersHint: 'Nome, referência externa, e-mail ou cidade.',
  typeFilter: 'Tipo de relação',
  allTypes: 'Todos os tipos',
  typesChosen: (count) =>
    plural('pt', count, { one: `${count} tipo`, many: `${count} de tipos`, other: `${count} tipos` }),
  sortBy: 'Ordenar por',
  sortOptions: {
    name: 'Nome (A–Z)',
    '-name': 'Nome (Z–A)',
    type: 'Tipo de relação',
    '-type': 'Tipo de relação, invertido',
    contactCount: 'Menos contatos',
    '-contactCount': 'Mais contatos',
    equipmentCount: 'Menos equipamentos',
    '-equipmentCount': 'Mais equipamentos',
    updatedAt: 'Alterado em (mais antigos primeiro)',
    '-updatedAt': 'Alterado em (mais recentes primeiro)',
  },
  colName: 'Nome',
  colType: 'Tipo de relação',
  colPlace: 'Cidade e país',
  colContacts: 'Contatos',
  colEquipment: 'Equipamentos',
  colUpdated: 'Alterado em',
  noCustomers: 'Ainda não há clientes.',
  nothingMatches: (search) => `Nada corresponde a “${search}”.`,
  nothingOfTypes: 'Nenhum cliente tem os tipos de relação escolhidos.',
  clearFilters: 'Limpar pesquisa e filtros',
  customersLoadFailed: 'Não foi possível carregar os clientes.',
  listKeys: 'As setas, Home, End, Page Up e Page Down movem; Enter ou Espaço abre o cliente.',
};
export default pt;

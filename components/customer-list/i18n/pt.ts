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
  exportAction: 'Exportar',
  exportTitle: 'Exportar clientes',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('pt', count, {
          one: `${formatted} cliente que corresponde à pesquisa e aos filtros, como arquivo CSV (UTF-8).`,
          many: `Os ${formatted} de clientes que correspondem à pesquisa e aos filtros, como arquivo CSV (UTF-8).`,
          other: `Os ${formatted} clientes que correspondem à pesquisa e aos filtros, como arquivo CSV (UTF-8).`,
        })
      : plural('pt', count, {
          one: `${formatted} cliente, como arquivo CSV (UTF-8).`,
          many: `Todos os ${formatted} de clientes, como arquivo CSV (UTF-8).`,
          other: `Todos os ${formatted} clientes, como arquivo CSV (UTF-8).`,
        }),
  exportSeparator: 'Separador',
  exportSeparatorHint: 'O Excel espera ponto e vírgula onde os números usam vírgula decimal, como no Brasil.',
  exportSemicolon: 'Ponto e vírgula (;)',
  exportComma: 'Vírgula (,)',
  exportWithContacts: 'Uma linha por contato',
  exportWithContactsHint: 'Adiciona as colunas de contato; um cliente sem contatos fica com uma linha.',
  exportStart: 'Exportar',
  exportRunning: 'Exportando clientes',
  exportProgress: (done, total) => `${done} de ${total} clientes`,
  exportCancel: 'Cancelar exportação',
  exportCancelled: 'Exportação cancelada. Nada foi baixado.',
  exportDone: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} cliente exportado.`,
      many: `${formatted} de clientes exportados.`,
      other: `${formatted} clientes exportados.`,
    }),
  exportFailed: 'A exportação falhou.',
  exportTemplate: 'Baixar modelo de importação',
  exportTemplateHint: 'Para importar clientes, preencha o modelo: ele tem as mesmas colunas.',
  exportFileName: 'clientes',
};
export default pt;

import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Brazilian Portuguese (Detalhes, Editar, Salvar, Excluir cliente). */
const pt: typeof detailsEn = {
  details: 'Detalhes',
  contactsLabel: 'Contatos',
  equipmentLabel: 'Equipamentos',
  createdAt: 'Criado em',
  updatedAt: 'Alterado em',
  changesSaved: 'Suas alterações foram salvas.',
  noChanges: 'Nada foi alterado.',
  deleteCustomer: 'Excluir cliente',
  deleting: 'Excluindo…',
  deleteTitle: (name) => `Excluir ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `O cliente ${name} será excluído. Isso remove ${plural('pt', equipment, {
      one: `${format(equipment)} atribuição de equipamento`,
      many: `${format(equipment)} de atribuições de equipamentos`,
      other: `${format(equipment)} atribuições de equipamentos`,
    })} e exclui ${plural('pt', contacts, {
      one: `${format(contacts)} contato`,
      many: `${format(contacts)} de contatos`,
      other: `${format(contacts)} contatos`,
    })}.${equipment ? ' Os equipamentos continuam na sua frota, sem atribuição.' : ''} Esta ação não pode ser desfeita.`,
  customerDeleted: (name) => `O cliente ${name} foi excluído.`,
  deleteFailed: 'O cliente não foi excluído.',
  deleteStale: 'O cliente mudou desde que foi exibido, então nada foi excluído. Verifique-o e exclua novamente.',
  customerNotFound: 'Cliente não encontrado',
  customerNotFoundBody: 'Ele pode ter sido excluído por outra pessoa, ou o link está desatualizado.',
  customerLoadFailed: 'Não foi possível carregar o cliente.',
  noCustomerChosen: 'Nenhum cliente escolhido.',
  conflictTitle: 'Outra pessoa alterou este cliente enquanto você editava',
  conflictBody:
    'Nada foi salvo; suas edições continuam no formulário. Sobrescrever substitui apenas os campos que você alterou.',
  conflictTheirs: 'Versão salva',
  conflictYours: 'Sua edição',
  conflictNotChangedByYou: 'Não alterado por você',
  conflictReload: 'Carregar a versão salva',
  conflictOverwrite: 'Sobrescrever com minhas edições',
  keptEditsTitle: 'Suas edições que não foram salvas',
  keptEditsBody: 'O formulário agora mostra a versão salva. Copie daqui o que ainda precisar.',
};
export default pt;

import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Brazilian Portuguese (Lista de contatos, Adicionar contato, Editar/Excluir contatos). */
const pt: typeof contactListEn = {
  contactList: 'Lista de contatos',
  contactTitle: 'Cargo',
  contactCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} contato`,
      many: `${formatted} de contatos`,
      other: `${formatted} contatos`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nenhum contato encontrado.'
      : plural('pt', count, {
          one: `${formatted} contato encontrado.`,
          many: `${formatted} de contatos encontrados.`,
          other: `${formatted} contatos encontrados.`,
        }),
  contactsShown: (shown, total) => `${shown} de ${total} exibidos`,
  searchContacts: 'Pesquisar contatos',
  showMoreContacts: 'Mostrar mais contatos',
  selectAllContacts: 'Selecionar todos os contatos',
  selectContact: (name) => `Selecionar ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) =>
    `Ordenado por ${column.toLowerCase()}, em ordem ${descending ? 'decrescente' : 'crescente'}.`,
  noCustomer: 'Nenhum cliente escolhido: defina o atributo customer-id.',
  contactsNone: 'Este cliente ainda não tem contatos.',
  contactsNoMatch: (search) => `Nenhum contato corresponde a “${search}”.`,
  contactsLoadFailed: 'Não foi possível carregar os contatos.',
  contactsReadOnlyTitle: 'Você pode ver os contatos, mas não alterá-los',
  contactsReadOnly: 'Somente administradores e administradores de frota podem adicionar, editar ou excluir contatos.',
  editContacts: 'Editar contatos',
  deleteContacts: 'Excluir contatos',
  clearSelection: 'Limpar seleção',
  editingContacts: (count, formatted) =>
    plural('pt', count, {
      one: `Editando ${formatted} contato`,
      many: `Editando ${formatted} de contatos`,
      other: `Editando ${formatted} contatos`,
    }),
  contactsSaved: (count) =>
    plural('pt', count, {
      one: `${count} contato salvo.`,
      many: `${count} de contatos salvos.`,
      other: `${count} contatos salvos.`,
    }),
  contactsNotSaved: (count) =>
    plural('pt', count, {
      one: `${count} contato não foi salvo: veja a mensagem na linha dele.`,
      many: `${count} de contatos não foram salvos: veja a mensagem em cada linha.`,
      other: `${count} contatos não foram salvos: veja a mensagem em cada linha.`,
    }),
  contactsUnchanged: 'Nada foi alterado.',
  contactStale:
    'Outra pessoa alterou este contato nesse meio-tempo; a versão dela agora é o ponto de partida. Salve novamente para aplicar suas alterações sobre ela ou clique em Cancelar para vê-la.',
  deleteContactsTitle: (count, formatted) =>
    plural('pt', count, {
      one: `Excluir ${formatted} contato?`,
      many: `Excluir ${formatted} de contatos?`,
      other: `Excluir ${formatted} contatos?`,
    }),
  // Neither number nor gender of the names is known here, so nothing agrees with them.
  deleteContactsBody: (names) => `Exclusão de ${names}. Esta ação não pode ser desfeita.`,
  andMore: (count) => `mais ${count}`,
  deletingContacts: 'Excluindo contatos…',
  contactsDeleted: (count) =>
    plural('pt', count, {
      one: `${count} contato excluído.`,
      many: `${count} de contatos excluídos.`,
      other: `${count} contatos excluídos.`,
    }),
  contactsNotDeleted: (count) =>
    plural('pt', count, {
      one: `${count} contato não foi excluído e continua selecionado:`,
      many: `${count} de contatos não foram excluídos e continuam selecionados:`,
      other: `${count} contatos não foram excluídos e continuam selecionados:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  // A person's name: «adicionado/adicionada» would need the person's gender.
  contactAddedNamed: (name) => `${name} agora está na lista de contatos.`,
  addContactFailed: 'O contato não foi adicionado.',
  contactPhoneHint: (country) =>
    country
      ? `Sem código do país, considera-se ${country}.`
      : 'Inclua o código do país, por exemplo, +55 11 91234-5678.',
  newContact: 'Novo',
  selectedHidden: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} contato selecionado está oculto pela pesquisa e fica fora de Editar e Excluir.`,
      many: `${formatted} de contatos selecionados estão ocultos pela pesquisa e ficam fora de Editar e Excluir.`,
      other: `${formatted} contatos selecionados estão ocultos pela pesquisa e ficam fora de Editar e Excluir.`,
    }),
  dismiss: 'Fechar',
  contactsNoneHint: 'Adicione as pessoas do cliente que devem ser notificadas sobre eventos dos equipamentos.',
  // Notification preferences
  notifications: 'Notificações',
  notificationChannels: 'Canais',
  notificationEvents: 'Eventos',
  notificationLanguage: 'Idioma das mensagens',
  notificationOptOut: 'Descadastrado: não enviar nada', // review: «descadastrado» for opted out
  notificationOptOutHint: 'As escolhas acima são mantidas e voltam a valer quando o descadastro for removido.',
  smsNeedsPhoneHint: 'O SMS precisa de um número de telefone.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Manutenção prevista', // review: Trackunit may say «Serviço pendente»
    fault_code: 'Códigos de falha',
    geofence_enter: 'Entrada na cerca virtual', // review: «geocerca» is also used
    geofence_exit: 'Saída da cerca virtual',
    out_of_hours_use: 'Uso fora do horário',
    low_battery: 'Bateria fraca',
    tamper: 'Violação', // review: tamper alarm of the telematics unit
  },
  optedOut: 'Descadastrado',
  noChannel: 'Nenhum canal',
  eventCount: (count) =>
    plural('pt', count, { one: `${count} evento`, many: `${count} de eventos`, other: `${count} eventos` }),
  notifiedAbout: (channels, events) => `Por ${channels} sobre ${events}`,
  nothingChosen: 'nada',
  notifySelected: 'Notificações…',
  notifySelectedTitle: (count, formatted) =>
    plural('pt', count, {
      one: `Notificações de ${formatted} contato`,
      many: `Notificações de ${formatted} de contatos`,
      other: `Notificações de ${formatted} contatos`,
    }),
  notifyChange: 'Alterar',
  notifyAdd: 'Ativar',
  notifyRemove: 'Desativar',
  notifyWhat: 'Evento ou canal',
  notifyApply: 'Aplicar',
  notifyOptOut: 'Descadastrar',
  notifyOptIn: 'Remover o descadastro',
  notifyDone: (count) =>
    plural('pt', count, {
      one: `Notificações alteradas para ${count} contato.`,
      many: `Notificações alteradas para ${count} de contatos.`,
      other: `Notificações alteradas para ${count} contatos.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Quem é notificado',
  whoIsToldEvent: 'Quando uma máquina gera', // review: followed by the chosen event
  whoIsToldNone: 'Ninguém é notificado sobre este evento.',
  whoIsToldCount: (count) =>
    plural('pt', count, {
      one: `${count} contato é notificado.`,
      many: `${count} de contatos são notificados.`,
      other: `${count} contatos são notificados.`,
    }),
  whoIsToldFailed: 'Não foi possível carregar quem é notificado.',
  notifyNotChanged: (count) =>
    plural('pt', count, {
      one: `${count} contato não foi alterado:`,
      many: `${count} de contatos não foram alterados:`,
      other: `${count} contatos não foram alterados:`,
    }),
};
export default pt;

import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Portuguese as spoken in Brazil: CLDR's `pt` is Brazilian Portuguese, so this table matches the dates and numbers
 * `Intl` formats for `pt`; a European table would be `pt-PT`. One word per concept: cliente, contato,
 * equipamento (countable), atribuir / remover atribuição, frota, administrador de frota.
 * CLDR puts 0 in `one` for `pt`, so a count of 0 gets the singular form ("0 contato") in every table.
 */
const pt: Strings = {
  // review: the singular after 0 is CLDR's rule for pt; confirm it reads right to Brazilian users
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  close: 'Fechar',
  save: 'Salvar',
  saving: 'Salvando…',
  edit: 'Editar',
  next: 'Avançar',
  back: 'Voltar',
  remove: 'Remover',
  confirm: 'Confirmar',
  optional: 'opcional',
  notGiven: 'Não informado',
  selectedCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} selecionado`,
      many: `${formatted} selecionados`,
      other: `${formatted} selecionados`,
    }),
  selectionActions: 'Ações para a seleção',
  stepOf: (position, total) => `Etapa ${position} de ${total}`,
  progress: 'Progresso',

  noClient: 'Não conectado: defina a propriedade client ou chame setDefaultClient().',
  noPermissionCreate: 'Somente administradores e administradores de frota podem criar clientes.',
  noPermissionChange: 'Somente administradores e administradores de frota podem alterar clientes.',
  noPermissionTitle: 'Você pode ver os clientes, mas não alterá-los',
  userLoadFailed: 'Não foi possível carregar suas permissões.',

  errorNetwork: 'Não foi possível acessar o servidor. Verifique a conexão e tente novamente.',
  errorTimeout: 'O servidor demorou demais para responder. Tente novamente.',
  errorRateLimited: (seconds) =>
    seconds
      ? plural('pt', seconds, {
          one: `Muitas solicitações. Tente novamente em ${seconds} segundo.`,
          many: `Muitas solicitações. Tente novamente em ${seconds} de segundos.`,
          other: `Muitas solicitações. Tente novamente em ${seconds} segundos.`,
        })
      : 'Muitas solicitações. Tente novamente em instantes.',
  errorServer: 'Ocorreu um erro no servidor. Tente novamente em instantes.',
  errorAuthentication: 'Sua sessão expirou. Entre novamente e tente outra vez.',
  errorNotFound: 'Este registro não existe mais.',
  errorConflict: 'Isto entra em conflito com outro registro.',
  errorStale: 'Outra pessoa alterou isto nesse meio-tempo. Recarregue para ver as alterações.',
  errorValidation: 'Alguns campos precisam de atenção.',
  errorUnknown: 'Algo deu errado. Tente novamente.',
  inputKept: 'Nada do que você digitou foi perdido.',

  violation: {
    required: 'Obrigatório.',
    too_long: 'Muito longo.',
    too_many: 'Há entradas demais.',
    invalid_email: 'Digite um e-mail válido, por exemplo, nome@exemplo.com.br.',
    invalid_phone: 'Digite um telefone com código do país, por exemplo, +55 11 91234-5678, ou escolha o país primeiro.',
    invalid_url: 'Digite um endereço da web que comece com https:// ou http://.',
    invalid_country: 'Escolha um país da lista.',
    invalid_choice: 'Escolha uma das opções.',
    unreachable: 'Digite um e-mail ou um telefone para que o contato possa ser notificado.',
    sms_needs_phone: 'O SMS precisa de um número de telefone: adicione um ou deixe o SMS desativado.',
    invalid: 'Este valor não é válido.',
    duplicate: 'Outro cliente já tem esta referência externa.',
  },
  tooLong: (max) => `Muito longo: no máximo ${max} caracteres.`,
  tooMany: (max) => `Há entradas demais: no máximo ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('pt', count, {
      one: `${count} campo precisa de atenção.`,
      many: `${count} de campos precisam de atenção.`,
      other: `${count} campos precisam de atenção.`,
    }),
  emailOrPhone: 'e-mail ou telefone obrigatório',

  unsavedTitle: 'Descartar as alterações?',
  unsavedBody: 'O que você digitou não foi salvo e será perdido.',
  unsavedDiscard: 'Descartar alterações',
  unsavedKeep: 'Continuar editando',

  customerTypes: {
    CONTRACTOR: 'Empreiteira', // review: or «Construtora»
    DEALER: 'Concessionária', // review: «Revendedor» is also used for machine dealers
    DISTRIBUTOR: 'Distribuidor',
    OEM: 'OEM/Fabricante',
    RENTAL: 'Locação',
    SERVICE: 'Prestador de serviços',
    OTHER: 'Outro',
  },

  country: 'País',
  countryHint: 'Digite para pesquisar e escolha na lista.',
  countryNoMatch: 'Nenhum país encontrado',
  countryMatches: (count) =>
    plural('pt', count, {
      one: `${count} país encontrado`,
      many: `${count} de países encontrados`,
      other: `${count} países encontrados`,
    }),
  showCountries: 'Mostrar países',

  companyName: 'Nome da empresa',
  address: 'Endereço',
  street: 'Rua',
  postalCode: 'Código postal',
  city: 'Cidade',
  phone: 'Telefone',
  phoneHint: 'Salvo no formato internacional; sem código do país, considera-se o país acima.',
  email: 'E-mail',
  externalReference: 'Referência externa',
  externalReferenceHint: 'Seu próprio ID para este cliente, por exemplo, do seu sistema ERP.',
  relationshipType: 'Tipo de relação',
  relationshipTypeHint: 'Qual é a sua relação com este cliente? Sem escolha, usa-se “Outro”.',
  contactsReachable: 'Cada contato precisa de um e-mail ou telefone.',
  contactName: 'Nome',
  contactTitle: 'Cargo',
  addContact: 'Adicionar contato',
  saveFailed: 'O cliente não foi salvo.',
  serverRejected: 'O servidor não aceitou alguns campos. Eles estão marcados junto a cada campo.',

  region: 'Região',
  website: 'Site',
  websiteHint: 'Começando com https:// ou http://.',
  note: 'Observação',
};
export default pt;

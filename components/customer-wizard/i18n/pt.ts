import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Brazilian Portuguese (Criar cliente, Salvar). */
const pt: typeof wizardEn = {
  createCustomer: 'Criar cliente',
  stepCompany: 'Empresa',
  stepContacts: 'Contatos',
  stepReview: 'Revisão',
  duplicateName: (names) => `Já existe um cliente com nome parecido: ${names}.`,
  duplicateReference: (names) => `Outro cliente tem esta referência externa: ${names}.`,
  duplicateContinue: 'Verifique se este é um cliente novo. Você ainda pode continuar.',
  contactsIntro: 'Adicione as pessoas do cliente que devem ser notificadas sobre eventos dos equipamentos.',
  contactsEmpty: 'Ainda não há contatos. Tudo bem: você pode salvar sem contatos e adicioná-los depois.',
  contactsLimit: (max) => `É possível salvar até ${max} contatos com um cliente novo.`,
  contactsTooMany: (max, over) =>
    `É possível salvar no máximo ${max} contatos com um cliente novo. Remova ${plural('pt', over, {
      one: `${over} contato`,
      many: `${over} de contatos`,
      other: `${over} contatos`,
    })} ou adicione o restante depois de salvar.`,
  contactN: (position) => `Contato ${position}`,
  removeContact: (position) => `Remover contato ${position}`,
  contactAdded: (position) => `Contato ${position} adicionado.`,
  contactRemoved: (position) => `Contato ${position} removido.`,
  reviewIntro: 'Revise os dados antes de salvar. Use Editar para voltar a uma etapa.',
  // The step's own title, kept as a name: «Editar a etapa Empresa».
  editStep: (step) => `Editar a etapa ${step}`,
  noContacts: 'Nenhum contato.',
  savingCustomer: 'Salvando o cliente…',
  customerCreated: (name) => `O cliente ${name} foi criado.`,
  customerCreatedBody: 'O cliente e seus contatos foram salvos. Atribua equipamentos na aba Equipamentos do cliente.',
  createAnother: 'Criar outro cliente',
};
export default pt;

import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Brazilian Portuguese: arquivo, linha, coluna, modelo, importar, possível duplicado. */
const pt: typeof importEn = {
  importCustomers: 'Importar clientes',
  stepChoose: 'Escolher arquivo',
  stepMap: 'Mapear colunas', // review: «Associar colunas» is the alternative
  stepPreview: 'Revisar',
  stepImport: 'Importar',
  chooseIntro:
    'Escolha um arquivo CSV, ou um arquivo separado por ponto e vírgula do Excel, em UTF-8 ou Windows-1252. Uma linha por cliente; contatos como Contato 1 nome, Contato 2 e-mail, … ou em linhas próprias com a mesma referência externa.',
  chooseFile: 'Escolher um arquivo',
  dropHint: 'ou solte-o aqui',
  downloadTemplate: 'Baixar o modelo',
  reading: 'Lendo o arquivo…',
  readAs: (name, encoding, rows) => `${name}: ${rows} linhas, lido como ${encoding}.`,
  problemEmpty: 'O arquivo está vazio.',
  problemTooLarge: (size, max) =>
    `O arquivo tem ${size}; uma importação aceita arquivos de até ${max}. Divida-o em arquivos menores e importe-os um por um.`,
  problemPdf:
    'Este é um documento PDF, não um arquivo CSV. Abra a planilha no Excel, salve-a como CSV e escolha esse arquivo.',
  problemZip:
    'Este é um arquivo ZIP (uma pasta de trabalho .xlsx do Excel é um), não um arquivo CSV. No Excel, escolha Salvar como → CSV e escolha esse arquivo.',
  problemImage: 'Esta é uma imagem, não um arquivo CSV.',
  problemBinary:
    'Este arquivo não é texto, então não pode ser um arquivo CSV. Salve a planilha como CSV e escolha esse arquivo.',
  problemNul: (rows) =>
    `O arquivo contém bytes NUL (nas linhas ${rows}): está danificado ou não é um arquivo CSV. Salve-o novamente como CSV.`,
  problemMixed: (rows) =>
    `O arquivo mistura duas codificações de texto: as linhas ${rows} não estão em UTF-8, e as outras estão. Salve o arquivo inteiro novamente como “CSV UTF-8” e escolha-o de novo.`,
  problemNoRows: 'O arquivo não tem linhas abaixo da linha de cabeçalho.',
  problemTooManyRows: (max) =>
    `O arquivo tem mais de ${max} linhas. Divida-o em arquivos de no máximo ${max} linhas e importe-os um por um.`,
  problemQuote: (row) =>
    `Uma célula entre aspas que começa na linha ${row} nunca é fechada, então o resto do arquivo seria lido como uma só célula. Verifique as aspas dessa linha.`,
  raggedRows: (count, rows) =>
    plural('pt', count, {
      one: `A linha ${rows} tem um número de células diferente do cabeçalho: verifique os separadores e as aspas dela.`,
      many: `${count} de linhas têm um número de células diferente do cabeçalho (linhas ${rows}): verifique os separadores e as aspas delas.`,
      other: `${count} linhas têm um número de células diferente do cabeçalho (linhas ${rows}): verifique os separadores e as aspas delas.`,
    }),
  mapIntro:
    'Confira para onde vai cada coluna do arquivo. Os cabeçalhos reconhecidos já estão mapeados; altere qualquer um deles.',
  fileColumn: 'Coluna no arquivo',
  sample: 'Primeiro valor',
  mapsTo: 'Importado como',
  ignoreColumn: 'Não importar',
  contactSlot: (slot, field) => `Contato ${slot}: ${field}`,
  contactRow: (field) => `Contato (um por linha): ${field}`,
  columnCustomerId: 'ID do cliente',
  columnContactName: 'nome',
  needNameColumn: 'Mapeie uma coluna para Nome: todo cliente precisa de um nome.',
  checking: (done, total) => `Verificando linhas… ${done} de ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} novos, ${updated} atualizados, ${errors} com erros, ${duplicates} possíveis duplicados`,
  filterAll: 'Todas as linhas',
  filterErrors: 'Com erros',
  filterDuplicates: 'Possíveis duplicados',
  filterUpdates: 'Atualizações',
  filterNew: 'Novos',
  show: 'Mostrar',
  row: 'Linha',
  status: 'Status',
  statusNew: 'Novo',
  statusUpdate: 'Atualização',
  statusDuplicate: 'Possível duplicado',
  statusError: 'Erro',
  problems: 'Problemas',
  rowProblem: 'Linha',
  looksLike: (names) => `Parece ser ${names}.`,
  sameAsLine: (line) => `Como a linha ${line} deste arquivo.`,
  updates: (name) => `Atualiza ${name}.`,
  decision: (row) => `Linha ${row}: o que fazer`,
  decideLater: 'Escolher…',
  importAsNew: 'Importar como novo',
  skipRow: 'Ignorar',
  allAsNew: 'Importar todos os possíveis duplicados como novos',
  skipAll: 'Ignorar todos os possíveis duplicados',
  undecided: (count) =>
    plural('pt', count, {
      one: `Decida o que fazer com ${count} possível duplicado antes de importar.`,
      many: `Decida o que fazer com ${count} de possíveis duplicados antes de importar.`,
      other: `Decida o que fazer com ${count} possíveis duplicados antes de importar.`,
    }),
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  previousPage: 'Página anterior',
  nextPage: 'Próxima página',
  noRowsShown: 'Nenhuma linha deste tipo.',
  importRows: (count) => `Importar ${count} linhas`,
  nothingToImport: 'Não há nada para importar: corrija no arquivo as linhas com erros ou altere o mapeamento.',
  importing: (done, total) => `Importando… ${done} de ${total} linhas`,
  cancelImport: 'Cancelar importação',
  cancelled: 'A importação foi cancelada. O que já foi enviado é mantido.',
  doneTitle: 'Importação concluída',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} criados, ${updated} atualizados, ${unchanged} sem alteração, ${failed} não importados`,
  downloadFailed: (count) => `Baixar ${count} linhas não importadas (CSV)`,
  retryFailed: 'Tentar novamente as linhas que falharam',
  reasonColumn: 'Motivo',
  reasonCancelled: 'Não importado: a importação foi cancelada.',
  reasonSkipped: 'Ignorado: possível duplicado.',
  undo: 'Desfazer esta importação',
  undoConfirmTitle: 'Desfazer esta importação?',
  undoConfirmBody: (created, updated) =>
    `Isto exclui os ${created} clientes criados pela importação e restaura os ${updated} clientes que ela atualizou. Os clientes alterados depois da importação ficam como estão.`,
  undoing: (done, total) => `Desfazendo… ${done} de ${total}`,
  undone: 'A importação foi desfeita.',
  undoRefused: (count) =>
    plural('pt', count, {
      one: `${count} cliente foi alterado depois da importação e ficou como está:`,
      many: `${count} de clientes foram alterados depois da importação e ficaram como estão:`,
      other: `${count} clientes foram alterados depois da importação e ficaram como estão:`,
    }),
  undoRefusedRow: (row, name) => `Linha ${row}, ${name}: alterado depois da importação, por isso não foi desfeito.`,
  undoFailedRow: (row, name, reason) => `Linha ${row}, ${name}: ${reason}`,
  startOver: 'Importar outro arquivo',
  failedFileName: 'clientes-nao-importados.csv',
};
export default pt;

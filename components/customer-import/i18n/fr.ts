import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in French: the same words as the customer list (client, contact, référence externe). */
const fr: typeof importEn = {
  importCustomers: 'Importer des clients',
  stepChoose: 'Fichier',
  stepMap: 'Colonnes',
  stepPreview: 'Aperçu',
  stepImport: 'Import',
  chooseIntro:
    'Choisissez un fichier CSV, ou un fichier Excel séparé par des points-virgules, en UTF-8 ou Windows-1252. Une ligne par client\u202f; les contacts en colonnes Contact 1 nom, Contact 2 e-mail, … ou sur des lignes à part avec la même référence externe.',
  chooseFile: 'Choisir un fichier',
  dropHint: 'ou déposez-le ici',
  downloadTemplate: 'Télécharger le modèle',
  reading: 'Lecture du fichier…',
  readAs: (name, encoding, rows) => `${name}\u202f: ${rows} lignes, lu en ${encoding}.`,
  problemEmpty: 'Le fichier est vide.',
  problemTooLarge: (size, max) =>
    `Le fichier fait ${size}\u202f; un import accepte des fichiers jusqu’à ${max}. Divisez-le en fichiers plus petits et importez-les un par un.`,
  problemPdf:
    'Ceci est un document PDF, pas un fichier CSV. Ouvrez la feuille dans Excel, enregistrez-la au format CSV, puis choisissez ce fichier.',
  problemZip:
    'Ceci est une archive ZIP (un classeur Excel .xlsx en est une), pas un fichier CSV. Dans Excel, choisissez Enregistrer sous → CSV, puis choisissez ce fichier.', // review: menu name as in French Excel
  problemImage: 'Ceci est une image, pas un fichier CSV.',
  problemBinary:
    'Ce fichier n’est pas du texte, ce ne peut donc pas être un fichier CSV. Enregistrez la feuille au format CSV et choisissez ce fichier.',
  problemNul: (rows) =>
    `Le fichier contient des octets NUL (lignes ${rows})\u202f: il est endommagé ou n’est pas un fichier CSV. Enregistrez-le à nouveau au format CSV.`,
  problemMixed: (rows) =>
    `Le fichier mélange deux encodages\u202f: les lignes ${rows} ne sont pas en UTF-8, contrairement aux autres. Enregistrez tout le fichier au format «\u202fCSV UTF-8\u202f» et choisissez-le à nouveau.`, // review: Excel's French name of the format
  problemNoRows: 'Le fichier n’a aucune ligne sous la ligne d’en-tête.',
  problemTooManyRows: (max) =>
    `Le fichier a plus de ${max} lignes. Divisez-le en fichiers d’au plus ${max} lignes et importez-les un par un.`,
  problemQuote: (row) =>
    `Une cellule entre guillemets commençant à la ligne ${row} n’est jamais fermée\u202f: le reste du fichier serait lu comme une seule cellule. Vérifiez les guillemets de cette ligne.`,
  raggedRows: (count, rows) =>
    count === 1
      ? `La ligne ${rows} n’a pas le même nombre de cellules que l’en-tête\u202f: vérifiez ses séparateurs et ses guillemets.`
      : plural('fr', count, {
          one: `${count} ligne n’a pas le même nombre de cellules que l’en-tête (ligne ${rows})\u202f: vérifiez ses séparateurs et ses guillemets.`,
          many: `${count} de lignes n’ont pas le même nombre de cellules que l’en-tête (lignes ${rows})\u202f: vérifiez leurs séparateurs et leurs guillemets.`,
          other: `${count} lignes n’ont pas le même nombre de cellules que l’en-tête (lignes ${rows})\u202f: vérifiez leurs séparateurs et leurs guillemets.`,
        }),
  mapIntro:
    'Vérifiez la destination de chaque colonne du fichier. Les en-têtes reconnus sont déjà associés\u202f; modifiez-les si besoin.',
  fileColumn: 'Colonne du fichier',
  sample: 'Première valeur',
  mapsTo: 'Importée comme',
  ignoreColumn: 'Ne pas importer',
  contactSlot: (slot, field) => `Contact ${slot}\u202f: ${field}`,
  contactRow: (field) => `Contact (un par ligne)\u202f: ${field}`,
  columnCustomerId: 'ID client',
  columnContactName: 'nom',
  needNameColumn: 'Associez une colonne à Nom\u202f: chaque client doit avoir un nom.',
  checking: (done, total) => `Vérification des lignes… ${done} sur ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nouveaux, ${updated} mis à jour, ${errors} avec erreurs, ${duplicates} doublons possibles`,
  filterAll: 'Toutes les lignes',
  filterErrors: 'Avec erreurs',
  filterDuplicates: 'Doublons possibles',
  filterUpdates: 'Mises à jour',
  filterNew: 'Nouveaux',
  show: 'Afficher',
  row: 'Ligne',
  status: 'Statut',
  statusNew: 'Nouveau',
  statusUpdate: 'Mise à jour',
  statusDuplicate: 'Doublon possible',
  statusError: 'Erreur',
  problems: 'Problèmes',
  rowProblem: 'Ligne',
  looksLike: (names) => `Ressemble à ${names}.`,
  sameAsLine: (line) => `Comme la ligne ${line} de ce fichier.`,
  updates: (name) => `Met à jour ${name}.`,
  decision: (row) => `Ligne ${row}\u202f: que faire`,
  decideLater: 'Choisir…',
  importAsNew: 'Importer comme nouveau',
  skipRow: 'Ignorer',
  allAsNew: 'Importer tous les doublons possibles comme nouveaux',
  skipAll: 'Ignorer tous les doublons possibles',
  undecided: (count) =>
    plural('fr', count, {
      one: `Décidez quoi faire de ${count} doublon possible avant d’importer.`,
      many: `Décidez quoi faire de ${count} de doublons possibles avant d’importer.`,
      other: `Décidez quoi faire de ${count} doublons possibles avant d’importer.`,
    }),
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  noRowsShown: 'Aucune ligne de ce type.',
  importRows: (count) => `Importer ${count} lignes`,
  nothingToImport:
    'Rien à importer\u202f: corrigez dans le fichier les lignes avec erreurs, ou modifiez l’association des colonnes.',
  importing: (done, total) => `Import en cours… ${done} lignes sur ${total}`,
  cancelImport: 'Annuler l’import',
  cancelled: 'L’import a été annulé. Ce qui a déjà été envoyé est conservé.',
  doneTitle: 'Import terminé',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} créés, ${updated} mis à jour, ${unchanged} inchangés, ${failed} non importés`,
  downloadFailed: (count) => `Télécharger les ${count} lignes non importées (CSV)`,
  retryFailed: 'Réessayer les lignes en échec',
  reasonColumn: 'Motif',
  reasonCancelled: 'Non importé\u202f: l’import a été annulé.',
  reasonSkipped: 'Ignoré\u202f: doublon possible.',
  undo: 'Annuler cet import',
  undoConfirmTitle: 'Annuler cet import\u202f?',
  undoConfirmBody: (created, updated) =>
    `Les ${created} clients créés par l’import seront supprimés et les ${updated} clients qu’il a mis à jour seront restaurés. Les clients modifiés depuis l’import restent tels quels.`,
  undoing: (done, total) => `Annulation… ${done} sur ${total}`,
  undone: 'L’import a été annulé.',
  undoRefused: (count) =>
    plural('fr', count, {
      one: `${count} client a été modifié après l’import et est resté tel quel\u202f:`,
      many: `${count} de clients ont été modifiés après l’import et sont restés tels quels\u202f:`,
      other: `${count} clients ont été modifiés après l’import et sont restés tels quels\u202f:`,
    }),
  undoRefusedRow: (row, name) => `Ligne ${row}, ${name}\u202f: modifié après l’import, donc non annulé.`,
  undoFailedRow: (row, name, reason) => `Ligne ${row}, ${name}\u202f: ${reason}`,
  startOver: 'Importer un autre fichier',
  failedFileName: 'clients-non-importes.csv',
};
export default fr;

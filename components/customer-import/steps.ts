import { html, nothing, type TemplateResult } from 'lit';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  headerOf,
  parseTargetKey,
  targetKey,
  type ColumnTarget,
  type CsvLanguage,
} from '../../src/csv/index.js';
import type { Strings } from '../shared/i18n/en.js';
import type { ImportStrings } from './i18n/en.js';
import type { ParsedFile } from './parse-csv.js';

type T = Strings & ImportStrings;

export interface ChooseView {
  t: T;
  busy: string | undefined;
  problem: string | undefined;
  dragging: boolean;
  onFile: (file: File | undefined) => void;
  onDrag: (over: boolean) => void;
  onTemplate: () => void;
}

/** Step 1: a real file input (keyboard and screen readers get the browser's own), a drop zone around it. */
export function chooseStep(view: ChooseView): TemplateResult {
  const { t } = view;
  const drop = (event: DragEvent) => {
    event.preventDefault();
    view.onDrag(false);
    view.onFile(event.dataTransfer?.files[0]);
  };
  return html`<p class="intro" id="choose-intro">${t.chooseIntro}</p>
    <div
      class="drop ${view.dragging ? 'dragging' : ''}"
      part="drop-zone"
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        view.onDrag(true);
      }}
      @dragleave=${() => view.onDrag(false)}
      @drop=${drop}
    >
      <label class="file-label" for="file">${t.chooseFile}</label>
      <input
        id="file"
        class="file-input"
        part="file-input"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby="choose-intro ${view.problem ? 'file-problem' : ''}"
        aria-invalid=${view.problem ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          view.onFile(input.files?.[0]);
          input.value = '';
        }}
      />
      <span class="drop-hint" aria-hidden="true">${t.dropHint}</span>
    </div>
    ${view.busy ? html`<p class="busy" role="status">${view.busy}</p>` : nothing}
    ${
      view.problem
        ? html`<p class="file-problem" part="file-problem" id="file-problem" role="alert">${view.problem}</p>`
        : nothing
    }
    <div class="actions">
      <button class="button link" part="button button-template" type="button" @click=${view.onTemplate}>
        ${t.downloadTemplate}
      </button>
    </div>`;
}

/** Every place a column can go, labelled in the user's language; contact slots up to `slots`. */
export function targetOptions(t: T, language: CsvLanguage, slots: number): { key: string; label: string }[] {
  const options = CUSTOMER_COLUMNS.map((column) => {
    const target: ColumnTarget = { scope: 'customer', field: column.field };
    return { key: targetKey(target), label: headerOf(target, language) };
  });
  for (const column of CONTACT_COLUMNS) {
    const target: ColumnTarget = { scope: 'contact', field: column.field, slot: null };
    options.push({ key: targetKey(target), label: t.contactRow(fieldWord(column.field, language, t)) });
  }
  for (let slot = 1; slot <= slots; slot++) {
    for (const column of CONTACT_COLUMNS) {
      const target: ColumnTarget = { scope: 'contact', field: column.field, slot };
      options.push({ key: targetKey(target), label: t.contactSlot(slot, fieldWord(column.field, language, t)) });
    }
  }
  return options;
}

/** "name", "e-mail", ... as the contact slot headers say them. */
function fieldWord(field: string, language: CsvLanguage, t: T): string {
  if (field === 'name') return t.columnContactName;
  const header = headerOf({ scope: 'contact', field: field as 'email', slot: 1 }, language);
  return header.replace(/^\S+\s+1\s+/, '');
}

export interface MapView {
  t: T;
  file: ParsedFile;
  targets: readonly (ColumnTarget | null)[];
  options: readonly { key: string; label: string }[];
  problem: string | undefined;
  onChange: (column: number, target: ColumnTarget | null) => void;
}

/** Step 2: one select per file column, preset to what the header was recognised as. */
export function mapStep(view: MapView): TemplateResult {
  const { t, file } = view;
  const sample = (column: number) => file.rows.find((row) => row[column]?.trim())?.[column]?.trim() ?? '';
  return html`<p class="intro">${t.mapIntro}</p>
    <div class="table-frame" part="mapping">
      <table class="mapping">
        <thead>
          <tr>
            <th scope="col">${t.fileColumn}</th>
            <th scope="col">${t.sample}</th>
            <th scope="col">${t.mapsTo}</th>
          </tr>
        </thead>
        <tbody>
          ${file.headers.map((header, column) => {
            const current = view.targets[column];
            return html`<tr>
              <th scope="row" id="col-${column}"><span class="truncate" title=${header}>${header}</span></th>
              <td><span class="truncate sample" title=${sample(column)}>${sample(column)}</span></td>
              <td>
                <select
                  class="select"
                  part="select"
                  aria-label=${`${t.mapsTo}: ${header}`}
                  @change=${(event: Event) =>
                    view.onChange(column, parseTargetKey((event.target as HTMLSelectElement).value))}
                >
                  <option value="" .selected=${!current}>${t.ignoreColumn}</option>
                  ${view.options.map(
                    (option) =>
                      html`<option
                        value=${option.key}
                        .selected=${current !== null && current !== undefined && targetKey(current) === option.key}
                      >
                        ${option.label}
                      </option>`,
                  )}
                </select>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${view.problem ? html`<p class="file-problem" role="alert" id="map-problem">${view.problem}</p>` : nothing}`;
}

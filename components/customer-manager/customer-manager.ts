import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { keyed } from 'lit/directives/keyed.js';
import type { CustomerType } from '../../src/schemas/customer.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientController } from '../shared/client.js';
import { LocalizeController } from '../shared/localize.js';
import { ConfirmController } from '../shared/confirm.js';
import { errorState, loadingState, notice } from '../shared/states.js';
import type { WizardCancelEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { CustomerList } from '../customer-list/customer-list.js';
import { DEFAULT_SORT, toSort, toTypes, typesConverter, type ListSort } from '../customer-list/queries.js';
import { managerEn } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import { managerStyles } from './customer-manager.styles.js';
import { PartLoader, type Part } from './parts.js';
import { UnsavedChangesGuard } from '../shared/form-unsaved.js';
import { UnsavedInput, type GuardedPart } from './unsaved.js';
import { DEFAULT_TAB, toTab, type ManagerState, type Tab } from './state.js';
import { UrlSyncController } from './url-sync.js';
import { OpenCustomerController } from './open-customer.js';
import { paneBar } from './view.js';
import { tabsStyles } from '../shared/tabs.styles.js';

/**
 * What the main pane shows: the open customer (if any), the Create customer wizard, or the import (issue 13).
 * One value, so the wizard and the import can never both be open.
 */
type MainPane = 'customer' | 'create' | 'import';

const PART_OF_TAB: Record<Tab, Part> = {
  details: 'customer-details',
  contacts: 'contact-list',
  equipment: 'equipment-assigner',
};

/**
 * The whole Customers app, as the help article walks through it: the customer list; for the chosen customer a
 * header (name, relationship type, counts) and the tabs Details, Contact list and Equipment (landing on
 * Equipment); Create customer runs the wizard in the main pane and opens the new customer. Counts in the header
 * and the list follow every assignment and contact change without a reload; deleting the customer returns to
 * the list. The open customer, tab, search, types and sort are attributes and properties, reported by
 * `customer-manager-change`, and with `url-state` kept in the page's query string (back and forward work).
 * Side by side on wide screens (the list can be hidden); on narrow ones the list, then the customer with Back.
 * Leaving typed, unsaved input asks first. Tabs and the wizard load their code when first shown.
 *
 * @tagname customer-manager
 * @summary The Customers app: list, customer header, Details / Contact list / Equipment tabs, Create customer.
 *
 * @event {CustomerManagerChangeEvent} customer-manager-change - `detail: { customerId, tab, search, type, sort,
 *   changed }`: the open customer, tab, search, types or sort changed.
 * @event {CustomerSelectEvent} customer-select - From the list: `detail: { customerId: string }`.
 * @event {CustomerCreatedEvent} customer-created - From the wizard; the new customer opens.
 * @event {CustomerUpdatedEvent} customer-updated - From Details.
 * @event {CustomerDeletedEvent} customer-deleted - From Details; the app returns to the list.
 * @event {ContactsChangedEvent} contacts-changed - From the Contact list tab.
 * @event {EquipmentAssignedEvent} equipment-assigned - From the Equipment tab.
 * @event {EquipmentUnassignedEvent} equipment-unassigned - From the Equipment tab.
 *
 * @csspart base - The app's layout.
 * @csspart list-pane - The column with the customer list.
 * @csspart main - The pane with the open customer or the wizard.
 * @csspart pane-bar - Back and Hide / Show the list.
 * @csspart customer-header - Name, relationship type and counts; `customer-title` and `facts` its pieces.
 * @csspart tabs - The tab list; `tab` each tab, `tab-selected` the current one.
 * @csspart panel - The current tab's panel.
 * @csspart notice - "… was deleted" after a delete.
 * @csspart button - Every button; also `button-back`, `button-toggle-list`, `button-import`.
 * @csspart dialog - The "Discard what you typed?" question.
 *
 * @cssproperty --fc-customer-manager-list-inline-size - Width of the list column beside a customer. Default:
 *   `minmax(18rem, 26rem)`.
 */
export class CustomerManager extends FleetElement {
  static override readonly fcName = 'customer-manager';
  static override readonly dependencies = [CustomerList];
  static override styles = [themeStyles, buttonStyles, stateStyles, dialogStyles, tabsStyles, managerStyles];

  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id', reflect: true },
    tab: { reflect: true },
    search: { reflect: true },
    type: { converter: typesConverter, reflect: true },
    sort: { reflect: true },
    urlState: { attribute: 'url-state', type: Boolean },
    pane: { state: true, attribute: false },
    listHidden: { state: true, attribute: false },
    deletedName: { state: true, attribute: false },
  };

  /** The open customer's id; empty shows only the list. */
  customerId = '';
  /** The open customer's tab: `details`, `contacts` or `equipment` (the default, as the help article has it). */
  tab: Tab = DEFAULT_TAB;
  /** The list's search. */
  search = '';
  /** The list's relationship types (attribute: comma-separated). */
  type: CustomerType[] = [];
  /** The list's order, e.g. `-updatedAt`. */
  sort: ListSort = DEFAULT_SORT;
  /** Keep the state above in the page's query string (`?customer=…&tab=…`), so back and forward work. */
  urlState = false;

  private pane: MainPane = 'customer';
  private listHidden = false;
  private deletedName?: string;

  private readonly l10n = new LocalizeController(this, { id: 'customerManager', en: managerEn, loaders });
  private readonly api = new ClientController(this, () => this.opened.load());
  private readonly opened = new OpenCustomerController(this, {
    customerId: () => this.customerId,
    client: () => this.api.client,
  });
  private readonly confirmer = new ConfirmController(this, () => this.l10n.t, 'discard');
  private readonly parts = new PartLoader(
    () => (this.constructor as typeof FleetElement).fcScope,
    () => this.requestUpdate(),
  );
  private readonly unsaved = new UnsavedInput();
  /** The shared question; callers have already found unsaved input, so it always asks. */
  private readonly discard = new UnsavedChangesGuard(
    () => true,
    this.confirmer,
    () => this.l10n.t,
  );
  private readonly urlSync = new UrlSyncController(this, {
    apply: (state) => this.applyState(state),
    leave: () => this.leave(),
  });
  private focusAfterUpdate?: string;

  constructor() {
    super();
    this.addEventListener('input', (event) => this.unsaved.noteInput(event));
    this.addEventListener('customer-created', (event) => void this.openCreated(event.detail.customerId));
    this.addEventListener('customer-deleted', () => this.afterDelete());
    this.addEventListener('wizard-cancel', this.onWizardCancel);
    this.addEventListener('customers-imported', () => this.list?.refresh());
    for (const name of ['customer-updated', 'contacts-changed', 'equipment-assigned', 'equipment-unassigned']) {
      this.addEventListener(name, (event) => this.afterChange(event));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab')) this.tab = toTab(this.tab);
    if (changed.has('sort')) this.sort = toSort(this.sort);
    if (changed.has('type') && !Array.isArray(this.type)) this.type = toTypes(this.type);
    if (changed.has('customerId') && this.hasUpdated) this.opened.load();
  }

  protected override updated(): void {
    const selector = this.focusAfterUpdate;
    if (selector === '[data-list]') {
      this.focusAfterUpdate = undefined;
      this.list?.focusList();
    } else if (selector) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        this.focusAfterUpdate = undefined;
      }
    }
    this.urlSync.report();
  }

  /** The addressable state now. */
  state(): ManagerState {
    return { customerId: this.customerId, tab: this.tab, search: this.search, type: this.type, sort: this.sort };
  }

  // ----- state, events and the URL ---------------------------------------------------------------------------

  private applyState(state: ManagerState): void {
    Object.assign(this, state);
    if (state.customerId && this.pane === 'create') this.pane = 'customer';
  }

  // ----- leaving typed input ---------------------------------------------------------------------------------

  private get currentPart(): GuardedPart | null {
    return this.renderRoot.querySelector<GuardedPart>('[data-part]');
  }

  /**
   * Whether the user may leave what is on screen: yes without unsaved input, else only if they say so. A part
   * with the shared guard asks in its own words; for the others the manager asks.
   */
  private async leave(): Promise<boolean> {
    const part = this.currentPart;
    if (typeof part?.confirmDiscard === 'function') return part.confirmDiscard();
    if (!this.unsaved.dirty(part)) return true;
    const ok = await this.discard.confirmDiscard();
    if (ok) this.unsaved.clear(part);
    return ok;
  }

  // ----- the list and the open customer ----------------------------------------------------------------------

  private get list(): CustomerList | null {
    return this.renderRoot.querySelector<CustomerList>('[data-list]');
  }

  private readonly onSelect = async (event: CustomEvent<{ customerId: string }>): Promise<void> => {
    const id = event.detail.customerId;
    if (id === this.customerId && this.pane === 'customer') {
      this.focusAfterUpdate = '#customer-title';
      this.requestUpdate();
      return;
    }
    if (!(await this.leave())) {
      // Still on the customer (or the wizard) with the typed input: keep the list's mark on it too.
      if (this.list) this.list.customerId = this.pane === 'create' ? '' : this.customerId;
      return;
    }
    this.pane = 'customer';
    this.deletedName = undefined;
    this.customerId = id;
    this.focusAfterUpdate = '#customer-title';
  };

  private readonly onCreateRequest = async (): Promise<void> => {
    if (!(await this.leave())) return;
    this.deletedName = undefined;
    this.pane = 'create';
    this.focusAfterUpdate = '[data-part="wizard"]';
  };

  private readonly onListChange = (): void => {
    const list = this.list;
    if (!list) return;
    this.search = list.search;
    this.type = list.type;
    this.sort = toSort(list.sort);
  };

  private async openCreated(customerId: string): Promise<void> {
    this.unsaved.clear(this.currentPart);
    this.pane = 'customer';
    this.customerId = customerId;
    this.focusAfterUpdate = '#customer-title';
    this.list?.refresh();
  }

  /** Cancel in the wizard closes it here, after the wizard's own question when something was typed. */
  private readonly onWizardCancel = (event: WizardCancelEvent): void => {
    event.preventDefault();
    const wizard = this.currentPart;
    const ask = event.detail.dirty
      ? (wizard?.confirmDiscard?.() ?? this.discard.confirmDiscard())
      : Promise.resolve(true);
    void ask.then((ok) => ok && this.closeWizard());
  };

  private closeWizard(): void {
    this.unsaved.clear(this.currentPart);
    this.pane = 'customer';
    this.focusAfterUpdate = '[data-list]';
  }

  private afterDelete(): void {
    this.deletedName = this.opened.customer?.name ?? '';
    this.unsaved.clear(this.currentPart);
    this.customerId = '';
    this.focusAfterUpdate = '#deleted-notice';
    this.list?.refresh();
  }

  private afterChange(event: Event): void {
    if (event.type === 'customer-updated' || event.type === 'contacts-changed') this.unsaved.clear(this.currentPart);
    this.opened.load(true);
    this.list?.refresh();
  }

  private readonly selectTab = async (tab: Tab, focus: boolean): Promise<void> => {
    if (tab === this.tab) return;
    if (!(await this.leave())) return;
    this.tab = tab;
    if (focus) this.focusAfterUpdate = `#tab-${tab}`;
  };

  private readonly openImport = async (): Promise<void> => {
    if (!(await this.leave())) return;
    this.deletedName = undefined;
    this.pane = 'import';
    this.focusAfterUpdate = '[data-part="import"]';
  };

  private readonly back = async (): Promise<void> => {
    if (!(await this.leave())) return;
    this.pane = 'customer';
    this.customerId = '';
    this.focusAfterUpdate = '[data-list]';
  };

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderPart(part: Part, content: () => unknown): unknown {
    const t = this.l10n.t;
    if (this.parts.failed.has(part)) {
      return errorState({ message: t.partLoadFailed, retryLabel: t.retry, onRetry: () => this.parts.retry(part) });
    }
    return this.parts.ready(part) ? content() : loadingState(t.loading);
  }

  private renderTabContent(tab: Tab, customerId: string): unknown {
    const part = PART_OF_TAB[tab];
    const tag = this.tagFor(part);
    return this.renderPart(part, () =>
      keyed(customerId, staticHtml`<${tag} data-part=${tab} .customerId=${customerId}></${tag}>`),
    );
  }

  private renderMain(): TemplateResult {
    const t = this.l10n.t;
    const wizard = this.tagFor('customer-wizard');
    return html`<section
      class="main-pane"
      part="main"
      aria-labelledby=${this.pane === 'customer' ? 'customer-title' : nothing}
    >
      ${paneBar(t, this.listHidden, this.back, () => (this.listHidden = !this.listHidden))}
      ${
        this.pane === 'import'
          ? this.renderPart('customer-import', () => {
              const tag = this.tagFor('customer-import');
              return staticHtml`<${tag} data-part="import" tabindex="-1"></${tag}>`;
            })
          : this.pane === 'create'
            ? this.renderPart('customer-wizard', () => staticHtml`<${wizard} data-part="wizard"></${wizard}>`)
            : this.opened.render({
                t,
                format: (count) => this.l10n.formatNumber(count),
                tab: this.tab,
                onSelectTab: this.selectTab,
                panel: (tab, customerId) => this.renderTabContent(tab, customerId),
              })
      }
    </section>`;
  }

  private renderList(): TemplateResult {
    const tag = this.tagFor('customer-list');
    return staticHtml`<${tag}
      data-list
      .customerId=${this.pane === 'create' ? '' : this.customerId}
      .search=${this.search}
      .type=${this.type}
      .sort=${this.sort}
      @customer-select=${this.onSelect}
      @customer-create-request=${this.onCreateRequest}
      @change=${this.onListChange}
    ></${tag}>`;
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    const open = this.pane !== 'customer' || this.customerId !== '';
    return html`<div class="app ${open ? 'open' : ''} ${open && this.listHidden ? 'list-hidden' : ''}" part="base">
        <div class="list-pane" part="list-pane">
          ${
            this.deletedName !== undefined
              ? notice('success', t.customerDeletedNotice(this.deletedName), { id: 'deleted-notice', focusable: true })
              : nothing
          }
          ${this.renderList()}
          <div class="actions import-action">
            <button class="button" part="button button-import" type="button" @click=${this.openImport}>
              ${t.importCustomers}
            </button>
          </div>
        </div>
        ${open ? this.renderMain() : nothing}
      </div>
      ${this.confirmer.render()}`;
  }
}

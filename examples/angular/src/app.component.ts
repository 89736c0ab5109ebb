import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import type { CustomerClient } from 'fleet-customers';
import type { CustomerCreatedEvent, CustomerDetails } from 'fleet-customers/define';
import 'fleet-customers/customer-details';
import 'fleet-customers/customer-wizard';

export const CLIENT = new InjectionToken<CustomerClient>('fleet-customers client');

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Angular host</h1>
    <p>
      Created: <output id="created">{{ created() }}</output>
    </p>
    @if (first(); as id) {
      <customer-details [customerId]="id"></customer-details>
    }
    <customer-wizard [initial]="initial" (customer-created)="onCreated($event)"></customer-wizard>
  `,
})
export class AppComponent {
  readonly first = signal<string | undefined>(undefined);
  readonly created = signal('');
  readonly initial = { name: 'Angular Host ApS' };

  constructor() {
    void inject(CLIENT)
      .customers.list({ limit: 1 })
      .then((page) => this.first.set(page.items[0]?.id));
  }

  // $event is a CustomerCreatedEvent: ngc reads the tag's events from GlobalEventHandlersEventMap.
  onCreated(event: CustomerCreatedEvent): void {
    this.created.set(event.detail.customerId);
  }

  typed(details: CustomerDetails): void {
    // @ts-expect-error customerId is a string
    details.customerId = 42;
  }
}

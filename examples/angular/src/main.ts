import { bootstrapApplication } from '@angular/platform-browser';
import { createCustomerClient } from 'fleet-customers';
import { setDefaultClient } from 'fleet-customers/define';
import { AppComponent, CLIENT } from './app.component';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';
const client = createCustomerClient({ baseUrl: api, auth: 'dev:admin' });
setDefaultClient(client);

bootstrapApplication(AppComponent, { providers: [{ provide: CLIENT, useValue: client }] }).catch(console.error);

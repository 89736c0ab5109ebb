import { createApp } from 'vue';
import { createCustomerClient } from 'fleet-customers';
import { setDefaultClient } from 'fleet-customers/define';
import 'fleet-customers/customer-details';
import 'fleet-customers/customer-wizard';
import App from './App.vue';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';
export const client = createCustomerClient({ baseUrl: api, auth: 'dev:admin' });
setDefaultClient(client);

createApp(App, { client }).mount('#app');

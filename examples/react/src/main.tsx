import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createCustomerClient } from 'fleet-customers';
import { setDefaultClient } from 'fleet-customers/define';
import { CustomerWizard } from 'fleet-customers/react'; // a wrapper: onCustomerCreated
import 'fleet-customers/customer-details'; // the tag itself, typed by fleet-customers/jsx
import type {} from 'fleet-customers/jsx';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';
const client = createCustomerClient({ baseUrl: api, auth: 'dev:admin' });
setDefaultClient(client);

function App() {
  const [first, setFirst] = useState<string>();
  const [created, setCreated] = useState('');
  useEffect(() => {
    void client.customers.list({ limit: 1 }).then((page) => setFirst(page.items[0]?.id));
  }, []);
  return (
    <>
      <h1>React host</h1>
      <p>
        Created: <output id="created">{created}</output>
      </p>
      {first && <customer-details customer-id={first} oncustomer-deleted={() => setFirst(undefined)} />}
      <CustomerWizard initial={{ name: 'React Host ApS' }} onCustomerCreated={(e) => setCreated(e.detail.customerId)} />
    </>
  );
}

export function Typed() {
  // @ts-expect-error step is one of the wizard's steps
  return <CustomerWizard step="payment" />;
}

createRoot(document.getElementById('root')!).render(<App />);

import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './theme/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n';
import { createDefaultClient } from './transport';

// The token is read (and removed from the address) before the router looks at the hash.
const client = createDefaultClient();
initI18n();
client.start();

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);

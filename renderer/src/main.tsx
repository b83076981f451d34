import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { createContractClient } from './client/contract-client';
import { detectTransport } from './client/transports';
import { ContractClientProvider } from './contract-client-context';
import { setupI18n, storedLanguage } from './i18n/setup-i18n';
import './styles.css';

const language = storedLanguage(window.localStorage);
document.documentElement.lang = language;
const i18n = setupI18n(language);

// Once, before anything renders: the browser transport takes the key out of the address bar.
const client = createContractClient(detectTransport());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ContractClientProvider client={client}>
        <App />
      </ContractClientProvider>
    </I18nextProvider>
  </StrictMode>,
);

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import { ErrorBoundary } from '../features/errors/error-boundary';
import { initI18n } from '../i18n';
import { cssVariablesResolver, theme } from '../theme/theme';
import type { GuichetClient } from '../transport';
import { Boot } from './boot';
import { ClientProvider } from './client-context';
import { ConnectionBanner } from './connection-banner';

/** Providers (theme, texts, client, router) around the start-up sequence. */
export function App({ client }: { client: GuichetClient }) {
  const i18n = initI18n();
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light">
        <Notifications position="top-right" limit={3} />
        <ErrorBoundary fullPage>
          <ClientProvider client={client}>
            <ConnectionBanner />
            <HashRouter>
              <Boot />
            </HashRouter>
          </ClientProvider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  );
}

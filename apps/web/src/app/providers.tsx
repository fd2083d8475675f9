import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '../lib/i18n';
import { queryClient as defaultClient } from '../lib/query-client';

export type AppProvidersProps = { children: ReactNode; client?: QueryClient };

export function AppProviders({ children, client = defaultClient }: AppProvidersProps) {
  return (
    <I18nProvider>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}

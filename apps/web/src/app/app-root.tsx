import { useState } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { AppRoutes } from './app-routes.tsx';
import { AuthFailureBridge } from './auth-failure-bridge.tsx';
import { AppErrorBoundary } from './error-boundary.tsx';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 4xx answers will not change on retry; only transient failures are retried.
        retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 15_000,
      },
    },
  });
}

function LocalisedApp() {
  const { lang } = useI18n();
  // Set before rendering the pickers so DatePicker panels use the matching month/day names.
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1d5fb4', borderRadius: 4 } }}>
      <AntdApp>
        <AppErrorBoundary>
          <AuthFailureBridge />
          <AppRoutes />
        </AppErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}

export function AppRoot() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <LocalisedApp />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}

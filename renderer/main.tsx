import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { QueryProvider } from './app/QueryProvider';
import { forwardRendererErrors } from './app/reportErrors';
import { installDropGuard } from './lib/drop-guard';
import { Toaster } from './ui/Toaster';
import './ui/tokens.css';
import './styles.css';
import '../shared/zod-locale';

forwardRendererErrors();

installDropGuard(window);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryProvider>
        <App />
        <Toaster />
      </QueryProvider>
    </ErrorBoundary>
  </StrictMode>,
);

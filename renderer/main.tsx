import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { QueryProvider } from './app/QueryProvider';
import { forwardRendererErrors } from './app/reportErrors';
import { installDropGuard } from './lib/drop-guard';
import './styles.css';
import '../shared/zod-locale';

forwardRendererErrors();

installDropGuard(window);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryProvider>
        <App />
      </QueryProvider>
    </ErrorBoundary>
  </StrictMode>,
);

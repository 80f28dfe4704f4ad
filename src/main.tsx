import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { createQueryClient } from './app/query-client';
import { datasetQuery } from './features/dataset/use-dataset';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Ask for the data before the first render rather than in its effects: it is then parsed while
// React renders the page's frame, and the figures can follow in the next frame.
void queryClient.prefetchQuery(datasetQuery);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

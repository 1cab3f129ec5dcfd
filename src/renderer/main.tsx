// Entry point: pick the transport (Electron bridge or the local browser host), connect pushed
// events to the stores, then render. The token is taken from the URL before anything else runs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient, detectTransport, setClient } from './api/client';
import { App } from './app/App';
import { connectEvents } from './app/events';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/controls.css';
import './styles/components.css';
import './styles/tables.css';
import './styles/pages.css';

const client = createClient(detectTransport());
setClient(client);
connectEvents(client);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

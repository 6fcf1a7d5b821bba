// The renderer's entry: the window's styles and the React tree. Runs sandboxed, without Node;
// everything it learns or does goes through `window.wallboard`.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/copy-menu.css';
import './styles/session.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

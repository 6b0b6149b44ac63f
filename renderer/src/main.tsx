import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Styles per feature, in this order (base first; same cascade as the former single styles.css,
// which came after the components' own files such as district.css).
import './app/base.css';
import './app/app.css';
import './form/form.css';
import './form/models.css';
import './form/issue-panel.css';
import './settings/settings.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

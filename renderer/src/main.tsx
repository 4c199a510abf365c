import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The theme first, so every component's own rules come after it in the stylesheet.
import './styles/tokens.css';
import './styles/base.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

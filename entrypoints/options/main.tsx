import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { uiLanguage } from '@/components/i18n';
import './style.css';
import { Options } from '@/components/Options';

// The HTML says lang="ja"; say "en" when the browser chose the English messages.
document.documentElement.lang = uiLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);

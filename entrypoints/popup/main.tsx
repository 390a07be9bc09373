import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import '@/components/app.css';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<PopupApp />);

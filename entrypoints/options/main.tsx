import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/app.css';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<OptionsApp />);

// The task pane's entry: connect to Word, then render the pane (or, outside Office, a notice saying so).
import { connectToWord } from '../word/connect';
import { start } from './bootstrap';

function rootElement(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'root';
  document.body.appendChild(created);
  return created;
}

void start(rootElement(), connectToWord, { search: window.location.search, fallbackLanguage: navigator.language });

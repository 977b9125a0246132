// Placeholder entry: replaced by the task pane's real bootstrap.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<p>报告助手</p>);

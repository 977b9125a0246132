// Placeholder entry: replaced by the preview page (task pane beside a sample document).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<p>预览</p>);

// The bare pane `npm run bench:bundle` builds and weighs beside the real task pane: React 18 and Fluent UI v9
// with nothing of the product — a FluentProvider, a TabList, a Button and a Text. Its figures are the floor the
// task pane's own JS adds to.
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';

function BarePane() {
  return (
    <FluentProvider theme={webLightTheme}>
      {/* The pane's own tab list (src/taskpane/App.tsx), so the two first loads are compared like for like. */}
      <TabList defaultSelectedValue="scaffold">
        <Tab value="scaffold">插入结构</Tab>
        <Tab value="check">完整性检查</Tab>
        <Tab value="figures">数据</Tab>
      </TabList>
      <Button appearance="primary">检查报告</Button>
      <Text>报告助手</Text>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<BarePane />);

import { Button, Text } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { FRAME_STYLES } from '../frame-styles';
import type { PaneText } from '../strings';

/**
 * What shows where code loaded on demand did not come (offline), in place of a blank pane: said with the frame's
 * own words and components (always loaded, ../frame-styles), with a way to fetch it again.
 */
export function CodeUnavailable({ t, onRetry }: { t: PaneText; onRetry: () => void }) {
  return (
    <div role="alert" style={FRAME_STYLES.stack}>
      <Text>{t('pane-code-unavailable')}</Text>
      <Button style={{ alignSelf: 'flex-start' }} onClick={onRetry}>
        {t('pane-try-again')}
      </Button>
    </div>
  );
}

/**
 * What `render` shows, or CodeUnavailable when it throws (a chunk that failed to load); trying again calls `onRetry`
 * (a fresh attempt at the code) and renders anew.
 */
export class LoadFailed extends Component<{ t: PaneText; onRetry: () => void; render: () => ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? <CodeUnavailable t={this.props.t} onRetry={this.retry} /> : this.props.render();
  }
}

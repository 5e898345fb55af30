import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel.tsx';
import * as words from './page-error-boundary.words.ts';

/** Props of {@link PageErrorBoundary}. */
export type PageErrorBoundaryProps = {
  /** The address shown: an error is cleared when it changes, so another page starts afresh. */
  address: string;
  /** What failed, for people: by default the page. */
  title?: string;
  /** `2` for a part of a page (by default it is the page, with its `h1`). */
  headingLevel?: 1 | 2;
  children: ReactNode;
};

type State = { error?: Error; address: string };

/**
 * Catches what a page throws while rendering (its code that failed to load, or a fault of
 * ours) and shows it with a Reload in place of the page, so the reader is never left at a
 * blank screen: the header and its way back stay. Around a part of a page whose code loads
 * later (see `deferred-part.ts`), it shows the failure in place of that part alone.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, State> {
  override state: State = { address: this.props.address };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: PageErrorBoundaryProps, state: State): State | null {
    return props.address === state.address ? null : { address: props.address, error: undefined };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { title = words.pageFailed, headingLevel = 1 } = this.props;
    return <ErrorPanel title={title} error={error} headingLevel={headingLevel} />;
  }
}

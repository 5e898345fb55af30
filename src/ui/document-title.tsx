import { useEffect } from 'react';

/** Props of {@link DocumentTitle}. */
export type DocumentTitleProps = { title: string };

/**
 * Sets the tab's title while the page is shown. (React 19's hoisted <title> would add a second
 * <title> beside the one in index.html, which is invalid HTML.)
 */
export function DocumentTitle({ title }: DocumentTitleProps) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

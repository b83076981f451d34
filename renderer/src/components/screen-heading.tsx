import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a screen. It takes focus when the screen opens, so keyboard and screen-reader users
 * start at the top of the new screen instead of on a navigation button that no longer matters.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

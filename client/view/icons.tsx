import type { ReactNode } from 'react';

/** Small line icons for the view controls (decorative: the buttons carry text labels). */
const Svg = ({ children }: { children: ReactNode }) => (
  <svg className="view-icon" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6"
    strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">{children}</svg>
);

export const FocusIcon = () => (
  <Svg><circle cx="8" cy="8" r="6" /><circle cx="8" cy="8" r="2.2" /></Svg>
);

export const FilterIcon = () => (
  <Svg><path d="M2 3h12l-4.6 5.4V13l-2.8-1.4V8.4z" /></Svg>
);

export const SearchIcon = () => (
  <Svg><circle cx="7" cy="7" r="4.5" /><path d="M10.4 10.4 14 14" /></Svg>
);

export const CollapseIcon = ({ expand }: { expand: boolean }) => (
  <Svg><rect x="2.5" y="2.5" width="11" height="11" rx="2" /><path d={expand ? 'M5.5 8h5M8 5.5v5' : 'M5.5 8h5'} /></Svg>
);

import { useRef, useState } from 'react';
import { countFilters } from './filter';
import { FilterPopover } from './FilterPopover';
import { useView } from './useView';
import { FilterIcon } from './icons';

/** The Filter button of the view bar and its popover. */
export function FilterMenu() {
  const [open, setOpen] = useState(false);
  const active = useView((s) => countFilters(s.filters));
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div className="filter-menu">
      <button ref={button} type="button" className="view-button" aria-expanded={open} aria-controls="view-filters"
        aria-haspopup="dialog" aria-pressed={active > 0} onClick={() => setOpen(!open)}
        title="Show only statements of some kinds, tags or relations">
        <FilterIcon />Filter
        {active > 0 && <span className="view-pill" aria-label={`${active} active`}>{active}</span>}
      </button>
      {open && <FilterPopover onClose={close} anchor={button} />}
    </div>
  );
}

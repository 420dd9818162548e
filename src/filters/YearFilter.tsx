import { useHydrated } from '../app/use-hydrated';
import { usePaintedOnce } from '../app/use-painted-once';

interface Props {
  /** Years that have events: the quick picks. */
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly from: number | null;
  readonly to: number | null;
  readonly onChange: (from: number | null, to: number | null) => void;
}

interface Pick {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** One pick per year with events; with many such years, one per decade instead. */
function quickPicks(years: readonly number[]): Pick[] {
  if (years.length <= 16) return years.map((y) => ({ label: String(y), from: y, to: y }));
  const decades = [...new Set(years.map((y) => Math.floor(y / 10) * 10))];
  return decades.map((d) => ({ label: `${d}s`, from: d, to: d + 9 }));
}

function YearSelect(props: {
  readonly label: string;
  readonly value: number | null;
  readonly years: readonly number[];
  readonly onChange: (year: number | null) => void;
}) {
  // The prerendered page (and hydration, which must match it) carries only the chosen option, as
  // does the first drawing of another dataset (`?data=`) until it is painted: the years are a long
  // list nobody can pick before the page is on screen, and the CSS gives the select a width that
  // does not depend on its options (filters.css), so nothing moves when they come. Left out of
  // that drawing, the two selects' ~160 options (1949 to today) made it ~6 ms shorter at 100
  // events (14 interleaved loads each: render 65 -> 59 ms).
  const hydrated = useHydrated();
  const painted = usePaintedOnce();
  const years = hydrated && painted ? props.years : props.years.filter((y) => y === props.value);
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A year range (two selects) plus one-click picks of the years that have events. */
export function YearFilter({ years, firstYear, lastYear, from, to, onChange }: Props) {
  const options: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) options.push(y);
  const picks = quickPicks(years);
  return (
    <fieldset className="year-filter">
      <legend>Years</legend>
      <div className="year-range">
        <YearSelect
          label="From"
          value={from}
          years={options}
          onChange={(f) => onChange(f, to !== null && f !== null && to < f ? f : to)}
        />
        <YearSelect
          label="To"
          value={to}
          years={options}
          onChange={(t) => onChange(from !== null && t !== null && from > t ? t : from, t)}
        />
      </div>
      <div className="year-picks" role="group" aria-label="Years with events">
        {picks.map((p) => {
          const active = from === p.from && to === p.to;
          return (
            <button
              key={p.label}
              type="button"
              className="chip"
              aria-pressed={active}
              onClick={() => (active ? onChange(null, null) : onChange(p.from, p.to))}
            >
              {p.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

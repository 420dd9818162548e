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

/** A year range (two selects) plus one-click picks of the years that have events. */
export function YearFilter({ years, firstYear, lastYear, from, to, onChange }: Props) {
  const options: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) options.push(y);
  const picks = quickPicks(years);
  const read = (value: string) => (value === '' ? null : Number(value));
  return (
    <fieldset className="year-filter">
      <legend>Years</legend>
      <div className="year-range">
        <label>
          From{' '}
          <select
            value={from ?? ''}
            onChange={(e) => {
              const f = read(e.target.value);
              onChange(f, to !== null && f !== null && to < f ? f : to);
            }}
          >
            <option value="">any</option>
            {options.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          To{' '}
          <select
            value={to ?? ''}
            onChange={(e) => {
              const t = read(e.target.value);
              onChange(from !== null && t !== null && from > t ? t : from, t);
            }}
          >
            <option value="">any</option>
            {options.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
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

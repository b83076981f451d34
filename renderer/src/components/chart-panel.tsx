import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSvgAsPng } from '../chart-png';

interface ChartPanelProps {
  id: string;
  title: string;
  /** The PNG's file name, without extension. */
  fileName: string;
  children: ReactNode;
  note?: string;
}

/** A titled chart with a button that saves it as a PNG. */
export function ChartPanel({ id, title, fileName, children, note }: ChartPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const save = async () => {
    const svg = ref.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    try {
      await saveSvgAsPng(svg, `${fileName}.png`, title);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <figure className="chart-panel" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption className="chart-caption">
        <span id={`${id}-title`} className="chart-title">
          {title}
        </span>
        <button type="button" className="button button-quiet button-small" onClick={() => void save()}>
          {t('network.dashboard.savePng')}
        </button>
      </figcaption>
      {note ? <p className="muted chart-note">{note}</p> : null}
      <div ref={ref} className="chart-body">
        {children}
      </div>
      {failed ? <p role="alert" className="notice notice-warning">{t('network.dashboard.pngFailed')}</p> : null}
    </figure>
  );
}

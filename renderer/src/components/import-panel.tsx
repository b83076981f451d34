import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunningImport } from '../hooks/use-extract-import';
import { ImportProgress } from './import-progress';

interface ImportPanelProps {
  /** The busy text while a file is on its way in, else null. */
  busyLabel: string | null;
  /** A file is being dragged over the window: the zone shows it will take it. */
  dragging: boolean;
  /** The import under way, with its progress bar and Cancel; null when none is. */
  running: RunningImport | null;
  onFiles: (files: File[]) => void;
  onCancel: () => void;
}

/** XMO exports these; anything else is refused by the importer with a reason anyway. */
const acceptedTypes = '.csv,.txt,.xlsx';

/**
 * Where an extract comes in: a real button opens the file picker (the input itself stays hidden
 * because its look cannot be styled or translated), and the zone says a file can be dropped.
 * The drop itself is caught by the whole window.
 */
export function ImportPanel({ busyLabel, dragging, running, onFiles, onCancel }: ImportPanelProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that picking the same file again still fires a change.
    event.target.value = '';
    onFiles(files);
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <div className={`drop-zone${dragging ? ' is-dragging' : ''}`} data-testid="drop-zone" aria-busy={busyLabel !== null}>
        <p>{t('import.intro')}</p>
        <input
          ref={inputRef}
          type="file"
          accept={acceptedTypes}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onChange}
          data-testid="file-input"
        />
        <button
          type="button"
          className="button button-primary"
          onClick={() => inputRef.current?.click()}
          disabled={busyLabel !== null}
        >
          {t('import.choose')}
        </button>
        <p className="drop-zone-hint" aria-hidden="true">
          {dragging ? t('import.dropRelease') : t('import.dropHere')}
        </p>
        {running ? <ImportProgress running={running} onCancel={onCancel} /> : null}
        {busyLabel && !running ? (
          <p role="status" className="busy">
            <span className="spinner" aria-hidden="true" />
            {busyLabel}
          </p>
        ) : null}
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { followUpFlags, type FollowUpFlag, type FollowUpWindows } from '../../../shared/follow-up-rules';
import { checkKinds, flagOfCheck } from '../../../shared/follow-up-states';
import { AsOfLine } from '../components/as-of-line';
import { FirstRunPanel } from '../components/first-run-panel';
import { FlagCountCard } from '../components/flag-count-card';
import { ImportHistoryTable } from '../components/import-history-table';
import { ImportPanel } from '../components/import-panel';
import { ScreenHeading } from '../components/screen-heading';
import type { RunningImport } from '../hooks/use-extract-import';
import type { Overview } from '../hooks/use-overview';
import type { WorklistName } from '../../../shared/worklists';

interface HomeScreenProps {
  overview: Overview;
  busyLabel: string | null;
  dragging: boolean;
  running: RunningImport | null;
  onFiles: (files: File[]) => void;
  onCancelImport: () => void;
  onLoadDemo: () => void;
  onOpenPatients: (list: WorklistName) => void;
}

const tones = { annual_overdue: 'annual', eye_missing: 'eye', foot_missing: 'foot' } as const;

function windowMonths(flag: FollowUpFlag, windows: FollowUpWindows): number {
  if (flag === 'annual_overdue') return windows.annualCheckMonths;
  return flag === 'eye_missing' ? windows.eyeExamMonths : windows.footExamMonths;
}

/** Oversigt: how many patients need a recall, and where a new extract comes in. */
export function HomeScreen({ overview, busyLabel, dragging, running, onFiles, onCancelImport, onLoadDemo, onOpenPatients }: HomeScreenProps) {
  const { t } = useTranslation();
  const { status, counts, windows } = overview;
  const empty = status.patients === 0;
  const absentFlags = checkKinds.filter((check) => overview.absentChecks.includes(check)).map((check) => flagOfCheck[check]);

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('home.title')}</ScreenHeading>
        {status.latestExtractDate && overview.asOf ? (
          <AsOfLine asOf={overview.asOf} extractDate={status.latestExtractDate} today={status.today} basis={overview.basis} testId="home-as-of" />
        ) : null}
      </div>

      {empty ? (
        <FirstRunPanel busy={busyLabel !== null} onLoadDemo={onLoadDemo} />
      ) : (
        <section aria-label={t('home.countsLabel')} className="count-grid">
          {followUpFlags.map((flag) => (
            <FlagCountCard
              key={flag}
              testId={`card-${flag}`}
              tone={tones[flag]}
              label={t(`flags.${flag}`)}
              count={absentFlags.includes(flag) ? null : counts[flag]}
              hint={absentFlags.includes(flag) ? t('home.notInExtract') : t(`flagHints.${flag}`, { months: windowMonths(flag, windows) })}
              onOpen={() => onOpenPatients(flag)}
            />
          ))}
          <FlagCountCard
            testId="card-any"
            tone="any"
            label={t('home.anyFlag')}
            count={counts.any}
            hint={t('home.anyFlagHint')}
            onOpen={() => onOpenPatients('flagged')}
          />
          <FlagCountCard testId="card-active" tone="neutral" label={t('home.active')} count={status.active} hint={t('home.activeHint')} />
        </section>
      )}

      <ImportPanel busyLabel={busyLabel} dragging={dragging} running={running} onFiles={onFiles} onCancel={onCancelImport} />
      <ImportHistoryTable batches={status.batches} />
    </>
  );
}

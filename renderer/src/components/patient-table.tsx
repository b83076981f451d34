import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlaggedPatient } from '../../../shared/contract';
import type { FollowUpFlag } from '../../../shared/follow-up-rules';
import { formatCpr, formatDate } from '../display-format';
import { FlagBadges } from './flag-badges';

// A row with one line of badges; rows whose badges wrap are measured as they render.
const estimatedRowHeight = 49;
const columnCount = 7;

const dateColumns = [
  { key: 'lastAnnualCheck', flag: 'annual_overdue' },
  { key: 'lastEyeExam', flag: 'eye_missing' },
  { key: 'lastFootExam', flag: 'foot_missing' },
] as const satisfies readonly { key: keyof FlaggedPatient; flag: FollowUpFlag }[];

function DateCell({ date, overdue }: { date: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  // The badge states the flag in words; the colour here only helps the eye find the date.
  const className = overdue ? 'date-cell date-overdue' : 'date-cell';
  return <td className={className}>{date ? formatDate(date) : <span className="muted">{t('patients.none')}</span>}</td>;
}

/**
 * The flagged patients as a real <table>, of which only the rows in view are in the DOM: spacer
 * rows above and below stand in for the rest, so 100,000 patients scroll as smoothly as 20.
 * aria-rowcount/aria-rowindex tell assistive technology the full size and where each row sits.
 */
export function PatientTable({ patients }: { patients: readonly FlaggedPatient[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: patients.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 12,
    getItemKey: (index) => patients[index]?.cpr ?? index,
  });

  // A new filter or search shows its first rows, not some offset left over from the last list.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [patients, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <div ref={scrollRef} className="patient-scroll" tabIndex={0} role="region" aria-label={t('patients.scrollRegion')}>
      <table className="data-table patient-table" aria-rowcount={patients.length + 1}>
        <caption className="visually-hidden">{t('patients.tableCaption')}</caption>
        <colgroup>
          <col className="col-cpr" />
          <col className="col-name" />
          <col className="col-gp" />
          <col className="col-date" />
          <col className="col-date" />
          <col className="col-date" />
          <col className="col-flags" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('patients.cpr')}</th>
            <th scope="col">{t('patients.name')}</th>
            <th scope="col">{t('patients.gp')}</th>
            <th scope="col">{t('patients.lastAnnualCheck')}</th>
            <th scope="col">{t('patients.lastEyeExam')}</th>
            <th scope="col">{t('patients.lastFootExam')}</th>
            <th scope="col">{t('patients.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const patient = patients[item.index];
            if (!patient) return null;
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                data-cpr={patient.cpr}
              >
                <td className="cpr">{formatCpr(patient.cpr)}</td>
                <td>{patient.name ?? <span className="muted">{t('patients.unknownName')}</span>}</td>
                <td>{patient.gp ?? '–'}</td>
                {dateColumns.map((column) => (
                  <DateCell key={column.key} date={patient[column.key]} overdue={patient.flags.includes(column.flag)} />
                ))}
                <td>
                  <FlagBadges flags={patient.flags} />
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

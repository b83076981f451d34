import { useDeferredValue, useEffect, useRef, useState } from 'react';
import './worklist-lists.css';
import { useTranslation } from 'react-i18next';
import { fieldOfCheck } from '../../../shared/follow-up-states';
import { defaultRecallSettings, type RecallSettings } from '../../../shared/recall-settings';
import type { ExtractChangeName } from '../../../shared/extract-changes';
import { checkOfList, isListUnknown, type WorklistFilters, type WorklistName, type WorklistSort } from '../../../shared/worklists';
import { AsOfLine } from '../components/as-of-line';
import { ErrorAlert } from '../components/error-alert';
import { ExtractChangeList } from '../components/extract-change-list';
import { ExtractChangeTabs } from '../components/extract-change-tabs';
import { InitialsField } from '../components/initials-field';
import { PatientPanel } from '../components/patient-panel';
import { RecallExportPanel } from '../components/recall-export-panel';
import { ScreenHeading } from '../components/screen-heading';
import { WorklistFilterBar } from '../components/worklist-filters';
import { WorklistTable } from '../components/worklist-table';
import { WorklistTabs } from '../components/worklist-tabs';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { useAsOfBasis } from '../hooks/use-as-of-basis';
import { useExtractChanges } from '../hooks/use-extract-changes';
import { useWorklist } from '../hooks/use-worklist';

interface WorklistScreenProps {
  list: WorklistName;
  onListChange: (list: WorklistName) => void;
}

/**
 * Arbejdslister: the lists the GP and the nurse recall from, with filters, search, counts on
 * every list, and the patient panel where contacts are recorded.
 */
export function WorklistScreen({ list, onListChange }: WorklistScreenProps) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [filters, setFilters] = useState<WorklistFilters>({});
  const [search, setSearch] = useState('');
  // Typing stays responsive: the list follows the search a moment behind.
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<WorklistSort>('urgency');
  const [descending, setDescending] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [openCpr, setOpenCpr] = useState<string | null>(null);
  // Closing the panel puts the keyboard back on the name that opened it.
  const opener = useRef<HTMLElement | null>(null);
  const openPatient = (cpr: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenCpr(cpr);
  };
  const closePatient = () => {
    setOpenCpr(null);
    requestAnimationFrame(() => opener.current?.isConnected && opener.current.focus());
  };
  const [settings, setSettings] = useState<RecallSettings>(defaultRecallSettings);

  useEffect(() => {
    client
      .call('recallSettings:get', {})
      .then(setSettings)
      .catch(() => undefined);
  }, [client]);

  const basis = useAsOfBasis();
  const selection = {
    list,
    filters: deferredSearch.trim() === '' ? filters : { ...filters, search: deferredSearch },
    sort,
    descending,
    asOf: basis,
  };
  const { view, rowAt } = useWorklist(selection, refresh);
  const [changeList, setChangeList] = useState<ExtractChangeName | null>(null);
  const changes = useExtractChanges(refresh);
  const ready = view.state === 'ready' ? view : null;
  const listCheck = checkOfList[list];

  const emptyMessage = () => {
    if (ready?.asOf === null) return t('worklist.emptyNoData');
    if (listCheck !== undefined && ready?.absentChecks.includes(listCheck)) {
      return t('absent.list', { column: `${t(`checks.${listCheck}`).toLowerCase()} (»${t(`columnMapping.fields.${fieldOfCheck[listCheck]}`)}«)` });
    }
    if (ready && isListUnknown(list, ready.absentChecks)) return t('lists.unknownChecks');
    return Object.keys(selection.filters).length > 0 ? t('worklist.emptyFiltered') : t('worklist.emptyList');
  };

  return (
    <div className={`patients-screen${openCpr ? ' with-panel' : ''}`}>
      <div className="worklist-main">
        <div className="screen-intro worklist-intro">
          <div>
            <ScreenHeading>{t('worklist.title')}</ScreenHeading>
            {ready?.asOf && ready.extractDate ? (
              <AsOfLine asOf={ready.asOf} extractDate={ready.extractDate} today={ready.today} basis={basis} testId="worklist-as-of" />
            ) : null}
          </div>
          <InitialsField initials={settings.initials} onSaved={(initials) => setSettings({ ...settings, initials })} />
        </div>
        {view.state === 'failed' ? <ErrorAlert title={t('errors.loadFailed')} message={errorMessage(view.error, t)} /> : null}
        <WorklistTabs
          value={changeList ? null : list}
          counts={ready?.counts ?? null}
          absentChecks={ready?.absentChecks ?? []}
          onChange={(next) => {
            setChangeList(null);
            onListChange(next);
          }}
        />
        <ExtractChangeTabs value={changeList} changes={changes} onChange={setChangeList} />
        {changeList && changes ? <ExtractChangeList list={changeList} changes={changes} onOpen={openPatient} /> : null}
        <div hidden={changeList !== null} className="worklist-body">
          <WorklistFilterBar
            filters={filters}
            search={search}
            sort={sort}
            descending={descending}
            gps={ready?.gps ?? []}
            onFilters={setFilters}
            onSearch={setSearch}
            onSort={(nextSort, nextDescending) => {
              setSort(nextSort);
              setDescending(nextDescending);
            }}
          />
          {ready?.asOf ? (
            <details className="export-details">
              <summary>{t('outputs.exportOpen')}</summary>
              <RecallExportPanel selection={selection} onChanged={() => setRefresh((n) => n + 1)} />
            </details>
          ) : null}
          {view.state === 'loading' ? (
            <p role="status" className="busy">
              <span className="spinner" aria-hidden="true" />
              {t('app.loading')}
            </p>
          ) : null}
          {ready ? (
            <>
              <p className="row-count" role="status" data-testid="row-count">
                {t('worklist.rowCount', { count: ready.total })}
              </p>
              {ready.total > 0 ? (
                <WorklistTable list={ready.list} total={ready.total} selectionKey={ready.key} loadSeq={ready.seq} rowAt={rowAt} onOpen={openPatient} />
              ) : (
                <p className="panel empty-state">{emptyMessage()}</p>
              )}
            </>
          ) : null}
        </div>
      </div>
      {openCpr && ready ? (
        <PatientPanel
          key={openCpr}
          cpr={openCpr}
          hasInitials={settings.initials !== ''}
          snoozeDays={settings.snoozeDays}
          today={ready.today}
          asOf={basis}
          onClose={closePatient}
          onChanged={() => setRefresh((n) => n + 1)}
        />
      ) : null}
    </div>
  );
}

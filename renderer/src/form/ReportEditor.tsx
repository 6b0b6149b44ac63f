import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm } from 'react-hook-form';
import type { Report } from '../../../shared/api/contract';
import { periodCutOff } from '../../../shared/domain/period-cutoff';
import { periodName } from '../../../shared/domain/periods';
import type { ReportData } from '../../../shared/domain/report';
import { carryForwardText } from '../../../shared/i18n/vi/form-install';
import { ui } from '../../../shared/i18n/vi/ui';
import { findIndicator, sectionOfCode } from '../../../shared/template';
import { call } from '../api/client';
import { PeriodComparison } from '../compare/PeriodComparison';
import { compareUi } from '../../../shared/i18n/vi/compare';
import { CarryForwardReview } from './CarryForwardReview';
import { useFormTemplate } from './formTemplate';
import { enterMovesToNext } from './enterMovesToNext';
import { ExportPanel } from './ExportPanel';
import { ReceiptImport } from './ReceiptImport';
import { countField, domId } from './fieldNames';
import { toFormValues, type FormValues } from './formValues';
import { IndicatorSectionView } from './IndicatorSectionView';
import { IssuePanel } from './IssuePanel';
import { ModelsList } from './ModelsList';
import { PreparerBlock } from './PreparerBlock';
import { ConflictPanel } from './ConflictPanel';
import { clearDraft, draftSink, draftStorageKey, draftToApply } from './draftStore';
import { createFormChecker, issueFocus, PREPARER_SECTION, type FormIssue } from './resolver';
import { SaveFailedBanner } from './SaveFailedBanner';
import { SaveStatus } from './SaveStatus';
import { withoutPristineRows } from './pristineRows';
import { PANEL_ID, SectionTabs, tabId } from './SectionTabs';
import { tabSummaries } from './tabSummaries';
import { useAutosave } from './useAutosave';
import { refreshedNames, useConflictMerge } from './useConflictMerge';
import { fieldOfBox, TypedFields } from './typedFields';
import { refusedEntries, withEntries } from './refusedEntries';
import { storedData, useStoredChecks, useTabLink } from './useOtherTabs';
import { conflictMessages } from '../../../shared/i18n/vi/conflict';
import { usePreviousPeriod } from './usePreviousPeriod';

export interface ReportFormHandle {
  /** Saves what was typed now; resolves false if it could not be saved. */
  flush: () => Promise<boolean>;
  /**
   * Before the form goes away (another period, another view): false while a count box holds an
   * entry that is not a count (it would be lost; the clerk is taken to the box and told why), or
   * while what was typed cannot be saved; otherwise saves it and resolves true.
   */
  leave: () => Promise<boolean>;
}

/** A save that has not answered by then is treated as failed (loud) and tried again. */
export const SAVE_TIMEOUT_MS = 8000;

/** The form of one report: tabs generated from the template, live checks, autosave. */
export function ReportEditor({
  report,
  unitCode,
  period,
  notice: openingNotice = '',
  onReplaced,
  ref,
}: {
  report: Report;
  unitCode: string;
  period: string;
  /** A message to show as the form opens (what was just done to the report). */
  notice?: string;
  /** The report on disk was replaced (restored from a file): open it again, then say `message`. */
  onReplaced: (message: string) => void;
  ref?: Ref<ReportFormHandle>;
}) {
  const template = useFormTemplate();
  const [draftKey] = useState(() => ({
    unitCode,
    period,
    templateId: template.id,
    templateVersion: template.version,
  }));
  // Figures typed last time that never reached the disk (a save refused or cut off, a refused
  // entry): shown, and saved on the data they were typed on (the store refuses a stale base).
  const [draft] = useState(() => draftToApply(draftKey, report.data));
  const [initial] = useState(() =>
    withEntries(toFormValues(template, draft?.data ?? report.data), draft?.entries),
  );
  const [checker] = useState(() => createFormChecker(template, period, (draft?.data ?? report.data).counts));
  const [notice, setNotice] = useState(draft ? ui.form.draftRestored : openingNotice);
  const methods = useForm<FormValues, unknown, ReportData>({
    defaultValues: initial,
    resolver: checker.resolver,
    // Checks run on every change through trigger() below, for every field at once (a rule
    // involves several fields); nothing is ever "submitted".
    mode: 'onSubmit',
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { getValues, setValue, trigger, subscribe } = methods;
  const [check, setCheck] = useState(() => checker.check(initial));
  const [tab, setTab] = useState(template.sections[0]!.id);

  // A box holding a refused entry is never refreshed from elsewhere: the entry would vanish.
  const [typed] = useState(
    () => new TypedFields((f) => f.kind === 'count' && f.code in checker.check(getValues()).refused),
  );
  const merge = useConflictMerge({
    template,
    form: { getValues, setValue },
    snapshot: () => checker.check(getValues()).data,
    fetchStored: async () => storedData(await call('report.open', { unitCode, period })),
    typed,
    onUpdated: (fields) => {
      checker.commit(getValues());
      setNotice(conflictMessages.refreshed(refreshedNames(fields)));
    },
  });
  const link = useTabLink(draftStorageKey(draftKey));
  // Carried forward from an older form version: nothing of it is on disk under this version yet.
  const [carried, setCarried] = useState(report.carriedForward);
  const [comparing, setComparing] = useState(false);
  const { state: saveState, saver } = useAutosave({
    opened: draft?.baseData ?? storedData(report),
    snapshot: () => checker.check(getValues()).data,
    save: async (data, base) => {
      const saved = await call(
        'report.save',
        { unitCode, period, data, base },
        { timeoutMs: SAVE_TIMEOUT_MS },
      );
      link.announce(saved.fingerprint);
    },
    onStale: merge.onStale,
    draft: draftSink(draftKey),
    entries: () => refusedEntries(checker.check(getValues()).refused, getValues),
    onSaved: (data) => typed.saved(data, checker.check(getValues()).data),
  });
  const otherTabs = useStoredChecks({
    link,
    saver,
    open: () => call('report.open', { unitCode, period }),
    merge: merge.mergeStored,
  });

  useEffect(() => {
    if (draft) void saver.flush();
  }, [draft, saver]);

  // The previous period arrives after the form opened: its figures join the checks (a count ten
  // times larger or smaller than last time is a warning at its box, as the district will see it).
  const previous = usePreviousPeriod(unitCode, period, (loaded) => {
    checker.setPrevious(loaded?.figures);
    setCheck(checker.check(getValues()));
    void trigger();
  });

  useEffect(() => {
    void trigger();
    return subscribe({
      formState: { values: true },
      callback: () => {
        setCheck(checker.check(getValues()));
        void trigger();
        saver.changed();
      },
    });
  }, [getValues, trigger, subscribe, checker, saver]);

  /** Shows a field, switching to its tab first. */
  const focusField = (sectionId: string, field: string) => {
    flushSync(() => setTab(sectionId));
    const element = document.getElementById(domId(field));
    element?.focus();
    element?.scrollIntoView?.({ block: 'center' });
  };

  // Set when leaving was refused because of a refused entry; shown until no box holds one.
  const [leaveBlocked, setLeaveBlocked] = useState(false);
  const refusedCodes = Object.keys(check.refused);

  useImperativeHandle(
    ref,
    () => ({
      flush: () => saver.flush(),
      leave: async () => {
        const refused = Object.keys(checker.check(getValues()).refused);
        if (refused.length > 0) {
          setLeaveBlocked(true);
          focusField(sectionOfCode(template, refused[0]!)?.id ?? tab, countField(refused[0]!));
          return false;
        }
        return saver.flush();
      },
    }),
    [saver, checker, getValues, tab, template],
  );

  /**
   * Leaving a box: its valid value is the one to keep, and what was typed goes to disk now. Typed
   * but nothing to save (the value the box held, typed again): is that still what is stored?
   */
  const leaveField = () => {
    checker.commit(getValues());
    void saver.flush().then((saved) => {
      if (saved && typed.size > 0) otherTabs.check();
    });
  };

  const rowIdOf = (row: number) => getValues('models')[row]?.id;

  const focusIssue = (issue: FormIssue) => {
    const { sectionId, field } = issueFocus(template, issue);
    focusField(sectionId, field);
  };

  // Read during render so touching a box re-renders (react-hook-form's formState proxy).
  const touched = () => methods.formState.touchedFields;
  const shown = withoutPristineRows(check, getValues(), touched());
  const tabs = tabSummaries(template, shown);
  const activeTab = tabs.find((t) => t.id === tab) ?? tabs[0]!;
  const section = template.sections.find((s) => s.id === tab);
  const issues = shown.issues.filter((i) => i.sectionId === activeTab.id);
  const hasRefused = issues.some((i) => i.check.endsWith('-parse'));

  return (
    <FormProvider {...methods}>
      <div
        className="report-editor"
        onKeyDown={enterMovesToNext}
        onBlur={leaveField}
        onInput={(event) => typed.mark(fieldOfBox((event.target as HTMLInputElement).name ?? '', rowIdOf))}
      >
        <div className="form-bar">
          <div>
            <h1 className="form-title">{ui.form.title(periodName(period))}</h1>
            <p className="hint form-cutoff">{periodCutOff(period)}</p>
          </div>
          <ExportPanel
            unitCode={unitCode}
            period={period}
            savedAt={saveState.kind === 'saved' ? saveState.at.getTime() : 0}
            beforeExport={() => saver.flush()}
            unsavedErrors={() => {
              const now = checker.check(getValues());
              if (Object.keys(now.refused).length === 0) return 0;
              const summaries = tabSummaries(template, withoutPristineRows(now, getValues(), touched()));
              return summaries.reduce((n, t) => n + t.errors, 0);
            }}
            onRestored={(message) => {
              // What the form holds is older than the restored data: never saved over it.
              saver.abandon();
              clearDraft(draftKey);
              // Other tabs fetch the restored report (no fingerprint known here: they check).
              link.announce('');
              onReplaced(message);
            }}
          />
          <ReceiptImport
            unitCode={unitCode}
            period={period}
            savedAt={saveState.kind === 'saved' ? saveState.at.getTime() : 0}
          />
          <button type="button" onClick={() => void saver.flush().then(() => setComparing(true))}>
            {compareUi.open}
          </button>
        </div>
        {carried && (
          <CarryForwardReview
            carried={carried}
            onAgree={() =>
              void saver.flush().then((saved) => {
                if (!saved) return;
                setCarried(undefined);
                setNotice(carryForwardText.saved(carried.toVersion));
              })
            }
          />
        )}
        {/* Stays in view while the page scrolls: the tabs, whether it is saved, and a failure. */}
        <div className="form-sticky">
          {saveState.kind === 'failed' && (
            <SaveFailedBanner
              message={saveState.message}
              code={saveState.code}
              onRetry={() => void saver.flush()}
            />
          )}
          {merge.conflicts.length > 0 && (
            <ConflictPanel
              template={template}
              conflicts={merge.shown(check.data)}
              onChoose={(c, side) => merge.choose(c, side) && saver.release()}
            />
          )}
          {leaveBlocked && refusedCodes.length > 0 && (
            <div className="banner error leave-blocked" role="alert">
              <p>
                {ui.form.leaveBlocked(
                  refusedCodes[0]!,
                  findIndicator(template, refusedCodes[0]!)?.label ?? '',
                  getValues(countField(refusedCodes[0]!)) ?? '',
                  refusedCodes.length - 1,
                )}
              </p>
            </div>
          )}
          {notice && (
            <div className="banner info form-notice" role="status">
              <p>{notice}</p>
              <button type="button" onClick={() => setNotice('')}>
                {ui.form.noticeClose}
              </button>
            </div>
          )}
          <div className="tabs-row">
            <SectionTabs tabs={tabs} active={activeTab.id} onSelect={setTab} />
            <SaveStatus state={saveState} refused={refusedCodes.length} />
          </div>
        </div>
        <div className="form-body">
          <div className="form-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(activeTab.id)}>
            {section?.kind === 'indicators' && (
              <IndicatorSectionView section={section} evaluation={check.evaluation} previous={previous} />
            )}
            {section?.kind === 'list' && <ModelsList section={section} />}
            {activeTab.id === PREPARER_SECTION && <PreparerBlock />}
          </div>
          <IssuePanel
            title={activeTab.fullTitle}
            issues={issues}
            hasRefused={hasRefused}
            onSelect={focusIssue}
          />
        </div>
      </div>
      {comparing && (
        <PeriodComparison
          unitCode={unitCode}
          period={period}
          note={compareUi.savedFirst}
          onClose={() => setComparing(false)}
        />
      )}
    </FormProvider>
  );
}

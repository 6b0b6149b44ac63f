import { ui } from '../../../shared/i18n/vi/ui';
import type { FormIssue } from './resolver';

/** The problems of the open section; a click takes the clerk to the field. */
export function IssuePanel({
  title,
  issues,
  hasRefused,
  onSelect,
}: {
  title: string;
  issues: FormIssue[];
  hasRefused: boolean;
  onSelect: (issue: FormIssue) => void;
}) {
  return (
    <aside className="issue-panel" aria-labelledby="issue-panel-title">
      <h2 id="issue-panel-title">{ui.issues.title(title)}</h2>
      {issues.length === 0 ? (
        <p className="issue-none">{ui.issues.none}</p>
      ) : (
        <>
          <p className="hint">{ui.issues.hint}</p>
          <ul className="issue-list">
            {issues.map((issue, i) => (
              <li key={`${issue.check}-${issue.row ?? ''}-${i}`}>
                <button type="button" className={`issue ${issue.level}`} onClick={() => onSelect(issue)}>
                  <span className="issue-level">
                    {issue.level === 'error' ? ui.issues.error : ui.issues.warning}
                  </span>
                  <span className="issue-text">{issue.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {hasRefused && <p className="issue-note">{ui.issues.invalidNotSaved}</p>}
    </aside>
  );
}

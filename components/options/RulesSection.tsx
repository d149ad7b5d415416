import { useId } from 'react';
import { CATEGORIES, type RuleSpec } from '@/utils/engine/rule-schema';
import { categoryLabel, severityLabel } from '../common/labels';
import { t, uiLanguage } from '../i18n';
import { ruleTitle, type GuidanceMap } from '../panel/guidance';
import { useSettingsStore } from '../stores/settings-store';

type RuleSummary = Pick<RuleSpec, 'id' | 'category' | 'severity'>;

/** Rules grouped by category, in the design's category order (unknown ones last). */
function byCategory(rules: readonly RuleSummary[]): [string, RuleSummary[]][] {
  const order = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORIES.length : i;
  };
  const groups = new Map<string, RuleSummary[]>();
  for (const rule of rules) groups.set(rule.category, [...(groups.get(rule.category) ?? []), rule]);
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
}

function RuleRow({ rule, guidance }: { rule: RuleSummary; guidance: GuidanceMap }) {
  const id = useId();
  const enabled = useSettingsStore((s) => !s.settings.disabledRules.includes(rule.id));
  const setRuleEnabled = useSettingsStore((s) => s.setRuleEnabled);
  return (
    <li className={`rule-row severity-${rule.severity}`}>
      <input id={id} type="checkbox" checked={enabled} onChange={(e) => void setRuleEnabled(rule.id, e.target.checked)} />
      <label htmlFor={id}>{ruleTitle(rule.id, guidance, uiLanguage())}</label>
      <span className="severity-badge">{severityLabel(rule.severity)}</span>
      <code className="rule-id">{rule.id}</code>
    </li>
  );
}

/** On/off per rule, with each rule's severity. */
export function RulesSection({ rules, guidance }: { rules: readonly RuleSummary[]; guidance: GuidanceMap }) {
  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options.rulesHeading')}</h2>
      <p className="hint">{t('options.rulesIntro')}</p>
      {rules.length === 0 ? (
        <p>{t('options.rulesEmpty')}</p>
      ) : (
        byCategory(rules).map(([category, group]) => (
          <fieldset key={category} className="rule-group">
            <legend>{categoryLabel(category)}</legend>
            <ul>
              {group.map((rule) => (
                <RuleRow key={rule.id} rule={rule} guidance={guidance} />
              ))}
            </ul>
          </fieldset>
        ))
      )}
    </section>
  );
}

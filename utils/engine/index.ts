/**
 * The rule engine (no DOM, no browser APIs): compile rules once, analyse pages and listing
 * cards. Validation of a rule set lives in ./validate (it needs full zod, so the content
 * script does not import it).
 */
export { analyze, analyzeCards, type AnalysisLimits, type AnalysisResult, type CardAnalysisOptions } from './analyze';
export { compileRules, type CompiledRuleSet } from './compile';
export { MAX_EVIDENCE, MAX_PAGE_CHARS, MAX_SOURCE_CHARS } from './limits';

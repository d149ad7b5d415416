/**
 * Guidance for the one finding that comes from the user rather than from a rule: a job or
 * card from a client the user blocked. Extension pages only.
 */
import type { RuleGuidance } from '../engine/rule-schema';
import { BLOCKED_CLIENT_RULE_ID } from './blocked-client';

export const BLOCKED_CLIENT_GUIDANCE: Readonly<Record<string, RuleGuidance>> = {
  [BLOCKED_CLIENT_RULE_ID]: {
    ja: {
      title: 'あなたがブロックしたクライアントです',
      why: '以前このクライアントをブロックしました。理由はあなたのメモに残っているかもしれません。同じ相手とのトラブルは繰り返されがちです。',
      steps: [
        'サイドパネルのクライアント欄で、自分のメモを確認してください。',
        '応募や契約を続ける前に、ブロックした理由がもう当てはまらないか考えてください。',
        '解除する場合は、クライアント欄の「このクライアントをブロックする」のチェックを外すか、設定ページから外せます。',
      ],
    },
    en: {
      title: 'A client you blocked',
      why: 'You blocked this client earlier; your note may say why. Trouble with the same client tends to repeat.',
      steps: [
        'Check your own note in the client section of the side panel.',
        'Before applying or signing, ask yourself whether the reason you blocked them still holds.',
        'To unblock, untick "block this client" in the client section, or remove them on the options page.',
      ],
    },
    // The user's own judgement: no outside source to cite.
    sources: [],
  },
};

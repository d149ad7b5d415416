/**
 * 「修正は無制限」「納得いくまで何度でも」: an open-ended revision promise turns a fixed price
 * into unlimited work. Worth settling a revision count before the contract.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'scope-creep/unlimited-revisions',
  category: 'scope-creep',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(修正|りてい.?く|やり直し|書き直し|作り直し)\\s{0,2}(は|の)?\\s{0,2}(回数)?\\s{0,2}(は)?\\s{0,2}(無制限|何度でも|何回でも|納得(いく|する|できる)まで|制限なし|上限なし|無限)',
        '(何度でも|何回でも|無制限に|納得(いく|する|できる)まで)\\s{0,2}(無料で|無償で)?\\s{0,2}(修正|りてい.?く|やり直|書き直|作り直|対応して)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['ご質問', '相談'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '修正回数に上限がない条件です',
    why: '固定報酬のまま修正が無制限だと、作業量に終わりがなくなります。クラウドワークスでは固定報酬制のプロジェクトがトラブルの最も起きやすい形式とされ、認識のずれは契約前のすり合わせで防ぐよう案内されています。',
    steps: [
      '契約前に、修正の回数と範囲(誤字の修正か、構成の作り直しか)を決めてください。',
      '決めた条件は、サイト上のメッセージか契約内容に書き残してください。',
      '上限を超える修正は追加の報酬で受けると、最初に伝えておいてください。',
    ],
  },
  en: {
    title: 'No limit on revisions',
    why: 'With a fixed price and unlimited revisions there is no end to the work. CrowdWorks says fixed-price projects are the format most prone to trouble and advises settling expectations in the messages before the contract.',
    steps: [
      'Before the contract, agree how many revisions, and of what kind (typos or a full rework).',
      'Write what you agreed in the site’s messages or the contract.',
      'Say from the start that revisions beyond the limit are paid extra.',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    '修正は無制限でお願いします。',
    '納得いくまで何度でも修正していただける方',
    { text: '修正回数は制限なしでお願いしたいです', kind: 'message' },
  ],
  doesNotMatch: [
    '修正は2回まで無料、それ以降は1回1,000円です。',
    '何度でもご質問ください。',
    '納品後の修正対応は不要です。',
  ],
};

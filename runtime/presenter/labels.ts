/** The presenter view's own interface text, in both editions, in one place (every font subset reads runtime/**.ts: site/glyph-sources.ts). */
import type { Lang } from '../../contracts/lang.ts';

/** Where the talk stands against its plan (see timer.ts). */
export type PaceState = 'on' | 'behind' | 'ahead';

export interface PresenterLabels {
  readonly lang: string;
  readonly documentTitle: string;
  readonly heading: string;
  readonly currentHeading: string;
  readonly currentFrameTitle: string;
  readonly nextHeading: string;
  readonly nextFrameTitle: string;
  readonly nextEnd: string;
  readonly notesHeading: string;
  readonly elapsed: string;
  readonly planned: string;
  readonly resetTimer: string;
  readonly navLabel: string;
  readonly previous: string;
  readonly next: string;
  readonly connecting: string;
  readonly noNotes: string;
  readonly missingDeck: string;
  readonly knownDecks: string;
  readonly loadFailed: string;
  readonly statusConnecting: string;
  readonly statusPaired: string;
  readonly statusStandalone: string;
  readonly hintPaired: string;
  readonly hintStandalone: string;
  readonly openAudience: string;
  readonly openAudienceTitle: string;
  readonly progress: (index: number, total: number) => string;
  /** A slide that builds in steps: which step is shown. */
  readonly step: (current: number, total: number) => string;
  readonly pace: (state: PaceState, clock: string) => string;
  readonly titleWithDeck: (deckTitle: string) => string;
  /** ?deck= names no deck of this edition in decks.json (shown as text, shortened). */
  readonly unknownDeck: (requested: string) => string;
}

export const PRESENTER_LABELS: Readonly<Record<Lang, PresenterLabels>> = {
  'zh-CN': {
    lang: 'zh-CN',
    documentTitle: '讲者视图',
    heading: '讲者视图',
    currentHeading: '当前',
    currentFrameTitle: '当前幻灯片',
    nextHeading: '下一张',
    nextFrameTitle: '下一张幻灯片',
    nextEnd: '已是最后一张',
    notesHeading: '备注',
    elapsed: '已用时间',
    planned: '计划',
    resetTimer: '重新计时',
    navLabel: '翻页',
    previous: '← 上一张',
    next: '下一张 →',
    connecting: '正在连接幻灯片窗口……',
    noNotes: '（本页没有备注）',
    missingDeck: '缺少 ?deck= 参数：请在幻灯片窗口按 S 打开讲者视图。',
    knownDecks: '可用的演示：',
    loadFailed: '无法载入幻灯片目录（decks.json）或幻灯片页面，请稍后重试。',
    statusConnecting: '正在查找幻灯片窗口……',
    statusPaired: '已连接观众窗口',
    statusStandalone: '未连接观众窗口',
    hintPaired: '两个窗口同步翻页：在这里或在观众窗口翻页都可以。',
    hintStandalone: '讲者视图正在自行放映。点“打开观众窗口”在新窗口（拖到投影屏）放映当前页，两窗口自动同步；在幻灯片窗口按 S 也会打开与之同步的讲者视图。',
    openAudience: '打开观众窗口',
    openAudienceTitle: '在新窗口放映当前幻灯片，与讲者视图同步翻页',
    progress: (index, total) => `第 ${index} / ${total} 张`,
    step: (current, total) => `步骤 ${current}/${total}`,
    pace: (state, clock) => (state === 'on' ? '按计划' : state === 'behind' ? `比计划慢 ${clock}` : `比计划快 ${clock}`),
    titleWithDeck: (deckTitle) => `讲者视图 · ${deckTitle}`,
    unknownDeck: (requested) => `没有编号为“${requested}”的演示。`,
  },
  en: {
    lang: 'en',
    documentTitle: 'Presenter view',
    heading: 'Presenter view',
    currentHeading: 'Current',
    currentFrameTitle: 'Current slide',
    nextHeading: 'Next',
    nextFrameTitle: 'Next slide',
    nextEnd: 'This is the last slide',
    notesHeading: 'Notes',
    elapsed: 'Elapsed',
    planned: 'Planned',
    resetTimer: 'Restart timer',
    navLabel: 'Slides',
    previous: '← Previous',
    next: 'Next →',
    connecting: 'Connecting to the deck window…',
    noNotes: '(No notes for this slide)',
    missingDeck: 'The ?deck= parameter is missing: press S in a deck window to open its presenter view.',
    knownDecks: 'Decks you can present:',
    loadFailed: 'The list of decks (decks.json) or the deck page could not be loaded; try again later.',
    statusConnecting: 'Looking for a deck window…',
    statusPaired: 'Paired with the audience window',
    statusStandalone: 'No audience window',
    hintPaired: 'Both windows move together: step here or in the audience window.',
    hintStandalone: 'The presenter view is running the deck itself. Open an audience window to show the current slide in a new window (drag it to the projector); the two stay in step. Pressing S in a deck window also opens a paired presenter view.',
    openAudience: 'Open audience window',
    openAudienceTitle: 'Show the current slide in a new window that moves with this presenter view',
    progress: (index, total) => `Slide ${index} of ${total}`,
    step: (current, total) => `step ${current} of ${total}`,
    pace: (state, clock) => (state === 'on' ? 'On time' : state === 'behind' ? `${clock} behind plan` : `${clock} ahead of plan`),
    titleWithDeck: (deckTitle) => `Presenter view · ${deckTitle}`,
    unknownDeck: (requested) => `There is no deck with the id “${requested}”.`,
  },
};

/** The keys whose label is plain text, so an element can name one in data-label. */
export type TextLabelKey = { [K in keyof PresenterLabels]: PresenterLabels[K] extends string ? K : never }[keyof PresenterLabels];

export function isTextLabelKey(key: string, labels: PresenterLabels): key is TextLabelKey {
  return Object.hasOwn(labels, key) && typeof labels[key as keyof PresenterLabels] === 'string';
}

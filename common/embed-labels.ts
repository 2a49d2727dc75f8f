import { type Lang } from '../contracts/lang.ts';
import { EMBED_BUTTON_LABELS } from './embed-button-labels.ts';
/** Interface text for embedding, in one place (the font subset reads slides/**.ts). */

export const EMBED_LABELS = {
  'zh-CN': {
    ...EMBED_BUTTON_LABELS['zh-CN'],
    dialogTitle: '嵌入本页',
    dialogHelp: '把下面的代码贴到网页中：只显示这一页，图表随页面滚动到可见时播放动画。',
    galleryToggle: '复制嵌入代码',
    gallerySlide: '选择幻灯片：',
    copy: '复制',
    close: '关闭',
    copied: '已复制到剪贴板。',
    copyManually: '已选中代码，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    snapshots: '静态图片（PNG，2倍分辨率）',
    fullDeck: '查看完整演示：',
  },
  en: {
    ...EMBED_BUTTON_LABELS.en,
    dialogTitle: 'Embed this slide',
    dialogHelp: 'Paste this code into a web page: it shows this slide alone; its chart animates when scrolled into view.',
    galleryToggle: 'Copy embed code',
    gallerySlide: 'Slide: ',
    copy: 'Copy',
    close: 'Close',
    copied: 'Copied to the clipboard.',
    copyManually: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    snapshots: 'Still images (PNG, 2× resolution)',
    fullDeck: 'See the full deck: ',
  },
} as const satisfies Record<Lang, Record<string, string>>;

import type { DeckId } from '../ledger/types.ts';
import type { Lang } from '../contracts/lang.ts';

/**
 * The words of a deck's last two slides, “gaps” (what the article leaves out) and “source”, that
 * differ from deck to deck. site/closing-slides.ts writes the two slides around them, in both
 * languages; the deck page marks where they go with `<div data-closing-slides></div>`. HTML.
 */
export interface ClosingWords {
  /** Whose gaps the slide lists, as its heading names them: “红河一节” ⇒ “红河一节原文未给出的数字”, “Honghe” ⇒ “Honghe: figures the article does not give”. */
  readonly section: string;
  /** The gaps slide's speaker notes: what is missing in this section. */
  readonly gapsNotes: string;
  /** The gaps slide also lists the other decks' gaps slides, each a link (the overview: each region's list is in its own deck). */
  readonly regionLists?: boolean;
  /** A line under the source credit. */
  readonly sourceNote?: string;
}

export const CLOSING: Readonly<Record<DeckId, Readonly<Record<Lang, ClosingWords>>>> = {
  overview: {
    'zh-CN': {
      section: '引言部分',
      regionLists: true,
      gapsNotes: '这一页列出文章开头部分缺失的数字：两地相距的公里数和中央确定对口帮扶的年份。讲者可以拿这张清单去向来源核实；各地区的清单在各自的幻灯片里。',
      sourceNote: '转载稿在西双版纳一节末尾中断，最后一句停在“开辟‘一网一’”。',
    },
    en: {
      section: 'Opening section',
      regionLists: true,
      gapsNotes: 'This slide lists the figures missing from the article’s opening: the distance in kilometres and the year the central government decided on the pairing. A speaker can take this list to the source to check; each region’s list is in its own deck.',
      sourceNote: 'The republished copy breaks off at the end of the Xishuangbanna section, mid-sentence: <span lang="zh-CN">“开辟‘一网一”</span>.',
    },
  },
  honghe: {
    'zh-CN': {
      section: '红河一节',
      gapsNotes: '这一页列出本节原文中缺失的数字：两个年份只剩月份，绞股蓝项目的投入金额和远程会诊的例数也缺失。讲者可以拿这张清单去向来源核实。',
    },
    en: {
      section: 'Honghe',
      gapsNotes: 'This slide lists the figures missing from this section: two years with only the month left, the amount invested in the jiaogulan project, and the number of remote consultations. A speaker can take this list to the source to check.',
    },
  },
  lijiang: {
    'zh-CN': {
      section: '丽江一节',
      gapsNotes: '这一页列出本节原文中缺失或缺损的数字：年份、金额、户数大多缺失，还有四处印出来明显缺损的数字（工资、户数、户均收益、销售额）。讲者可以拿这张清单去向来源核实。',
    },
    en: {
      section: 'Lijiang',
      gapsNotes: 'This slide lists the figures missing or damaged in this section: most years, amounts and household counts are missing, and four printed figures are plainly damaged (wage, households, income per household, sales). A speaker can take this list to the source to check.',
    },
  },
  puer: {
    'zh-CN': {
      section: '普洱一节',
      gapsNotes: '这一页列出本节原文中缺失或缺损的数字：几乎每个年份、每个户数、每笔理赔金额都缺失，西盟县的理赔金额只印出了小数点后的一位。讲者可以拿这张清单去向来源核实。',
    },
    en: {
      section: 'Pu’er',
      gapsNotes: 'This slide lists the figures missing or damaged in this section: nearly every year, household count and payout is missing, and Ximeng’s payout shows only one digit after the decimal point. A speaker can take this list to the source to check.',
    },
  },
  xishuangbanna: {
    'zh-CN': {
      section: '西双版纳一节',
      gapsNotes: '这一页列出本节原文中缺失的数字。转载稿丢了很多数字：年份只剩“年”，人数只剩“人”。讲者可以拿这张清单去向来源核实。',
      sourceNote: '转载稿在这一节末尾中断，最后一句停在“开辟‘一网一’”。',
    },
    en: {
      section: 'Xishuangbanna',
      gapsNotes: 'This slide lists the figures missing from this section. The republished copy lost many digits: years are left as “年”, counts as “人”. A speaker can take this list to the source to check.',
      sourceNote: 'The republished copy breaks off at the end of this section, mid-sentence: <span lang="zh-CN">“开辟‘一网一”</span>.',
    },
  },
};

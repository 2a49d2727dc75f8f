/** Interface text for embedding, in one place (the font subset reads slides/**.ts). */
export const EMBED_LABELS = {
  button: '嵌入',
  buttonTitle: '嵌入本页（快捷键 E）',
  shortcut: '复制本页的嵌入代码',
  dialogTitle: '嵌入本页',
  dialogHelp: '把下面的代码贴到网页中：只显示这一页，图表随页面滚动到可见时播放动画。',
  galleryToggle: '复制嵌入代码',
  gallerySlide: '选择幻灯片：',
  copy: '复制',
  close: '关闭',
  copied: '已复制到剪贴板。',
  copyManually: '已选中代码，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  snapshots: '静态图片（PNG，2倍分辨率）',
} as const;

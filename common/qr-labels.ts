/** Words around the source slide's QR codes (site/qr-code.ts), in one place so the font subset has them. */
export const QR_LABELS = {
  'zh-CN': {
    deck: '扫码打开本演示',
    data: '扫码下载全部数字（CSV）',
    aria: '二维码：',
  },
  en: {
    deck: 'Scan to open this deck',
    data: 'Scan to download every figure (CSV)',
    aria: 'QR code: ',
  },
} as const;

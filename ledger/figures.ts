import type { Figure } from './types.ts';

/**
 * The figure ledger: every number the article prints, every number it leaves out,
 * every number it prints damaged, and the few figures the decks compute from them.
 * Each quote is verbatim from assets/article.txt and found there exactly once.
 * A number is typed here once; slides and charts read it from here.
 */
export const FIGURES: readonly Figure[] = [
  // ── overview: the introduction ───────────────────────────────────────────
  {
    id: 'overview-distance-km', deck: 'overview', label: '上海与云南相距', value: null, unit: '公里',
    status: 'omitted', quote: '上海——云南,相距多公里',
    note: '“相距多公里”：原文未给出两地相距的公里数。',
  },
  {
    id: 'overview-pairing-start-year', deck: 'overview', label: '中央确定上海对口帮扶云南的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,中央确定上海市对口帮扶云南省以来',
    note: '“年，中央确定……以来”：年份的数字缺失。',
  },
  {
    id: 'overview-pairing-years', deck: 'overview', label: '沪滇牵手', value: 20, unit: '载', approx: '余',
    status: 'stated', quote: '20余载牵手',
  },

  // ── honghe: 徐汇区长宁区等结对红河州24年 ─────────────────────────────────────
  {
    id: 'honghe-pairing-years', deck: 'honghe', label: '徐汇、长宁等区结对红河州', value: 24, unit: '年',
    status: 'stated', quote: '徐汇区长宁区等结对红河州24年',
  },
  {
    id: 'honghe-pu-arrival-year', deck: 'honghe', label: '蒲永锴奔赴云南的年份', value: null, unit: '年',
    status: 'omitted', quote: '年6月,上海市第10批援滇干部联络组红河小组组长蒲永锴',
    note: '“年6月”：年份的数字缺失，只剩月份。',
  },
  {
    id: 'honghe-pu-years', deck: 'honghe', label: '蒲永锴在红河工作', value: 3, unit: '年',
    status: 'stated', quote: '3年时间,他随身携带一个装着电脑和简单换洗衣物的拉杆箱',
  },
  {
    id: 'honghe-pairing-start-year', deck: 'honghe', label: '徐汇、长宁等区开始结对红河州的年份', value: null, unit: '年',
    status: 'omitted', quote: '自年10月开始,上海市徐汇区、长宁区等先后结对帮扶红河哈尼族彝族自治州',
    note: '“自年10月开始”：年份的数字缺失，只剩月份。',
  },
  {
    id: 'honghe-cadre-batches', deck: 'honghe', label: '两地党委、政府派出干部批次', value: 11, unit: '批',
    status: 'stated', quote: '24年来,两地党委、政府11批57名干部竭尽全力',
  },
  {
    id: 'honghe-cadres', deck: 'honghe', label: '两地党委、政府派出干部', value: 57, unit: '名',
    status: 'stated', quote: '两地党委、政府11批57名干部',
  },
  {
    id: 'honghe-changning-jiaogulan-funds', deck: 'honghe', label: '长宁区投入大老塘村绞股蓝项目资金', value: null, unit: '万元',
    status: 'omitted', quote: '上海市长宁区投入万元,采取“公司+村委会+合作社+基地+农户”的模式',
    note: '“投入万元”：金额的数字缺失。',
  },
  {
    id: 'honghe-shanghai-medical-institutions', deck: 'honghe', label: '上海两区结对的医疗机构', value: 30, unit: '所',
    status: 'stated', quote: '两区30所医疗机构与对口县50所医院和乡镇卫生院结对',
  },
  {
    id: 'honghe-county-hospitals', deck: 'honghe', label: '对口县结对的医院和乡镇卫生院', value: 50, unit: '所',
    status: 'stated', quote: '对口县50所医院和乡镇卫生院结对',
  },
  {
    id: 'honghe-donated-equipment', deck: 'honghe', label: '“云医院”项目无偿捐赠设备', value: 28, unit: '套',
    status: 'stated', quote: '无偿捐赠28套设备',
  },
  {
    id: 'honghe-remote-consultations', deck: 'honghe', label: '组织远程会诊', value: null, unit: '例', approx: '近',
    status: 'omitted', quote: '组织远程会诊近例',
    note: '“远程会诊近例”：会诊例数的数字缺失，只剩“近”。',
  },
  {
    id: 'honghe-shanghai-schools', deck: 'honghe', label: '上海结对的学校', value: 16, unit: '所',
    status: 'stated', quote: '16所学校与对口县23所学校结对',
  },
  {
    id: 'honghe-county-schools', deck: 'honghe', label: '对口县结对的学校', value: 23, unit: '所',
    status: 'stated', quote: '与对口县23所学校结对',
  },

  // ── lijiang: 杨浦区帮扶丽江市 ──────────────────────────────────────────────
  {
    id: 'lijiang-hai-monthly-wage', deck: 'lijiang', label: '海玉兰每月工资', value: null, unit: '元',
    status: 'damaged', printed: '2元', quote: '每月包吃包住还有2元的工资',
    note: '原文显示“2元”：每月工资{lijiang-hai-monthly-wage|printed}不可信，数字疑缺损。',
  },
  {
    id: 'lijiang-hai-dividend', deck: 'lijiang', label: '海玉兰去年分到的分红款', value: null, unit: '元',
    status: 'omitted', quote: '去年还分到了元的分红款',
    note: '“分到了元的分红款”：金额的数字缺失。',
  },
  {
    id: 'lijiang-hai-subsidy', deck: 'lijiang', label: '海玉兰去年分到的补助', value: null, unit: '元',
    status: 'omitted', quote: '和元的补助',
    note: '“和元的补助”：金额的数字缺失。',
  },
  {
    id: 'lijiang-mushroom-project-year', deck: 'lijiang', label: '杨浦区投入食用菌项目资金的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,上海市杨浦区投入沪滇扶贫协作项目资金万元',
    note: '“年，上海市杨浦区投入……”：年份的数字缺失。',
  },
  {
    id: 'lijiang-yangpu-project-funds', deck: 'lijiang', label: '杨浦区投入沪滇扶贫协作项目资金', value: null, unit: '万元',
    status: 'omitted', quote: '投入沪滇扶贫协作项目资金万元',
    note: '“项目资金万元”：金额的数字缺失。',
  },
  {
    id: 'lijiang-yongsheng-matching-funds', deck: 'lijiang', label: '永胜县财政配套涉农资金', value: null, unit: '万元',
    status: 'omitted', quote: '永胜县财政配套涉农资金万元',
    note: '“配套涉农资金万元”：金额的数字缺失。',
  },
  {
    id: 'lijiang-project-village-committees', deck: 'lijiang', label: '食用菌项目覆盖六德乡村委会', value: 8, unit: '个',
    status: 'stated', quote: '项目覆盖六德乡8个村委会',
  },
  {
    id: 'lijiang-project-households', deck: 'lijiang', label: '食用菌项目覆盖建档立卡贫困户', value: null, unit: '户',
    status: 'damaged', printed: '0户', quote: '8个村委会的0户建档立卡贫困户',
    note: '原文显示“0户”：覆盖{lijiang-project-households|printed}与“项目覆盖”矛盾，前面的数字疑被截去。',
  },
  {
    id: 'lijiang-household-annual-income', deck: 'lijiang', label: '每年户均可获得收益', value: null, unit: '元',
    status: 'damaged', printed: '0元', quote: '每年户均可获得收益0元',
    note: '原文显示“收益0元”：收益为零与上下文矛盾，前面的数字疑被截去。',
  },
  {
    id: 'lijiang-workshop-households', deck: 'lijiang', label: '在扶贫车间务工的贫困户', value: null, unit: '户',
    status: 'omitted', quote: '目前有户贫困群众在扶贫车间务工',
    note: '“有户贫困群众”：户数的数字缺失。',
  },
  {
    id: 'lijiang-poverty-projects', deck: 'lijiang', label: '杨浦区结对丽江以来实施的扶贫项目', value: null, unit: '个',
    status: 'omitted', quote: '等方面实施个扶贫项目',
    note: '“实施个扶贫项目”：项目个数的数字缺失。',
  },
  {
    id: 'lijiang-expo-year', deck: 'lijiang', label: '组织企业赴上海展销的年份', value: null, unit: '年',
    status: 'omitted', quote: '以销促产,年7月,组织18家企业到上海参加展销',
    note: '“年7月”：年份的数字缺失，只剩月份。',
  },
  {
    id: 'lijiang-expo-companies', deck: 'lijiang', label: '赴上海参加展销的企业', value: 18, unit: '家',
    status: 'stated', quote: '组织18家企业到上海参加展销',
  },
  {
    id: 'lijiang-expo-sales', deck: 'lijiang', label: '展销共销售产品', value: 94, unit: '万元',
    status: 'damaged', printed: '94.万元', bound: 'lower', quote: '共销售产品94.万元',
    note: '原文显示“94.万元”：小数点后的数字缺失，可确定至少{lijiang-expo-sales|number}万元。',
  },
  {
    id: 'lijiang-expo-supply-orders', deck: 'lijiang', label: '签订供货订单', value: 13, unit: '份',
    status: 'stated', quote: '签订供货订单13份',
  },
  {
    id: 'lijiang-expo-order-value', deck: 'lijiang', label: '供货订单金额', value: null, unit: '万元',
    status: 'omitted', quote: '签订供货订单13份,金额万元',
    note: '“金额万元”：{lijiang-expo-supply-orders}订单的金额数字缺失。',
  },
  {
    id: 'lijiang-poverty-day-year', deck: 'lijiang', label: '“10·17扶贫日”展销的年份', value: null, unit: '年',
    status: 'omitted', quote: '年在“10·17扶贫日”组织19家扶贫企业',
    note: '“年在‘10·17扶贫日’”：年份的数字缺失。',
  },
  {
    id: 'lijiang-poverty-day-companies', deck: 'lijiang', label: '“10·17扶贫日”参加展销的扶贫企业', value: 19, unit: '家',
    status: 'stated', quote: '组织19家扶贫企业参加上海市光大会场和杨浦区会场展销',
  },
  {
    id: 'lijiang-poverty-day-order-value', deck: 'lijiang', label: '“10·17扶贫日”签订的订单', value: null, unit: '万元',
    status: 'omitted', quote: '签订了万元的订单',
    note: '“签订了万元的订单”：金额的数字缺失。',
  },
  {
    id: 'lijiang-consumption-hall-year', deck: 'lijiang', label: '丽江消费扶贫馆开馆的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,丽江消费扶贫馆在杨浦区国和0社区商业中心开馆',
    note: '“年，丽江消费扶贫馆……开馆”：年份的数字缺失。',
  },

  // ── puer: 普洱市依托沪滇合作平台 ────────────────────────────────────────────
  {
    id: 'puer-yantui-rubber-area', deck: 'puer', label: '岩退家种植管理的橡胶地', value: 60, unit: '亩',
    status: 'stated', quote: '种植管理的60亩橡胶地',
  },
  {
    id: 'puer-yantui-insured-year', deck: 'puer', label: '岩退投保的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,岩退了解到天然橡胶“期货+保险”的扶持政策',
    note: '“年，岩退了解到……”：年份的数字缺失。',
  },
  {
    id: 'puer-yantui-payout', deck: 'puer', label: '岩退当年拿到的理赔金', value: null, unit: '元',
    status: 'omitted', quote: '当年就拿到了元理赔金',
    note: '“拿到了元理赔金”：金额的数字缺失。',
  },
  {
    id: 'puer-ximeng-first-year', deck: 'puer', label: '西盟县胶农首批参保的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,西盟县共有户胶农参加天然橡胶“保险+期货”',
    note: '“年，西盟县共有户胶农……”：年份的数字缺失。',
  },
  {
    id: 'puer-ximeng-insured-households', deck: 'puer', label: '西盟县参加“保险+期货”的胶农', value: null, unit: '户',
    status: 'omitted', quote: '西盟县共有户胶农参加',
    note: '“共有户胶农”：户数的数字缺失。',
  },
  {
    id: 'puer-ximeng-payout', deck: 'puer', label: '西盟县共理赔保险金', value: null, unit: '万元',
    status: 'damaged', printed: '.1万元', quote: '共理赔保险金.1万元',
    note: '原文显示“.1万元”：小数点前的数字缺失，金额无法确定。',
  },
  {
    id: 'puer-rubber-expansion-year', deck: 'puer', label: '橡胶投保面积达{puer-rubber-insured-area}的年份', value: null, unit: '年',
    status: 'omitted', quote: '年天然橡胶投保范围继续扩大',
    note: '“年天然橡胶投保范围继续扩大”：年份的数字缺失。',
  },
  {
    id: 'puer-rubber-insured-area', deck: 'puer', label: '天然橡胶投保面积', value: 10, unit: '万亩',
    status: 'stated', quote: '投保面积达10万亩',
  },
  {
    id: 'puer-coffee-pilot-year', deck: 'puer', label: '宁洱县咖啡价格保险试点的年份', value: null, unit: '年',
    status: 'omitted', quote: '年在宁洱县开展了咖啡价格保险试点工作',
    note: '“年在宁洱县开展了……试点”：年份的数字缺失。',
  },
  {
    id: 'puer-sugarcane-yield-before', deck: 'puer', label: '景谷县蔗农往年平均亩产', value: 5, unit: '吨/亩',
    status: 'stated', quote: '从往年平均每亩5吨下降到每亩3.5吨',
  },
  {
    id: 'puer-sugarcane-yield-drought', deck: 'puer', label: '景谷县蔗农受旱后亩产', value: 3.5, unit: '吨/亩',
    status: 'stated', quote: '下降到每亩3.5吨',
  },
  {
    id: 'puer-sugarcane-yield-change', deck: 'puer', label: '景谷县蔗农亩产变化（计算值）', value: -30, unit: '%',
    status: 'derived', quote: '从往年平均每亩5吨下降到每亩3.5吨',
    derivation: { kind: 'percent-change', from: 'puer-sugarcane-yield-before', to: 'puer-sugarcane-yield-drought' },
    decimals: 0,
    note: '计算值：({puer-sugarcane-yield-drought|number} − {puer-sugarcane-yield-before|number}) ÷ {puer-sugarcane-yield-before|number} × 100 = {puer-sugarcane-yield-change}，由原文的{puer-sugarcane-yield-before|number}吨和{puer-sugarcane-yield-drought|number}吨算出。',
  },
  {
    id: 'puer-sugar-insurance-year', deck: 'puer', label: '糖料蔗价格保护种植保险的年份', value: null, unit: '年',
    status: 'omitted', quote: '年由大地期货有限公司联合金瑞期货股份有限公司',
    note: '“年由大地期货有限公司……”：年份的数字缺失。',
  },
  {
    id: 'puer-sugar-insured-households', deck: 'puer', label: '已完成理赔到户的参保蔗农', value: null, unit: '户',
    status: 'omitted', quote: '已完成所有户(其中建档立卡贫困户户)',
    note: '“已完成所有户”：参保蔗农的户数缺失（“所有户”之间疑缺数字）。',
  },
  {
    id: 'puer-sugar-insured-poor-households', deck: 'puer', label: '其中建档立卡贫困户', value: null, unit: '户',
    status: 'omitted', quote: '其中建档立卡贫困户户',
    note: '“其中建档立卡贫困户户”：户数的数字缺失。',
  },
  {
    id: 'puer-sugar-payout', deck: 'puer', label: '参保蔗农理赔到户金额', value: null, unit: '万元', approx: '近',
    status: 'omitted', quote: '参保蔗农近万元的理赔到户工作',
    note: '“近万元的理赔”：金额的数字缺失，只剩“近”。',
  },

  // ── xishuangbanna: 松江区与西双版纳州携手 ─────────────────────────────────────
  {
    id: 'xishuangbanna-yang-migration-year', deck: 'xishuangbanna', label: '杨小强赴上海松江务工的年份', value: null, unit: '年',
    status: 'omitted', quote: '年,家住勐海县勐往乡灰塘村的建档立卡贫困户杨小强',
    note: '“年，家住勐海县……”：年份的数字缺失。',
  },
  {
    id: 'xishuangbanna-labour-start-year', deck: 'xishuangbanna', label: '统计起始年份', value: null, unit: '年',
    status: 'omitted', quote: '年以来,西双版纳傣族自治州组织沪滇劳务协作专场招聘会',
    note: '“年以来”：统计起始年份的数字缺失。',
  },
  {
    id: 'xishuangbanna-job-fairs', deck: 'xishuangbanna', label: '沪滇劳务协作专场招聘会', value: 17, unit: '场',
    status: 'stated', quote: '组织沪滇劳务协作专场招聘会17场',
  },
  {
    id: 'xishuangbanna-jobs-offered', deck: 'xishuangbanna', label: '累计提供岗位', value: 4.88, unit: '万个',
    status: 'stated', quote: '累计提供岗位4.88万个',
  },
  {
    id: 'xishuangbanna-jobs-per-fair', deck: 'xishuangbanna', label: '平均每场招聘会提供岗位（计算值）', value: 2871, unit: '个',
    status: 'derived', quote: '招聘会17场,累计提供岗位4.88万个',
    derivation: { kind: 'ratio', numerator: 'xishuangbanna-jobs-offered', denominator: 'xishuangbanna-job-fairs' },
    decimals: 0,
    note: '计算值：{xishuangbanna-jobs-offered} ÷ {xishuangbanna-job-fairs} ≈ {xishuangbanna-jobs-per-fair|number}个，由原文的两个数字算出，是平均数。',
  },
  {
    id: 'xishuangbanna-transferred-workers', deck: 'xishuangbanna', label: '实现转移就业贫困劳动力', value: null, unit: '人',
    status: 'omitted', quote: '实现转移就业贫困劳动力人',
    note: '“转移就业贫困劳动力人”：人数的数字缺失。',
  },
  {
    id: 'xishuangbanna-public-service-jobs', deck: 'xishuangbanna', label: '开发乡村公共服务岗位', value: null, unit: '个',
    status: 'omitted', quote: '开发乡村公共服务岗位个',
    note: '“公共服务岗位个”：岗位个数的数字缺失。',
  },
  {
    id: 'xishuangbanna-trained-technicians', deck: 'xishuangbanna', label: '赴松江研修和培训的专业技术人员', value: null, unit: '人',
    status: 'omitted', quote: '参加研修和培训共计人',
    note: '“共计人”：人数的数字缺失。',
  },
];

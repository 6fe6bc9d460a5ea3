import type { Message } from '../../app/message';

/** Consumption wording for imports: an online platform's order export and the province's certified list. */
export const CONSUMPTION_IMPORT_MESSAGES = {
  'consumption.import.open': { zh: '导入平台订单', en: 'Import platform orders' },
  'consumption.import.title': { zh: '导入线上平台订单', en: 'Import an online platform’s orders' },
  'consumption.import.hint': {
    zh: '上传平台导出的订单（xlsx 或 CSV）。按下方“列对应”找到各字段所在的列，列对应将按平台保存；有任何一行不符合要求则整份文件不导入，并按行号列出问题。',
    en: 'Upload the platform’s order export (xlsx or CSV). Each field is read from the column named below; the mapping is saved per platform. If any line is not valid, nothing is imported and the lines are listed by row.',
  },
  'consumption.import.platform': { zh: '平台', en: 'Platform' },
  'consumption.import.mapping': { zh: '列对应（导出文件中的列名）', en: 'Column mapping (headers in the export)' },
  'consumption.import.field.orderNo': { zh: '订单号', en: 'Order number' },
  'consumption.import.field.product': { zh: '产品名称', en: 'Product name' },
  'consumption.import.field.supplier': { zh: '供应主体（可空）', en: 'Supplier (optional)' },
  'consumption.import.field.quantity': { zh: '数量', en: 'Quantity' },
  'consumption.import.field.amount': { zh: '金额（元）', en: 'Amount (yuan)' },
  'consumption.import.field.purchasedOn': { zh: '下单日期', en: 'Order date' },
  'consumption.import.field.buyer': { zh: '买家（可空）', en: 'Buyer (optional)' },
  'consumption.import.pick': { zh: '选择文件（xlsx 或 CSV）', en: 'Choose a file (xlsx or CSV)' },
  'consumption.import.notSheet': { zh: '只能上传 .xlsx 或 .csv 文件', en: 'Only .xlsx or .csv files' },
  'consumption.import.upload': { zh: '导入', en: 'Import' },
  'consumption.import.done': { zh: '导入结果', en: 'Import result' },
  'consumption.import.accepted': { zh: '已导入行数', en: 'Lines imported' },
  'consumption.import.countedWan': { zh: '计入金额（万元）', en: 'Counted (¥10k)' },
  'consumption.import.notCountedWan': { zh: '未计入金额（万元）', en: 'Not counted (¥10k)' },
  'consumption.import.notCountedList': {
    zh: '未计入的订单行（{n} 行，已导入但不计入目标）',
    en: 'Lines not counted ({n}; imported, not counted towards the target)',
  },
  'consumption.import.row': { zh: '行号', en: 'Row' },
  'consumption.listImport.open': { zh: '导入认定目录', en: 'Import the certified list' },
  'consumption.listImport.title': {
    zh: '导入省级扶贫产品认定目录',
    en: 'Import the province’s certified product list',
  },
  'consumption.listImport.hint': {
    zh: '上传省扶贫办下发的认定目录（xlsx 或 CSV），按表头识别“供应主体、统一社会信用代码、产品名称、产品类别、认定证书编号、认定机关、有效期起、有效期止、规格、计量单位、价格”。供应主体须先登记；有任何一行不符合要求则不作任何修改。待确认的采购按新的认定重新判断是否计入。',
    en: 'Upload the certified list (xlsx or CSV); columns are found by their usual headers. Suppliers must be registered first; if any line is not valid nothing changes. Purchases awaiting confirmation are recounted against the new certificates.',
  },
  'consumption.listImport.certificatesCreated': { zh: '新增证书', en: 'Certificates added' },
  'consumption.listImport.certificatesUpdated': { zh: '更新证书', en: 'Certificates renewed' },
  'consumption.listImport.productsCreated': { zh: '新增产品', en: 'Products added' },
  'consumption.listImport.productsCertified': { zh: '认定的已有产品', en: 'Products certified' },
  'consumption.listImport.purchasesRecounted': { zh: '重新判断的采购', en: 'Purchases recounted' },
} as const satisfies Record<string, Message>;

// Generated from specs/wdk/alibaba.wdk.order.sync.withitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.sync.withitem` (订单和商品同步接口). */
export interface AlibabaWdkOrderSyncWithitemRequest {
  /** 商家传过来的交易和商品信息 */
  pos_order_and_item_sync: AlibabaWdkOrderSyncWithitemPosOrderAndItemSyncDoInput;
}

/** Response of `alibaba.wdk.order.sync.withitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderSyncWithitemResponse {
  /** 调用返回的结果 */
  result?: AlibabaWdkOrderSyncWithitemApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosOrderAndItemSyncDo` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemPosOrderAndItemSyncDoInput {
  /** 商品信息 */
  item_infos?: AlibabaWdkOrderSyncWithitemItemInfoInput[];
  /** 订单流水信息 */
  order_info: AlibabaWdkOrderSyncWithitemOrderInfoDoInput;
}

/** `ItemInfo` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemItemInfoInput {
  /** 商品状态：商品在机构内的生命周期，商品状态；A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡，传ATCRD */
  life_status: string;
  /** 商品名称：商品名称；显示在手机APP商品详情页，对商品直观的描述，通常包含了品牌、规格等信息。商品名称也会显示在pos小票上。附：淘鲜达系统的商品品名禁止出现“专供”，“特供”，“聚划算”字样。 */
  sku_name: string;
  /** 商品类型：商品类型类型 1:普通商品、2:加工半成品、3:加工成品、4:原材料、5:耗材 */
  item_type_new: string;
  /** 商品编码：商品编码（此字段不能修改），商品在商家的唯一编码，传商家本地ERP一致的商品编码（货号） */
  sku_code: string;
  /** 商家类目编码：商家类目code，可以为空 */
  merchant_cat_code?: string;
  /** 库存单位：库存单位（此字段一经录入不能修改），存储的最小单位，从计量单位表中选择，如果没有对应的单位，可以由运营联系淘鲜达的运营新增单位。填写下列单位选项：毫升、升、加仑、屉、批、面、刀、幅、册、口、床、捆、壶、版、平方米、米、厘米、毫米、笼、坛、节、筒、半只、卡、板、双、粒、令、筐、碗、排、盘、顶、本、封、颗、付、辆、台、次、张、g、盆、组、扎、只、支、提、套、束、片、枚、篮、棵、卷、听、罐、根、副、份、朵、对、袋、打、串、杯、把、kg、件、箱、块、条、瓶、桶、包、盒、个。若新增的单位需要支持小数点库存，联系飞观。手机淘宝中淘鲜达价格展示是用的库存单位。商家在填写商品库存单位时，应注意此单位展示合理性；在库存和销售单位实际不一致的情况（例如某类商品库存使用kg，销售使用g）之外，建议商品库存单位和销售单位一致。 */
  inventory_util: string;
  /** 机构名称：机构名称，由淘鲜达商家运营分配 */
  org_name: string;
  /** 机构编码：机构编码，由淘鲜达商家运营分配 */
  org_code: string;
  /** 盒马类目ID：需要商家把自己的类目对应到盒马的类目上，填写盒马类目ID，如果商家不填写，系统则会进行类目预测，将预测到的类目填写进去 */
  back_cat_code?: string;
  /** 产地：需要传淘鲜达产地库中的值；国内产地传值格式：中国|省|市。若不能确定产地，可以传“见产品外包装”。国外产地只需要传国家名 */
  producer_place: string;
  /** 供应商ID：供应商ID；淘鲜达合作商家填虚拟供应商ID，一共2个（自营、联营），由淘鲜达运营帮忙创建，联营商品需填写联营供应商ID，该商品可以通过联营供应商RF枪扫码入库库存 */
  supplier_no?: string;
  /** 销售规格描述：商品销售单位对应的含量表达；APP展示重要字段，体现售卖单位中含有的商品数量，通常描述为“550g/份”等样式。填字符串。 */
  sale_spec?: string;
  /** 商品简称：对于商品的描述进行简化的表达，以便在拣货、标签等页面上能够进行直接展示；最多40个字符，会显示在pos屏幕上 */
  short_title?: string;
  /** 门店商品售价：商品一个库存单位的售卖价格，2位小数 */
  sku_price: Int64Input;
  /** 门店商品会员售价：会员正常购买该商品的售价，2位小数 */
  member_price?: Int64Input;
  /** 重量 */
  weight?: Int64Input;
  /** 是否进口：是否进口,是否进口；原产地非中国，都填是 1：是? 0：否（默认为0） */
  import_flag: Int64Input;
  /** 品牌名称：商品的品牌名字，需要先在淘鲜达提供的品牌库中匹配，如果匹配不上的直接传ERP中的品牌值 */
  brand_name: string;
  /** 净含量：商品包装规格的描述，建议跟销售规格描述填写一致 */
  content: string;
  /** 存储条件：存储条件；填常温、冷藏、冷冻、热链、鲜活 */
  storage: string;
  /** 保质天数：商品的保质期天数，必须为整数，0代表不管理保质期 */
  period: Int64Input;
  /** 是否称重：是否称重（此字段一经录入不能修改）；若库存单位是kg，或g，此字段填是，其他的填否 1：是? 0：否（默认为0) */
  weight_flag: Int64Input;
  /** 条码：包含商品包装上已经印刷的条码，也包含企业内部的自编条码用于打印在食品包装上 */
  barcode: string;
  /** 标价签类型：标价签类型；商品在门店陈列时，采用的售价标签类型。因不采用电子价签，建议商家填默认值“无价签” */
  label_style_type: string;
  /** 售卖单位 */
  sale_util?: string;
  /** 均重 */
  avg_weight?: Int64Input;
}

/** `OrderInfoDo` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemOrderInfoDoInput {
  /** 小票付款渠道 */
  pay_channels?: AlibabaWdkOrderSyncWithitemReceiptPayChannelDoInput[];
  /** 商品明细 */
  sub_orders?: AlibabaWdkOrderSyncWithitemSubOrderInfoDoInput[];
  /** 来源，商家级别，当前取值：RENRENLE / SANJIANG */
  order_from?: string;
  /** 原交易时间 */
  original_trd_time?: DateInput;
  /** 原流水号 */
  original_serial_num?: string;
  /** 原款机号 */
  original_pos_no?: string;
  /** 折扣优惠金额 */
  discount_amt?: Int64Input;
  /** 损溢金额 */
  overflow_amt?: Int64Input;
  /** 会员优惠 */
  member_discount?: Int64Input;
  /** 会员卡号 */
  member_card_num?: string;
  /** 找零金额 */
  change_amt?: Int64Input;
  /** 实收金额 */
  actual_amt?: Int64Input;
  /** 应收金额 */
  ask_amt?: Int64Input;
  /** 收银员姓名 */
  op_name: string;
  /** 收银员工号 */
  op_num: string;
  /** 交易类型 */
  trd_type?: Int64Input;
  /** 成交时间 */
  trd_time?: DateInput;
  /** 流水号 */
  serial_num: string;
  /** 款机号 */
  pos_no: string;
  /** 渠道店id */
  store_id: string;
  /** 阿里userID */
  ali_user_id?: string;
}

/** `ReceiptPayChannelDo` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemReceiptPayChannelDoInput {
  /** 付款金额 */
  pay_amount: Int64Input;
  /** 付款类型， 现金、支票、银行卡、支付宝、微信 */
  pay_type: string;
  /** 序号 */
  index?: Int64Input;
  /** 流水号 */
  serial_num: string;
  /** 款机号 */
  pos_no?: string;
  /** 渠道店id */
  store_id?: string;
  /** 付款码 */
  pay_code?: string;
  /** 外部支付单号 */
  channel_order_id?: string;
}

/** `SubOrderInfoDo` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemSubOrderInfoDoInput {
  /** 单位 */
  unit?: string;
  /** 扫描条码 */
  scan_barcode?: string;
  /** 临时折扣 */
  temporary_discount?: Int64Input;
  /** 子订单优惠总金额 */
  promotion_discount?: Int64Input;
  /** 会员优惠 */
  member_discount?: Int64Input;
  /** 成交金额（填写会校验） */
  deal_amt?: Int64Input;
  /** 成交单价 */
  deal_price?: Int64Input;
  /** 售价金额 */
  selling_price?: Int64Input;
  /** 商品原售价 */
  original_price: Int64Input;
  /** 数量 */
  quantity: string;
  /** 商品名称 */
  item_name?: string;
  /** 商品条码 */
  item_barcode?: string;
  /** 商品编码 */
  item_code: string;
  /** 序号 */
  index?: Int64Input;
  /** 子订单流水号 */
  serial_num: string;
  /** 款机号 */
  pos_no?: string;
  /** 渠道店id */
  store_id?: string;
}

/** `ApiResult` of `alibaba.wdk.order.sync.withitem`. */
export interface AlibabaWdkOrderSyncWithitemApiResult {
  /** 调用接口服务内部返回成功，外部success成功只代表接口调用成功，服务内部成功用参数表示 */
  model?: boolean;
  /** 调用接口返回错误码 */
  err_code?: string;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回成功失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  pos_order_and_item_sync: {
    item_infos: [
      {
        life_status: 'String',
        sku_name: 'String',
        item_type_new: 'String',
        sku_code: 'String',
        merchant_cat_code: 'String',
        inventory_util: 'String',
        org_name: 'String',
        org_code: 'String',
        back_cat_code: 'String',
        producer_place: 'String',
        supplier_no: 'String',
        sale_spec: 'String',
        short_title: 'String',
        sku_price: 'Number',
        member_price: 'Number',
        weight: 'Number',
        import_flag: 'Number',
        brand_name: 'String',
        content: 'String',
        storage: 'String',
        period: 'Number',
        weight_flag: 'Number',
        barcode: 'String',
        label_style_type: 'String',
        sale_util: 'String',
        avg_weight: 'Number',
      },
    ],
    order_info: {
      pay_channels: [
        {
          pay_amount: 'Number',
          pay_type: 'String',
          index: 'Number',
          serial_num: 'String',
          pos_no: 'String',
          store_id: 'String',
          pay_code: 'String',
          channel_order_id: 'String',
        },
      ],
      sub_orders: [
        {
          unit: 'String',
          scan_barcode: 'String',
          temporary_discount: 'Number',
          promotion_discount: 'Number',
          member_discount: 'Number',
          deal_amt: 'Number',
          deal_price: 'Number',
          selling_price: 'Number',
          original_price: 'Number',
          quantity: 'String',
          item_name: 'String',
          item_barcode: 'String',
          item_code: 'String',
          index: 'Number',
          serial_num: 'String',
          pos_no: 'String',
          store_id: 'String',
        },
      ],
      order_from: 'String',
      original_trd_time: 'Date',
      original_serial_num: 'String',
      original_pos_no: 'String',
      discount_amt: 'Number',
      overflow_amt: 'Number',
      member_discount: 'Number',
      member_card_num: 'String',
      change_amt: 'Number',
      actual_amt: 'Number',
      ask_amt: 'Number',
      op_name: 'String',
      op_num: 'String',
      trd_type: 'Number',
      trd_time: 'Date',
      serial_num: 'String',
      pos_no: 'String',
      store_id: 'String',
      ali_user_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.sync.withitem`: method, response root, request and response schemas. */
export const alibabaWdkOrderSyncWithitemOperation = {
  method: 'alibaba.wdk.order.sync.withitem',
  responseRoot: 'alibaba_wdk_order_sync_withitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单和商品同步接口 — calls TOP method `alibaba.wdk.order.sync.withitem`.
 *
 * 轻pos,将订单和商品的信息一起传到盒马这边，进行创单和添加商品处理。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderSyncWithitem(
  client: TopClient,
  request: AlibabaWdkOrderSyncWithitemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkOrderSyncWithitemResponse> {
  return client.call<AlibabaWdkOrderSyncWithitemResponse>(
    {
      method: 'alibaba.wdk.order.sync.withitem',
      responseRoot: 'alibaba_wdk_order_sync_withitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

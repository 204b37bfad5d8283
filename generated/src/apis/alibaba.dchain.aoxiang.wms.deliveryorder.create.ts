// Generated from specs/ascp/alibaba.dchain.aoxiang.wms.deliveryorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.wms.deliveryorder.create` (回传仓库接单通知). */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateRequest {
  /** 接单回传上报请求 */
  delivery_order_report_request: AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderReportRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.wms.deliveryorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateResponse {
  /** 回传结果 */
  delivery_order_report_response?: AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderReportResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderReportRequest` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderReportRequestInput {
  /** 单据信息 */
  delivery_order: AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderInput;
  /** 订单列表 */
  order_lines?: AlibabaDchainAoxiangWmsDeliveryorderCreateOrderLineInput[];
  /** 扩展属性 */
  extend_props?: string;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 业务请求时间（时间戳） */
  request_time: Int64Input;
  /** 货主ID */
  owner_code: string;
}

/** `DeliveryOrder` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderInput {
  /** 出库单号 */
  delivery_order_code: string;
  /** 原出库单号(ERP分配) */
  pre_delivery_order_code?: string;
  /** 原出库单号(WMS分配) */
  pre_delivery_order_id?: string;
  /** 出库单类型(JYCK=一般交易出库单;HHCK=换货出库单;BFCK=补发出库单;QTCK=其他出 库 单) */
  order_type: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouse_code: string;
  /** 订单标记(用字符串格式来表示订单标记列表:例如COD=货到付款;LIMIT=限时配 送;PRESELL=预 售;COMPLAIN=已投诉;SPLIT=拆单;EXCHANGE=换货;VISIT=上门;MODIFYTRANSPORT=是否 可改配送方式;CONSIGN = 物流宝代理发货;SELLER_AFFORD=是否卖家承担运费;FENXIAO=分销订 单) */
  order_flag?: string;
  /** 订单来源平台编码(TB=淘宝、TM=天猫、MAOCHAO =天猫超市、TMGJZY = 天猫国际直营、PTTMKLDJK = 天猫国际、TMYPDQ = 天猫优品、JD=京东、DD=当当、PP=拍拍、YX= 易讯、 EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂 、MGJ=蘑菇街、 JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、 MIA=蜜芽、KLZY = 猫享&考拉自营、OTHER=其他(只传英文编码)) */
  source_platform_code?: string;
  /** 订单来源平台名称 */
  source_platform_name?: string;
  /** 发货单创建时间(YYYY-MM-DD HH:MM:SS) */
  create_time: string;
  /** 前台订单/店铺订单的创建时间/下单时间 */
  place_order_time: string;
  /** 订单支付时间(YYYY-MM-DD HH:MM:SS) */
  pay_time?: string;
  /** 支付平台交易号 */
  pay_no?: string;
  /** 操作员(审核员)编码 */
  operator_code?: string;
  /** 操作员(审核员)名称 */
  operator_name?: string;
  /** 操作(审核)时间(YYYY-MM-DD HH:MM:SS) */
  operate_time?: string;
  /** 店铺名称 */
  shop_nick?: string;
  /** 卖家名称 */
  seller_nick: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单总金额(订单总金额=应收金额+已收金额=商品总金额-订单折扣金额+快递费用 ;单位 元) */
  total_amount?: string;
  /** 商品总金额(元) */
  item_amount?: string;
  /** 订单折扣金额(元) */
  discount_amount?: string;
  /** 快递费用(元) */
  freight?: string;
  /** 应收金额(消费者还需要支付多少--货到付款时消费者还需要支付多少约定使用这个字 段;单位元 ) */
  ar_amount?: string;
  /** 已收金额(消费者已经支付多少;单位元) */
  got_amount?: string;
  /** COD服务费 */
  service_fee?: string;
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通 、ZTO=中 通(ZTO)、HTKY=百世汇通、UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷 、POSTB=邮政小包、 GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、AMAZON=亚马逊物流、 OTHER=其他) */
  logistics_code: string;
  /** 物流公司名称 */
  logistics_name?: string;
  /** 运单号 */
  express_code?: string;
  /** 快递区域编码 */
  logistics_area_code?: string;
  /** 发货要求列表 */
  delivery_requirements?: AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryRequirementInput;
  /** 发件人信息 */
  sender_info?: AlibabaDchainAoxiangWmsDeliveryorderCreateSenderInfoInput;
  /** 收件人信息 */
  receiver_info?: AlibabaDchainAoxiangWmsDeliveryorderCreateReceiverInfoInput;
  /** 是否紧急(Y/N;默认为N) */
  is_urgency?: string;
  /** 是否需要发票(Y/N;默认为N) */
  invoice_flag?: string;
  /** 发票信息 */
  invoices?: AlibabaDchainAoxiangWmsDeliveryorderCreateInvoiceInput[];
  /** 是否需要保险(Y/N;默认为N) */
  insurance_flag?: string;
  /** 保险信息 */
  insurance?: AlibabaDchainAoxiangWmsDeliveryorderCreateInsuranceInput;
  /** 买家留言 */
  buyer_message?: string;
  /** 卖家留言 */
  seller_message?: string;
  /** 备注 */
  remark?: string;
  /** 服务编码 */
  service_code?: string;
  /** 旧版本货主编码 */
  owner_code?: string;
  /** 最晚揽收时间, string (19) , YYYY-MM-DD HH:MM:SS */
  latest_collection_time?: string;
  /** 最晚发货时间, string (19) , YYYY-MM-DD HH:MM:SS */
  latest_delivery_time?: string;
  /** 交易平台订单 */
  oaid_order_source_code?: string;
}

/** `DeliveryRequirement` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryRequirementInput {
  /** 投递时延要求(1=工作日;2=节假日;101=当日达;102=次晨达;103=次日达;104=预约达;105=隔日达) */
  schedule_type?: string;
  /** 要求送达日期(YYYY-MM-DD) */
  schedule_day?: string;
  /** 投递时间范围要求(开始时间;格式：HH:MM:SS) */
  schedule_start_time?: string;
  /** 投递时间范围要求(结束时间;格式：HH:MM:SS) */
  schedule_end_time?: string;
  /** 发货服务类型(PTPS:普通配送;LLPS:冷链配送;HBP:环保配) */
  delivery_type?: string;
}

/** `SenderInfo` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateSenderInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name?: string;
  /** 邮编 */
  zip_code?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile?: string;
  /** 电子邮箱 */
  email?: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省份 */
  province?: string;
  /** 城市 */
  city?: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
}

/** `ReceiverInfo` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateReceiverInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name?: string;
  /** 邮编 */
  zip_code?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile?: string;
  /** 收件人证件类型(1-身份证、2-军官证、3-护照、4-其他) */
  email?: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省份 */
  province?: string;
  /** 城市 */
  city?: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 收件人地址ID */
  oaid?: string;
  /** 是否虚拟号 */
  privacy?: string;
}

/** `Invoice` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateInvoiceInput {
  /** 发票类型(INVOICE=普通发票;VINVOICE=增值税普通发票;EVINVOICE=电子增票;填写的 条件 是:invoiceFlag为Y) */
  type?: string;
  /** 发票抬头(填写的条件是:invoiceFlag为Y) */
  header?: string;
  /** 发票总金额(填写的条件是:invoiceFlag为Y) */
  amount?: string;
  /** 发票内容(不推荐使用) */
  content?: string;
  /** 当content和detail同时存在时，优先处理detail的信息 */
  detail?: AlibabaDchainAoxiangWmsDeliveryorderCreateDetailInput;
  /** 税号 */
  tax_number?: string;
}

/** `Detail` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateDetailInput {
  /** 商品列表 */
  items?: AlibabaDchainAoxiangWmsDeliveryorderCreateItemInput[];
}

/** `Item` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateItemInput {
  /** 商品名称 */
  item_name?: string;
  /** 商品单位 */
  unit?: string;
  /** 商品单价 */
  price?: string;
  /** 数量 */
  quantity?: string;
  /** 金额 */
  amount?: string;
}

/** `Insurance` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateInsuranceInput {
  /** 保险类型 */
  type?: string;
  /** 保险金额 */
  amount?: string;
}

/** `OrderLine` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateOrderLineInput {
  /** 单据行号 */
  order_line_no?: string;
  /** 交易平台订单 */
  source_order_code: string;
  /** 交易平台子订单编码 */
  sub_source_order_code: string;
  /** 支付平台交易号(淘系订单传支付宝交易号) */
  pay_no?: string;
  /** 货主编码 */
  owner_code: string;
  /** 商品编码 */
  item_code: string;
  /** 仓储系统商品编码 */
  item_id?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventory_type?: string;
  /** 商品名称 */
  item_name?: string;
  /** 交易平台商品编码 */
  ext_code?: string;
  /** 应发商品数量 */
  plan_qty: string;
  /** 零售价(零售价=实际成交价+单件商品折扣金额) */
  retail_price?: string;
  /** 实际成交价 */
  actual_price?: string;
  /** 单件商品折扣金额 */
  discount_amount?: string;
  /** 批次编码 */
  batch_code?: string;
  /** 生产日期(YYYY-MM-DD) */
  product_date?: string;
  /** 过期日期(YYYY-MM-DD) */
  expire_date?: string;
  /** 生产批号 */
  produce_code?: string;
}

/** `DeliveryOrderReportResponse` of `alibaba.dchain.aoxiang.wms.deliveryorder.create`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderCreateDeliveryOrderReportResponse {
  /** traceId，类似于requestId */
  trace_id?: string;
  /** 返回码 */
  code?: string;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  delivery_order_report_request: {
    delivery_order: {
      delivery_order_code: 'String',
      pre_delivery_order_code: 'String',
      pre_delivery_order_id: 'String',
      order_type: 'String',
      warehouse_code: 'String',
      order_flag: 'String',
      source_platform_code: 'String',
      source_platform_name: 'String',
      create_time: 'String',
      place_order_time: 'String',
      pay_time: 'String',
      pay_no: 'String',
      operator_code: 'String',
      operator_name: 'String',
      operate_time: 'String',
      shop_nick: 'String',
      seller_nick: 'String',
      buyer_nick: 'String',
      total_amount: 'String',
      item_amount: 'String',
      discount_amount: 'String',
      freight: 'String',
      ar_amount: 'String',
      got_amount: 'String',
      service_fee: 'String',
      logistics_code: 'String',
      logistics_name: 'String',
      express_code: 'String',
      logistics_area_code: 'String',
      delivery_requirements: {
        schedule_type: 'String',
        schedule_day: 'String',
        schedule_start_time: 'String',
        schedule_end_time: 'String',
        delivery_type: 'String',
      },
      sender_info: {
        company: 'String',
        name: 'String',
        zip_code: 'String',
        tel: 'String',
        mobile: 'String',
        email: 'String',
        country_code: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
      },
      receiver_info: {
        company: 'String',
        name: 'String',
        zip_code: 'String',
        tel: 'String',
        mobile: 'String',
        email: 'String',
        country_code: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
        oaid: 'String',
        privacy: 'String',
      },
      is_urgency: 'String',
      invoice_flag: 'String',
      invoices: [
        {
          type: 'String',
          header: 'String',
          amount: 'String',
          content: 'String',
          detail: {
            items: [
              {
                item_name: 'String',
                unit: 'String',
                price: 'String',
                quantity: 'String',
                amount: 'String',
              },
            ],
          },
          tax_number: 'String',
        },
      ],
      insurance_flag: 'String',
      insurance: {
        type: 'String',
        amount: 'String',
      },
      buyer_message: 'String',
      seller_message: 'String',
      remark: 'String',
      service_code: 'String',
      owner_code: 'String',
      latest_collection_time: 'String',
      latest_delivery_time: 'String',
      oaid_order_source_code: 'String',
    },
    order_lines: [
      {
        order_line_no: 'String',
        source_order_code: 'String',
        sub_source_order_code: 'String',
        pay_no: 'String',
        owner_code: 'String',
        item_code: 'String',
        item_id: 'String',
        inventory_type: 'String',
        item_name: 'String',
        ext_code: 'String',
        plan_qty: 'String',
        retail_price: 'String',
        actual_price: 'String',
        discount_amount: 'String',
        batch_code: 'String',
        product_date: 'String',
        expire_date: 'String',
        produce_code: 'String',
      },
    ],
    extend_props: 'String',
    request_id: 'String',
    request_time: 'Number',
    owner_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_order_report_response: {
    trace_id: 'String',
    code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.wms.deliveryorder.create`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangWmsDeliveryorderCreateOperation = {
  method: 'alibaba.dchain.aoxiang.wms.deliveryorder.create',
  responseRoot: 'alibaba_dchain_aoxiang_wms_deliveryorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传仓库接单通知 — calls TOP method `alibaba.dchain.aoxiang.wms.deliveryorder.create`.
 *
 * WMS上报仓库接单节点状态信息，代表接单环节。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangWmsDeliveryorderCreate(
  client: TopClient,
  request: AlibabaDchainAoxiangWmsDeliveryorderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangWmsDeliveryorderCreateResponse> {
  return client.call<AlibabaDchainAoxiangWmsDeliveryorderCreateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.wms.deliveryorder.create',
      responseRoot: 'alibaba_dchain_aoxiang_wms_deliveryorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/cntms/cainiao.cntms.logistics.order.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntms.logistics.order.consign` (菜鸟配商家仓库发货). */
export interface CainiaoCntmsLogisticsOrderConsignRequest {
  /** 配送发货信息 */
  content?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderConsignContentInput;
}

/** Response of `cainiao.cntms.logistics.order.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntmsLogisticsOrderConsignResponse {
  /** 物流单号 */
  logistics_order_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CnTmsLogisticsOrderConsignContent` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderConsignContentInput {
  /** ERP订单号 */
  order_code: string;
  /** 交易订单id或者商家订单号； 若阿里系订单，必须与阿里对应 */
  trade_id: string;
  /** 来源渠道（TB 淘宝，JD 京东，TM 天猫，1688 1688（阿里中文站），YHD 1号店，DD 当当，VANCL 凡客，PP 拍拍，YX 易讯，EBAY 易贝ebay，AMAZON 亚马逊，SN 苏宁在线，GM 国美在线，WPH 唯品会，JM 聚美优品，LF 乐蜂网，MGJ 蘑菇街，JS 聚尚网，YG 优购，YT 银泰，YL 邮乐，PX 拍鞋网，POS POS门店，OTHERS 其他） */
  order_source: string;
  /** 店铺编码 */
  shop_code?: string;
  /** 运单号 */
  mail_no: string;
  /** 物流公司编码 */
  tms_code: string;
  /** 配送发货单收件人信息 */
  receiver_info?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderReceiverInfoInput;
  /** 配送发货单发件人信息 */
  sender_info?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderSenderinfoInput;
  /** 发货商品信息，最大50条记录 */
  items: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemInput[];
  /** 配送要求信息（当前业务暂不支持） */
  deliver_requirements?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderDeliverRequirementsInput;
  /** 商家送货方式，1商家送货，2菜鸟揽货 */
  pick_up_type: Int64Input;
  /** 要求菜鸟上门揽货服务，当pick_up_Type=2且需求指定时做揽收时，此字段需要传值（当前业务暂不支持） */
  tms_got_service?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderGotServiceInput;
  /** 物流服务解决方案Code，此字段由菜鸟提供 */
  solutions_code: string;
  /** 此订单的第几个包裹，如订单拆包裹时，传入此参数，配送时会将同一订单的包裹一配送 */
  package_no?: Int64Input;
  /** 包裹重量（克） */
  package_weight?: Int64Input;
  /** 此订单总的包裹数，如订单拆包裹时，传入此参数，配送时会将同一订单的包裹一配送 */
  package_count?: Int64Input;
  /** 包裹长度（厘米） */
  package_length?: Int64Input;
  /** 扩展字段 K:V; */
  extend_fields?: string;
  /** 包裹高度（厘米） */
  package_height?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 包裹体积（立方厘米） */
  package_volume?: Int64Input;
  /** 包裹宽度（厘米） */
  package_width?: Int64Input;
  /** 关单标示，true表示发货完结 */
  is_last_batch?: boolean;
  /** 包裹列表，支持一单多包裹 */
  package_list?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemPackageInfoInput[];
}

/** `CnTmsLogisticsOrderReceiverInfo` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderReceiverInfoInput {
  /** 收件人省份 */
  receiver_province: string;
  /** 收件人城市 */
  receiver_city: string;
  /** 收件人区县 */
  receiver_area?: string;
  /** 收件人区县 */
  receiver_address: string;
  /** 收件方邮编 */
  receiver_zip_code?: string;
  /** 收件人姓名 */
  receiver_name: string;
  /** 收件人昵称 */
  receiver_nick?: string;
  /** 收件人手机，手机与电话必须有一值不为空 */
  receiver_mobile?: string;
  /** 收件人电话，手机与电话必须有一值不为空 */
  receiver_phone?: string;
}

/** `CnTmsLogisticsOrderSenderinfo` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderSenderinfoInput {
  /** 发件人省份 */
  sender_province: string;
  /** 发件人城市 */
  sender_city: string;
  /** 发件人区县 */
  sender_area?: string;
  /** 发件人地址 */
  sender_address: string;
  /** 发件人邮编 */
  sender_zip_code?: string;
  /** 发件人姓名 */
  sender_name: string;
  /** 发件人手机，手机与电话必须有一值不为空 */
  sender_mobile?: string;
  /** 发件人电话，手机与电话必须有一值不为空 */
  sender_phone?: string;
}

/** `CnTmsLogisticsOrderItem` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemInput {
  /** ERP订单明细编码 */
  order_item_id?: string;
  /** 子交易号 */
  sub_trade_id: string;
  /** 发货商品名称 */
  item_name: string;
  /** 发货商品商品数量 */
  quantity: Int64Input;
  /** 扩展字段 K:V; */
  extend_fields?: string;
  /** 备注 */
  remark?: string;
  /** 商品单价，单位分 */
  item_price: Int64Input;
}

/** `CnTmsLogisticsOrderDeliverRequirements` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderDeliverRequirementsInput {
  /** 配送类型： PTPS-普通配送 LLPS-冷链配送 */
  delivery_type?: string;
  /** 投递时延要求(1 工作日 2 节假日 104 预约达 ) */
  schedule_type?: string;
  /** 送达日期（格式为 yyyy-MM-dd) */
  schedule_day?: string;
  /** 送达开始时间（格式为 hh:mm） */
  schedule_start?: string;
  /** 送达结束时间（格式为 hh:mm） */
  schedule_end?: string;
}

/** `CnTmsLogisticsOrderGotService` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderGotServiceInput {
  /** 揽收日期yyyyMMdd */
  got_date?: string;
  /** 揽收时间段 09:00-10:00 */
  got_range?: string;
}

/** `CnTmsLogisticsOrderItemPackageInfo` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemPackageInfoInput {
  /** 发货商品信息，最大50条记录 */
  items?: CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemInput2[];
  /** 运单号 */
  mail_no?: string;
  /** 包裹重量（克） */
  package_weight?: string;
  /** 包裹长度（厘米） */
  package_length?: string;
  /** 包裹宽度（厘米） */
  package_width?: string;
  /** 包裹高度（厘米） */
  package_height?: string;
  /** 包裹体积（立方厘米） */
  package_volume?: string;
}

/** `CnTmsLogisticsOrderItem` of `cainiao.cntms.logistics.order.consign`. */
export interface CainiaoCntmsLogisticsOrderConsignCnTmsLogisticsOrderItemInput2 {
  /** ERP订单明细编码 */
  order_item_id?: string;
  /** 扩展字段 K:V; */
  extend_fields?: string;
  /** 备注 */
  remark?: string;
  /** 商品单价，单位分 */
  item_price?: Int64Input;
  /** 发货商品商品数量 */
  quantity?: Int64Input;
  /** 发货商品名称 */
  item_name?: string;
  /** 子交易号 */
  sub_trade_id?: string;
}

const REQUEST_SCHEMA = {
  content: {
    order_code: 'String',
    trade_id: 'String',
    order_source: 'String',
    shop_code: 'String',
    mail_no: 'String',
    tms_code: 'String',
    receiver_info: {
      receiver_province: 'String',
      receiver_city: 'String',
      receiver_area: 'String',
      receiver_address: 'String',
      receiver_zip_code: 'String',
      receiver_name: 'String',
      receiver_nick: 'String',
      receiver_mobile: 'String',
      receiver_phone: 'String',
    },
    sender_info: {
      sender_province: 'String',
      sender_city: 'String',
      sender_area: 'String',
      sender_address: 'String',
      sender_zip_code: 'String',
      sender_name: 'String',
      sender_mobile: 'String',
      sender_phone: 'String',
    },
    items: [
      {
        order_item_id: 'String',
        sub_trade_id: 'String',
        item_name: 'String',
        quantity: 'Number',
        extend_fields: 'String',
        remark: 'String',
        item_price: 'Number',
      },
    ],
    deliver_requirements: {
      delivery_type: 'String',
      schedule_type: 'String',
      schedule_day: 'String',
      schedule_start: 'String',
      schedule_end: 'String',
    },
    pick_up_type: 'Number',
    tms_got_service: {
      got_date: 'String',
      got_range: 'String',
    },
    solutions_code: 'String',
    package_no: 'Number',
    package_weight: 'Number',
    package_count: 'Number',
    package_length: 'Number',
    extend_fields: 'String',
    package_height: 'Number',
    remark: 'String',
    package_volume: 'Number',
    package_width: 'Number',
    is_last_batch: 'Boolean',
    package_list: [
      {
        items: [
          {
            order_item_id: 'String',
            extend_fields: 'String',
            remark: 'String',
            item_price: 'Number',
            quantity: 'Number',
            item_name: 'String',
            sub_trade_id: 'String',
          },
        ],
        mail_no: 'String',
        package_weight: 'String',
        package_length: 'String',
        package_width: 'String',
        package_height: 'String',
        package_volume: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  logistics_order_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntms.logistics.order.consign`: method, response root, request and response schemas. */
export const cainiaoCntmsLogisticsOrderConsignOperation = {
  method: 'cainiao.cntms.logistics.order.consign',
  responseRoot: 'cainiao_cntms_logistics_order_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟配商家仓库发货 — calls TOP method `cainiao.cntms.logistics.order.consign`.
 *
 * 商家包装打印面单结束后，通知菜鸟包裹要发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntmsLogisticsOrderConsign(
  client: TopClient,
  request: CainiaoCntmsLogisticsOrderConsignRequest = {},
  options?: CallOptions,
): Promise<CainiaoCntmsLogisticsOrderConsignResponse> {
  return client.call<CainiaoCntmsLogisticsOrderConsignResponse>(
    {
      method: 'cainiao.cntms.logistics.order.consign',
      responseRoot: 'cainiao_cntms_logistics_order_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

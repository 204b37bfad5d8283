// Generated from specs/idle/alibaba.idle.tender.btob.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.btob.item.query` (暗拍b2b商品查询). */
export interface AlibabaIdleTenderBtobItemQueryRequest {
  /** 参数 */
  param0?: AlibabaIdleTenderBtobItemQueryTenderItemListQryInput;
}

/** Response of `alibaba.idle.tender.btob.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderBtobItemQueryResponse {
  /** 结果 */
  result?: AlibabaIdleTenderBtobItemQueryCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenderItemListQry` of `alibaba.idle.tender.btob.item.query`. */
export interface AlibabaIdleTenderBtobItemQueryTenderItemListQryInput {
  /** 商品id */
  item_id?: string;
  /** 查询页码 */
  page_number: Int64Input;
  /** 场次日期 */
  schedule_date?: string;
  /** 分页大小 */
  page_size: Int64Input;
  /** 场次编码（两位数） */
  schedule_number?: string;
  /** 用户id */
  user_id?: Int64Input;
  /** 用户昵称 */
  user_nick?: string;
}

/** `CommonPageResult` of `alibaba.idle.tender.btob.item.query`. */
export interface AlibabaIdleTenderBtobItemQueryCommonPageResult {
  /** 商品数据 */
  data?: AlibabaIdleTenderBtobItemQueryTenderItemListVO[];
  /** 请求结果 */
  success?: boolean;
  /** 异常编码 */
  error_code?: string;
  /** 异常信息 */
  error_msg?: string;
  /** 是否有下页 */
  has_next_page?: boolean;
  /** 当前页 */
  current_page?: Int64;
  /** 数据总量 */
  total?: Int64;
}

/** `TenderItemListVO` of `alibaba.idle.tender.btob.item.query`. */
export interface AlibabaIdleTenderBtobItemQueryTenderItemListVO {
  /** 商品id */
  item_id?: string;
  /** 订单id */
  order_id?: string;
  /** 商品名称 */
  item_name?: string;
  /** 状态 */
  status?: string;
  /** 起拍价(分) */
  start_price?: Int64;
  /** 最终成交价(分) */
  price?: Int64;
  /** 场次（日期+编码） */
  schedule?: string;
  /** 等级 */
  degree?: string;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 订单信息 */
  order_info?: AlibabaIdleTenderBtobItemQueryTenderOrderInfoVO;
  /** 服务商仓库码 */
  out_id?: string;
}

/** `TenderOrderInfoVO` of `alibaba.idle.tender.btob.item.query`. */
export interface AlibabaIdleTenderBtobItemQueryTenderOrderInfoVO {
  /** 扩展信息 */
  channel_data?: string;
  /** 拍卖买家的用户nick */
  buyer_nick?: string;
  /** 服务商退货的原因 */
  service_refund_reason?: string;
  /** 上门回收时间 */
  ship_time?: string;
  /** 渠道 */
  channel?: string;
  /** 订单主状态 */
  order_status?: string;
  /** 卖家地址 */
  seller_address?: string;
  /** 拍卖最终成交价格 */
  deal_price?: string;
  /** 买家区 */
  buyer_area?: string;
  /** 服务商评估价格 */
  appraise_price?: string;
  /** 买家地址 */
  buyer_address?: string;
  /** 买家城市信息 */
  buyer_city?: string;
  /** 卖家alipay信息 */
  seller_alipay_user_id?: string;
  /** 卖家城市信息 */
  seller_city?: string;
  /** appkey */
  app_key?: string;
  /** 扩展信息 */
  attribute?: string;
  /** 服务商绑定的用户id */
  service_id?: string;
  /** 卖家nick */
  seller_nick?: string;
  /** 起拍价格 */
  start_price?: string;
  /** 买家省份 */
  buyer_province?: string;
  /** 订单子状态 */
  order_sub_status?: string;
  /** 卖家的电话信息 */
  seller_phone?: string;
  /** 卖家小区信息 */
  seller_country?: string;
  /** 卖家的alipay账号信息 */
  seller_alipay_account?: string;
  /** 卖家关闭原因 */
  seller_close_reason?: string;
  /** 拍卖的终止价格 */
  end_price?: string;
  /** 购买人的真实姓名 */
  buyer_real_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 创建环境 */
  env?: string;
  /** 卖家真实姓名 */
  seller_real_name?: string;
  /** 服务商关闭的原因 */
  service_close_reason?: string;
  /** 卖家的地址 */
  seller_area?: string;
  /** 买家的地址信息 */
  buyer_country?: string;
  /** 回收支付类型 */
  idle_pay_type?: string;
  /** 买家的电话信息 */
  buyer_phone?: string;
  /** 服务商的公司名称 */
  service_nick?: string;
  /** 下单场景 */
  scene_type?: string;
  /** 订单id2 */
  biz_order_id?: string;
  /** 估价id */
  appraise_id?: string;
  /** 服务商最终成交价格 */
  service_deal_price?: string;
  /** 上门类型 */
  ship_type?: string;
  /** spuId */
  spu_id?: string;
  /** 卖家的退回原因 */
  seller_refund_reason?: string;
  /** 卖家的地址信息 */
  seller_province?: string;
  /** 拍场订单Id */
  tender_order_id?: string;
  /** 服务费(分) */
  service_fee?: string;
  /** 买家支付宝流水号 */
  buyer_out_pay_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    item_id: 'String',
    page_number: 'Number',
    schedule_date: 'String',
    page_size: 'Number',
    schedule_number: 'String',
    user_id: 'Number',
    user_nick: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        item_id: 'String',
        order_id: 'String',
        item_name: 'String',
        status: 'String',
        start_price: 'Number',
        price: 'Number',
        schedule: 'String',
        degree: 'String',
        start_time: 'String',
        end_time: 'String',
        order_info: {
          channel_data: 'String',
          buyer_nick: 'String',
          service_refund_reason: 'String',
          ship_time: 'String',
          channel: 'String',
          order_status: 'String',
          seller_address: 'String',
          deal_price: 'String',
          buyer_area: 'String',
          appraise_price: 'String',
          buyer_address: 'String',
          buyer_city: 'String',
          seller_alipay_user_id: 'String',
          seller_city: 'String',
          app_key: 'String',
          attribute: 'String',
          service_id: 'String',
          seller_nick: 'String',
          start_price: 'String',
          buyer_province: 'String',
          order_sub_status: 'String',
          seller_phone: 'String',
          seller_country: 'String',
          seller_alipay_account: 'String',
          seller_close_reason: 'String',
          end_price: 'String',
          buyer_real_name: 'String',
          gmt_create: 'String',
          env: 'String',
          seller_real_name: 'String',
          service_close_reason: 'String',
          seller_area: 'String',
          buyer_country: 'String',
          idle_pay_type: 'String',
          buyer_phone: 'String',
          service_nick: 'String',
          scene_type: 'String',
          biz_order_id: 'String',
          appraise_id: 'String',
          service_deal_price: 'String',
          ship_type: 'String',
          spu_id: 'String',
          seller_refund_reason: 'String',
          seller_province: 'String',
          tender_order_id: 'String',
          service_fee: 'String',
          buyer_out_pay_id: 'String',
        },
        out_id: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    has_next_page: 'Boolean',
    current_page: 'Number',
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.btob.item.query`: method, response root, request and response schemas. */
export const alibabaIdleTenderBtobItemQueryOperation = {
  method: 'alibaba.idle.tender.btob.item.query',
  responseRoot: 'alibaba_idle_tender_btob_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 暗拍b2b商品查询 — calls TOP method `alibaba.idle.tender.btob.item.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderBtobItemQuery(
  client: TopClient,
  request: AlibabaIdleTenderBtobItemQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTenderBtobItemQueryResponse> {
  return client.call<AlibabaIdleTenderBtobItemQueryResponse>(
    {
      method: 'alibaba.idle.tender.btob.item.query',
      responseRoot: 'alibaba_idle_tender_btob_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
